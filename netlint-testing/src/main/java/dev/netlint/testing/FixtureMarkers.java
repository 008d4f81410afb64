package dev.netlint.testing;

import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the expectations written into fixture files (STYLE.md §8.6), from the raw text so that a parser bug cannot
 * hide a marker. In YAML and HCL a marker is a comment ({@code #}, or {@code //} in HCL), trailing or standalone:
 * <pre>
 *   # violation [error|warning|info] [above|below|N lines above|N lines below] [@COLUMN] ['message part']
 *   # N violations [above|below]
 *   # unverified [N lines above|below] [@COLUMN] ['message part']
 * </pre>
 * {@code unverified} expects what {@code --strict} adds: an info finding of the rule saying a check could not be
 * decided; a case with such a marker (or {@code # setting strict = true}) is linted strict.
 * A trailing marker refers to its own line, a standalone one to the next line unless it says otherwise. JSON has no
 * comments: {@code file.json.expect} lists {@code LINE[:COLUMN] [severity] ['message part']}, one per line.
 * The header ({@code # rule: NET001}, {@code # setting cluster-ip-family = ipv6}, {@code # vacuous}) is read too.
 */
final class FixtureMarkers {

    private static final Pattern MARKER = Pattern.compile(
            "(?:#|//)\\s*(?:(\\d+)\\s+violations|violation|(unverified))\\b(.*)$");
    private static final Pattern OPTIONS = Pattern.compile(
            "\\s*(?:(error|warning|info)\\b|(above|below)\\b|(\\d+)\\s+lines?\\s+(above|below)\\b|@(\\d+)|'([^']*)')");
    private static final Pattern EXPECT_LINE = Pattern.compile(
            "(\\d+)(?::(\\d+))?(?:\\s+(error|warning|info))?(?:\\s+'([^']*)')?\\s*");
    private static final Pattern SETTING = Pattern.compile("#\\s*setting\\s+([a-z-]+)\\s*=\\s*(\\S+)");

    private final List<Expectation> expectations = new ArrayList<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private String rule;
    private boolean vacuous;

    static FixtureMarkers read(Path caseDir, List<Path> files) throws IOException {
        FixtureMarkers markers = new FixtureMarkers();
        for (Path file : files) {
            String name = caseDir.relativize(file).toString().replace('\\', '/');
            if (name.endsWith(".expect")) {
                markers.readExpectFile(name.substring(0, name.length() - ".expect".length()), file);
            } else {
                markers.readMarkers(name, Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        return markers;
    }

    private void readMarkers(String file, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            int lineNumber = i + 1;
            readHeader(text);
            Matcher marker = MARKER.matcher(text);
            if (!marker.find() || isInsideQuotes(text, marker.start())) {
                continue;
            }
            int count = marker.group(1) == null ? 1 : Integer.parseInt(marker.group(1));
            boolean standalone = text.substring(0, marker.start()).isBlank();
            int target = standalone ? lineNumber + 1 : lineNumber;
            Severity severity = null;
            Integer column = null;
            String part = null;
            boolean unverified = marker.group(2) != null;
            String optionText = marker.group(3);
            Matcher options = OPTIONS.matcher(optionText);
            int position = 0;
            while (options.find(position) && options.start() == position) {
                if (options.group(1) != null) {
                    severity = Severity.parse(options.group(1));
                } else if (options.group(2) != null) {
                    target = options.group(2).equals("above") ? lineNumber - 1 : lineNumber + 1;
                } else if (options.group(3) != null) {
                    int distance = Integer.parseInt(options.group(3));
                    target = options.group(4).equals("above") ? lineNumber - distance : lineNumber + distance;
                } else if (options.group(5) != null) {
                    column = Integer.valueOf(options.group(5));
                } else {
                    part = options.group(6);
                }
                position = options.end();
            }
            if (!optionText.substring(position).isBlank()) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ": cannot read marker options '"
                        + optionText.substring(position).trim() + "'");
            }
            for (int n = 0; n < count; n++) {
                expectations.add(new Expectation(file, target, column, unverified ? Severity.INFO : severity, part,
                        lineNumber, unverified));
            }
        }
    }

    private void readHeader(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("#\\s*rule:\\s*\\S+")) {
            rule = trimmed.replaceFirst("#\\s*rule:\\s*", "");
        } else if (trimmed.matches("#\\s*vacuous\\s*")) {
            vacuous = true;
        } else {
            Matcher setting = SETTING.matcher(trimmed);
            if (setting.matches()) {
                settings.put(setting.group(1).toLowerCase(Locale.ROOT), setting.group(2));
            }
        }
    }

    private void readExpectFile(String file, Path expectFile) throws IOException {
        List<String> lines = Files.readAllLines(expectFile, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.isBlank() || text.startsWith("#")) {
                readHeader(text);
                continue;
            }
            Matcher m = EXPECT_LINE.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException(expectFile + ":" + (i + 1) + ": expected LINE[:COLUMN] [severity] ['text']");
            }
            expectations.add(new Expectation(file, Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Severity.parse(m.group(3)), m.group(4), i + 1, false));
        }
    }

    /** A '#' inside a quoted YAML or HCL string is not a comment. */
    private static boolean isInsideQuotes(String text, int index) {
        boolean inDouble = false;
        boolean inSingle = false;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '"' && !inSingle && (i == 0 || text.charAt(i - 1) != '\\')) {
                inDouble = !inDouble;
            } else if (c == '\'' && !inDouble) {
                inSingle = !inSingle;
            }
        }
        return inDouble || inSingle;
    }

    List<Expectation> expectations() {
        return expectations;
    }

    Map<String, String> settings() {
        return settings;
    }

    String rule() {
        return rule;
    }

    boolean vacuous() {
        return vacuous;
    }

    /** True when the case is linted with --strict: it says so, or it expects an undecided check. */
    boolean strict() {
        return "true".equals(settings.get("strict")) || expectations.stream().anyMatch(Expectation::unverified);
    }
}
