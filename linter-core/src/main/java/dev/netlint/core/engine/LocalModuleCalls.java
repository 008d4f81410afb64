package dev.netlint.core.engine;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which scanned Terraform folders are linted as root modules. A folder another scanned folder calls as a
 * local module ({@code source = "./modules/nodes"}) is linted only through that call, with the caller's arguments:
 * linted on its own too, its variables would be unknown and every finding that does not depend on them would be
 * reported twice under two addresses. A folder reached from no root (modules that only call each other) stays a root,
 * so nothing is skipped silently; so does a folder whose only callers are in files that do not parse (their calls are
 * never expanded, and the broken file is a {@code parse-error} of its own).
 */
final class LocalModuleCalls {

    /**
     * Within one line, as HCL writes an attribute: {@code \s*} after {@code ^} would run on over every blank line
     * that follows, at every line start, and take time quadratic in a run of blank lines (40,000 of them: 36 s).
     */
    static final Pattern HCL_SOURCE =
            Pattern.compile("(?m)^[ \\t]*source[ \\t]*=[ \\t]*\"(\\.{1,2}(?:/[^\"\\n]*)?)\"");
    private static final Pattern JSON_SOURCE = Pattern.compile("\"source\"\\s*:\\s*\"(\\.{1,2}(?:/[^\"]*)?)\"");

    private LocalModuleCalls() {
    }

    /**
     * {@code matcher.find()} for {@link #HCL_SOURCE}, the same matches in the same order, but tried only where a line's
     * first word is {@code source}: a multi-line search tries every offset of the file, a fifth of the CPU time of
     * a 10k-file Terraform run (issue 18). A match starts at a line start followed by blanks and {@code source}, so
     * each occurrence of the word names the one offset where a match can start.
     */
    static boolean findHclSource(Matcher matcher, String text) {
        int from;
        try {
            from = matcher.end(); // after the previous match, as find() goes on
        } catch (IllegalStateException noMatchYet) {
            from = 0; // the first call
        }
        matcher.useAnchoringBounds(false);
        for (int word = text.indexOf("source", from); word >= 0; word = text.indexOf("source", word + 1)) {
            int lineStart = word;
            while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
                lineStart--;
            }
            if (lineStart < from) {
                continue;
            }
            matcher.region(lineStart, text.length());
            if (matcher.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Larger files go straight to the reader, which applies --max-file-size. */
    private static final long MAX_PRECHECK_BYTES = 16L * 1024 * 1024;

    private static final byte[] SOURCE = "source".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * False when the file's bytes hold nothing that could be a local {@code source = "./..."} (or JSON
     * {@code "source": "./..."}): the word, blanks, {@code =} or {@code :}, blanks, a quote and a dot. netlint reads
     * UTF-8 only, where these are the ASCII bytes themselves, so a file this rejects has no match in its text
     * either, and is not decoded twice (issue 18: Terraform files were read twice). True when the bytes cannot be
     * read here (the reader then says why, as before).
     */
    static boolean mayCallLocalModule(SourceFile file, boolean json) {
        byte[] bytes;
        try {
            if (!java.nio.file.Files.isRegularFile(file.path())
                    || java.nio.file.Files.size(file.path()) > MAX_PRECHECK_BYTES) {
                return true; // the reader refuses it, or reads it as before
            }
            bytes = java.nio.file.Files.readAllBytes(file.path());
        } catch (java.io.IOException | SecurityException | OutOfMemoryError e) {
            return true;
        }
        return mayCallLocalModule(bytes, json);
    }

    static boolean mayCallLocalModule(byte[] bytes, boolean json) {
        int n = bytes.length;
        for (int i = 0; i + SOURCE.length <= n; i++) {
            if (bytes[i] != 's' || !startsWith(bytes, i, SOURCE)) {
                continue;
            }
            int j = i + SOURCE.length;
            if (json && j < n && bytes[j] == '"') {
                j++;
            }
            j = skipBlanks(bytes, j);
            if (j >= n || (bytes[j] != '=' && bytes[j] != ':')) {
                continue;
            }
            j = skipBlanks(bytes, j + 1);
            if (j + 1 < n && bytes[j] == '"' && bytes[j + 1] == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] word) {
        for (int k = 0; k < word.length; k++) {
            if (bytes[at + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static int skipBlanks(byte[] bytes, int from) {
        int j = from;
        while (j < bytes.length && (bytes[j] == ' ' || bytes[j] == '\t' || bytes[j] == '\n' || bytes[j] == '\r')) {
            j++;
        }
        return j;
    }

    /** The folders of {@code modules} that are called by another one reachable from a root. */
    static Set<Path> childrenOnly(Map<Path, List<SourceFile>> modules, SourceReader reader) {
        Map<Path, Set<Path>> calls = new HashMap<>();
        Set<Path> called = new HashSet<>();
        for (Map.Entry<Path, List<SourceFile>> module : modules.entrySet()) {
            Path folder = module.getKey();
            for (SourceFile file : module.getValue()) {
                if (file.format() == SourceFormat.TFVARS) {
                    continue;
                }
                boolean json = file.format() == SourceFormat.TERRAFORM_JSON;
                if (!mayCallLocalModule(file, json)) {
                    continue; // the loader reads and decodes it once, later; here only its bytes were looked at
                }
                SourceReader.Read read = reader.read(file);
                if (read.text() == null) {
                    continue;
                }
                Matcher matcher = (json ? JSON_SOURCE : HCL_SOURCE).matcher(read.text().text());
                Boolean parses = null;
                while (json ? matcher.find() : findHclSource(matcher, read.text().text())) {
                    // A call in a file that does not parse is never expanded: its target stays a root, still linted.
                    if (parses == null) {
                        parses = new HclLoader().load(read.text()).isParsed();
                    }
                    if (!parses) {
                        break;
                    }
                    Path target;
                    try {
                        target = folder.resolve(matcher.group(1)).normalize();
                    } catch (RuntimeException e) {
                        continue;
                    }
                    if (!target.equals(folder) && modules.containsKey(target)) {
                        calls.computeIfAbsent(folder, k -> new HashSet<>()).add(target);
                        called.add(target);
                    }
                }
            }
        }
        if (called.isEmpty()) {
            return Set.of();
        }
        Set<Path> reached = new HashSet<>();
        Deque<Path> pending = new ArrayDeque<>();
        for (Path folder : modules.keySet()) {
            if (!called.contains(folder)) {
                pending.add(folder);
            }
        }
        while (!pending.isEmpty()) {
            for (Path next : calls.getOrDefault(pending.poll(), Set.of())) {
                if (reached.add(next)) {
                    pending.add(next);
                }
            }
        }
        Set<Path> result = new HashSet<>(called);
        result.retainAll(reached);
        return result;
    }
}
