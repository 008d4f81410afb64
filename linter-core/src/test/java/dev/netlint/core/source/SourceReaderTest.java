package dev.netlint.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader turns bytes into text or into a refusal with a position: too large (decided from the size, before
 * reading), binary (a NUL byte) or not UTF-8. A byte order mark is dropped so that columns stay exact.
 */
class SourceReaderTest {

    private static final String DISPLAY = "k8s/web.yaml";

    @TempDir
    Path dir;

    private static SourceFile file(Path path) {
        return new SourceFile(path, DISPLAY, SourceFormat.YAML);
    }

    private static SourceReader.Read decode(byte[] bytes) {
        return new SourceReader(1024).decode(file(Path.of(DISPLAY)), bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void readsUtf8TextKeepingLineEndingsAsWritten() throws IOException {
        Path path = Files.write(dir.resolve("web.yaml"), bytes("kind: Service\r\nname: caf\u00e9\n"));

        SourceReader.Read read = new SourceReader(1024).read(file(path));

        assertThat(read.problem()).isNull();
        assertThat(read.text().text()).isEqualTo("kind: Service\r\nname: caf\u00e9\n");
        assertThat(read.text().file().displayPath()).isEqualTo(DISPLAY);
    }

    @Test
    void refusesFileOverTheSizeLimitFromItsSizeWithoutReadingIt() throws IOException {
        Path path = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(path.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // reading this into one array would fail, not refuse
        }

        SourceReader.Read read = new SourceReader(1024).read(file(path));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.fileStart(DISPLAY));
        assertThat(read.problem())
                .isEqualTo("file is 3221225472 bytes, over the 1024-byte limit (--max-file-size); not read");
    }

    @Test
    void readsFileExactlyAtTheSizeLimit() throws IOException {
        Path path = Files.write(dir.resolve("web.yaml"), bytes("a: " + "x".repeat(1021)));

        SourceReader.Read read = new SourceReader(1024).read(file(path));

        assertThat(read.problem()).isNull();
        assertThat(read.text().text()).hasSize(1024);
    }

    @Test
    void refusesInputOverTheSizeLimitWhenDecodingStandardInput() {
        SourceReader.Read read = new SourceReader(4).decode(new SourceFile(null, "<stdin>", SourceFormat.YAML),
                bytes("a: 12"));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.fileStart("<stdin>"));
        assertThat(read.problem()).isEqualTo("input is 5 bytes, over the 4-byte limit; not read");
    }

    @Test
    void reportsAMissingFileAsUnreadableAtItsStart() {
        SourceReader.Read read = new SourceReader(1024).read(file(dir.resolve("gone.yaml")));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.fileStart(DISPLAY));
        assertThat(read.problem()).startsWith("cannot read file: NoSuchFileException");
    }

    @Test
    void refusesNulByteAsBinaryAtItsLineAndColumn() {
        SourceReader.Read read = decode(concat(bytes("kind: Service\nab"), new byte[] {0}, bytes("c\n")));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.at(DISPLAY, 2, 3));
        assertThat(read.problem()).isEqualTo("binary content (NUL byte), not a text file; not read");
    }

    @Test
    void refusesInvalidUtf8AtItsLineAndColumnCountingCharactersNotBytes() {
        SourceReader.Read read = decode(concat(bytes("kind: Service\nname: \u00e9"), new byte[] {(byte) 0xFF}));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.at(DISPLAY, 2, 8));
        assertThat(read.problem()).isEqualTo("invalid UTF-8 at byte 22; netlint reads UTF-8 text only");
    }

    @Test
    void refusesTruncatedMultiByteSequenceAtTheEndOfTheFile() {
        SourceReader.Read read = decode(concat(bytes("a: "), new byte[] {(byte) 0xC3}));

        assertThat(read.text()).isNull();
        assertThat(read.problemAt()).isEqualTo(Location.at(DISPLAY, 1, 4));
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        SourceReader.Read read = decode(concat(BOM, bytes("kind: Service\n")));

        assertThat(read.problem()).isNull();
        assertThat(read.text().text()).isEqualTo("kind: Service\n");
    }

    @Test
    void byteOrderMarkDoesNotShiftTheColumnOfInvalidUtf8OnTheFirstLine() {
        SourceReader.Read read = decode(concat(BOM, bytes("a: "), new byte[] {(byte) 0xFF}));

        assertThat(read.problemAt()).isEqualTo(Location.at(DISPLAY, 1, 4));
    }

    @Test
    void byteOrderMarkDoesNotShiftTheColumnOfANulByteOnTheFirstLine() {
        SourceReader.Read read = decode(concat(BOM, bytes("a"), new byte[] {0}));

        assertThat(read.problemAt()).isEqualTo(Location.at(DISPLAY, 1, 2));
    }

    @Test
    void fileOfOnlyAByteOrderMarkIsEmptyText() {
        SourceReader.Read read = decode(BOM);

        assertThat(read.text().text()).isEmpty();
    }
}
