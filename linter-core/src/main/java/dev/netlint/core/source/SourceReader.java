package dev.netlint.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes into text, refusing what is not text: anything but a regular file (never opened), files over
 * the size limit (checked before reading, and again while reading),
 * binary content (a NUL byte) and invalid UTF-8, each with the place it was found. A UTF-8 byte order mark is
 * dropped so columns on the first line stay exact.
 */
public final class SourceReader {

    /** Text, or the reason there is none: in words ({@code problem}) and in kind ({@code refusal}, null when read). */
    public record Read(SourceText text, Location problemAt, String problem, Refusal refusal) {}

    /** Why a file was not read, so the finding can say what helps. */
    public enum Refusal {
        /** Over the size limit ({@code --max-file-size}). */
        TOO_LARGE,
        /** Binary content or invalid UTF-8. */
        NOT_TEXT,
        /** Not a regular file, or the system refused to read it. */
        NOT_READABLE
    }

    /** Why a FIFO, socket, device or folder is not read. */
    /** The size above which a file is refused unless configured otherwise (10 MiB, {@code --max-file-size}). */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;

    public static final String NOT_REGULAR = "not a regular file (a FIFO, socket, device or folder); not read";

    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Read read(SourceFile file) {
        String display = file.displayPath();
        try {
            // Only a regular file is opened: opening a FIFO blocks until a writer comes, and a device may never end.
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return refused(display, NOT_REGULAR, Refusal.NOT_READABLE);
            }
            long size = attributes.size();
            if (size > maxBytes) {
                return refused(display, "file is " + size + " bytes, over the " + maxBytes
                        + "-byte limit (--max-file-size); not read", Refusal.TOO_LARGE);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file.path())) {
                // a file that grows while it is read (or reports size 0, as /proc does) still stops at the limit
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            }
            if (bytes.length > maxBytes) {
                return refused(display, "file is over the " + maxBytes + "-byte limit (--max-file-size); not read",
                        Refusal.TOO_LARGE);
            }
            return decode(file, bytes);
        } catch (IOException | SecurityException e) {
            return refused(display, "cannot read file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), Refusal.NOT_READABLE);
        }
    }

    public Read decode(SourceFile file, byte[] bytes) {
        String display = file.displayPath();
        if (bytes.length > maxBytes) {
            return refused(display, "input is " + bytes.length + " bytes, over the " + maxBytes + "-byte limit; not read",
                    Refusal.TOO_LARGE);
        }
        int scan = Math.min(bytes.length, 8192);
        // A NUL byte is a NUL character in the decoded text, at an index no greater than its byte offset: the bytes
        // are searched (by a loop the JVM runs interpreted at first) only when the text holds one early enough.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        int nul = fast.indexOf('\0');
        if (nul >= 0 && nul < scan) {
            for (int i = 0; i < scan; i++) {
                if (bytes[i] == 0) {
                    return refusedAt(positionOf(bytes, i, display), "binary content (NUL byte), not a text file; "
                            + "not read", Refusal.NOT_TEXT);
                }
            }
        }
        // The JDK's own decoding is several times faster than a CharsetDecoder (vectorised, an ASCII fast path); it
        // replaces malformed input with U+FFFD, so text without that character was valid UTF-8. Only text with it
        // (invalid, or a U+FFFD written in the file) goes through the strict decoder, which says where.
        if (fast.indexOf('\uFFFD') < 0) {
            if (!fast.isEmpty() && fast.charAt(0) == '\uFEFF') {
                fast = fast.substring(1);
            }
            return new Read(new SourceText(file, fast), null, null, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return refusedAt(positionOf(bytes, in.position(), display), "invalid UTF-8 at byte " + in.position()
                    + "; netlint reads UTF-8 text only", Refusal.NOT_TEXT);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Read(new SourceText(file, text), null, null, null);
    }

    /** The line and column of a byte offset, counting characters of the valid prefix. */
    private static Location positionOf(byte[] bytes, int offset, String display) {
        String prefix;
        try {
            prefix = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, offset)).toString();
        } catch (CharacterCodingException e) {
            return Location.fileStart(display);
        }
        int line = 1;
        int lineStart = prefix.startsWith("\uFEFF") ? 1 : 0; // the mark is dropped from the text, so it has no column
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Location.at(display, line, prefix.length() - lineStart + 1);
    }

    private static Read refused(String display, String problem, Refusal refusal) {
        return new Read(null, Location.fileStart(display), problem, refusal);
    }

    private static Read refusedAt(Location at, String problem, Refusal refusal) {
        return new Read(null, at, problem, refusal);
    }
}
