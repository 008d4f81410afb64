package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import dev.netlint.core.finding.SuppressedFinding;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Fingerprints;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.output.OutputFiles;
import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.source.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Known findings, so a team can adopt netlint on existing code and fail only on new ones (ArchUnit's freeze store,
 * detekt's baseline). One finding per line, sorted by file, rule, resource and fingerprint, tab-separated:
 * <pre>
 * # netlint baseline v1: fingerprint, rule, file, resource. Regenerate with: netlint --write-baseline FILE
 * 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae	NET001	k8s/web.yaml	Service shop/web
 * </pre>
 * The fingerprint ({@link Fingerprints}) covers rule, file (relative to the baseline's folder), resource and message
 * without line numbers, so a finding that moves keeps matching; only the fingerprint is compared, the other columns
 * are for people reading diffs. A fingerprint listed twice matches two findings.
 */
public final class Baseline {

    public static final String HEADER = "# netlint baseline v1: fingerprint, rule, file, resource. "
            + "Regenerate with: netlint --write-baseline FILE";
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

    /** A baseline file that cannot be read; the message starts with {@code file:line:} where there is one. */
    public static final class BaselineException extends Exception {
        public BaselineException(String message) {
            super(message);
        }
    }

    private record Entry(String fingerprint, int line) {}

    private final String display;
    private final ReportPaths paths;
    private final List<Entry> entries;

    private Baseline(String display, ReportPaths paths, List<Entry> entries) {
        this.display = display;
        this.paths = paths;
        this.entries = List.copyOf(entries);
    }

    /** Paths in the file are relative to the folder it is in. */
    private static ReportPaths pathsFor(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return new ReportPaths(folder, Path.of(""));
    }

    /** The largest baseline read (about 400,000 findings); a bigger file is refused, never read whole. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Reads a baseline the user named ({@code --baseline}, the Maven plugin's {@code baselineFile}, or a trusted
     * configuration): a symbolic link is followed, but only a regular file is opened.
     */
    public static Baseline read(Path file) throws BaselineException {
        String display = file.toString().replace('\\', '/');
        if (!Files.exists(file)) {
            throw new BaselineException(display + ": no such baseline file (create it with --write-baseline " + display + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new BaselineException(display + ": not a regular file (a folder, FIFO, socket or device); not read");
        }
        return parse(file, display);
    }

    /**
     * Reads a baseline named by a configuration netlint found in the scanned tree: it must be a regular file itself
     * (not a symbolic link) inside {@code folder}, the configuration's folder, so scanned content cannot make netlint
     * read {@code /etc/passwd}, {@code /proc/self/environ} or a FIFO.
     */
    public static Baseline readInside(Path file, Path folder) throws BaselineException {
        String display = file.toString().replace('\\', '/');
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BaselineException(display + ": no such baseline file (create it with --write-baseline " + display + ")");
        }
        boolean inside;
        try {
            Path real = file.toRealPath();
            inside = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && real.startsWith(folder.toAbsolutePath().normalize().toRealPath());
        } catch (IOException | SecurityException e) {
            inside = false;
        }
        if (!inside) {
            throw new BaselineException(display + ": the baseline named by a discovered configuration must be a "
                    + "regular file inside its folder (not a symbolic link, device or FIFO, and not outside it); not "
                    + "read (name it with --baseline FILE, or pass --trust-config)");
        }
        return parse(file, display);
    }

    /** Messages name the file and line only: a line of the file is never shown, whatever the file holds. */
    private static Baseline parse(Path file, String display) throws BaselineException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException | SecurityException e) {
            throw new BaselineException(display + ": cannot read baseline: " + e.getClass().getSimpleName());
        }
        if (bytes.length > MAX_BYTES) {
            throw new BaselineException(display + ": over the " + MAX_BYTES + "-byte limit of a baseline; not read");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BaselineException(display + ": not a baseline (not UTF-8 text)");
        }
        String[] lines = text.split("\r?\n", -1);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String fingerprint = line.split("\t", 2)[0].strip();
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw new BaselineException(display + ":" + (i + 1) + ": not a baseline entry (expected a 64-digit "
                        + "hex fingerprint, a tab, then rule, file and resource)");
            }
            entries.add(new Entry(fingerprint, i + 1));
        }
        return new Baseline(display, pathsFor(file), entries);
    }

    public int size() {
        return entries.size();
    }

    /** The baseline text for these findings: header, then one sorted line per finding. */
    public static String render(List<Finding> findings, Path file) {
        ReportPaths paths = pathsFor(file);
        List<String[]> rows = new ArrayList<>();
        for (Finding finding : findings) {
            String relative = paths.relative(finding.location().file());
            rows.add(new String[] {Fingerprints.of(finding, relative), finding.ruleId(), relative,
                    finding.resource() == null ? "" : finding.resource()});
        }
        rows.sort(Comparator.<String[], String>comparing(r -> r[2]).thenComparing(r -> r[1])
                .thenComparing(r -> r[3]).thenComparing(r -> r[0]));
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                text.append(i == 0 ? "" : "\t").append(row[i].replaceAll("[\\t\\r\\n]", " "));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Writes the baseline atomically: a temporary file next to it, then a rename ({@link OutputFiles}). */
    public static void write(Path file, List<Finding> findings) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        OutputFiles.writeAtomically(absolute, out -> out.write(render(findings, absolute)));
    }

    /** Moves the findings the baseline lists from the counted findings to the suppressed ones (kind baseline). */
    public LintResult apply(LintResult result) {
        Map<String, List<Entry>> remaining = new HashMap<>();
        for (Entry entry : entries) {
            remaining.computeIfAbsent(entry.fingerprint(), k -> new ArrayList<>()).add(entry);
        }
        List<Finding> active = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>(result.suppressed());
        for (Finding finding : result.findings()) {
            List<Entry> left = remaining.get(Fingerprints.of(finding, paths.relative(finding.location().file())));
            if (left == null || left.isEmpty()) {
                active.add(finding);
                continue;
            }
            Entry entry = left.remove(0);
            suppressed.add(new SuppressedFinding(finding, new Suppression(Suppression.Kind.BASELINE,
                    "known finding, listed in the baseline " + display, Location.at(display, entry.line(), 1), null)));
        }
        return new LintResult(active, result.filesLinted(), result.skipped(), result.ruleStats(), suppressed);
    }

}
