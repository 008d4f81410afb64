package dev.netlint.rules;

import dev.netlint.core.lang.RuleExample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in rule's bad and good example, read from {@code dev/netlint/rules/examples/<id>/{bad,good}/example.yaml}
 * (or {@code example.tf}) on the class path. Those files are fixture cases: the bad one marks the findings it expects
 * inline ({@code # violation ...}), and {@code ExampleFixtureTest} checks them with the fixture harness. The rule's
 * page, {@code --explain} and {@code samples/rules/} show them without their markers.
 */
public final class Examples {

    private static final String ROOT = "examples/";
    /** A fixture marker comment, trailing a line or on a line of its own (the harness's FixtureMarkers reads it). */
    private static final Pattern MARKER = Pattern.compile(
            "\\s*#\\s*(?:\\d+\\s+violations|violation|unverified)\\b.*$");

    private Examples() {}

    /** The example of rule {@code id}, read when first needed (a plain run never reads it). */
    public static Supplier<RuleExample> of(String id) {
        return new Deferred(id);
    }

    private record Deferred(String id) implements Supplier<RuleExample> {
        @Override
        public RuleExample get() {
            return example(id);
        }
    }

    /** The example of rule {@code id}, without its markers. */
    static RuleExample example(String id) {
        String yaml = read(id + "/bad/example.yaml");
        if (yaml != null) {
            return new RuleExample("yaml", withoutMarkers(yaml), withoutMarkers(required(id + "/good/example.yaml")));
        }
        return new RuleExample("hcl", withoutMarkers(required(id + "/bad/example.tf")),
                withoutMarkers(required(id + "/good/example.tf")));
    }

    /** {@code text} without its marker comments; a line that is only a marker goes entirely. */
    static String withoutMarkers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            Matcher marker = MARKER.matcher(line);
            int at = -1;
            while (marker.find()) {
                if (!insideQuotes(line, line.indexOf('#', marker.start()))) {
                    at = marker.start();
                    break;
                }
            }
            if (at < 0) {
                out.append(line).append('\n');
            } else if (!line.substring(0, at).isBlank()) {
                out.append(line, 0, at).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    /** A '#' inside a quoted YAML or HCL string is not a comment (as the harness reads it). */
    private static boolean insideQuotes(String text, int index) {
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

    private static String required(String path) {
        String text = read(path);
        if (text == null) {
            throw new IllegalStateException("missing rule example " + ROOT + path);
        }
        return text;
    }

    private static String read(String path) {
        try (InputStream in = Examples.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule example " + ROOT + path, e);
        }
    }
}
