package dev.netlint.core.parse.helm;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values a chart was rendered with, to tell where a key's value was set: the chart's {@code values.yaml}, then
 * each {@code --helm-values} file in order (the last that sets a key wins), then {@code --helm-set}, which wins over
 * all, as Helm merges them. Files are read (with netlint's YAML loader, for exact positions) only when asked.
 * Whatever makes the answer unsure (a file that cannot be read, a later file setting a parent key to a scalar or to
 * null, a {@code --helm-set} of a parent or child key, list syntax) answers "not known".
 */
public final class ChartValues {

    /** Where a key was set: a scalar in a values file, or a {@code --helm-set} assignment ({@code key=value}). */
    sealed interface Origin permits InFile, BySet {}

    record InFile(PScalar value) implements Origin {}

    record BySet(String assignment, String value) implements Origin {}

    private final List<SourceFile> files;
    private final List<String> sets;
    private final SourceReader reader;
    private List<PMap> roots; // in files' order; null entry: sets nothing
    private boolean unreadable;

    /** {@code files}: the chart's values.yaml (when it has one), then the {@code --helm-values} files, in order. */
    public ChartValues(List<SourceFile> files, List<String> sets, SourceReader reader) {
        this.files = List.copyOf(files);
        this.sets = List.copyOf(sets);
        this.reader = reader;
    }

    /** Where {@code .Values.<path>} was set, or null when nothing sets it or that is not certain. */
    Origin origin(List<String> path) {
        if (unsureInSets(path)) {
            return null;
        }
        Origin set = fromSets(path);
        if (set != null) {
            return set;
        }
        load();
        if (unreadable) {
            return null;
        }
        for (int f = roots.size() - 1; f >= 0; f--) {
            PNode node = roots.get(f);
            if (node == null) {
                continue;
            }
            boolean sets = true;
            for (String key : path) {
                PMap map = node.asMap();
                if (map == null) {
                    return null; // a parent key set to a scalar or a list in this file: not the key asked for
                }
                if (map.entry(key) == null) {
                    sets = false;
                    break;
                }
                node = map.get(key);
                if (node.asScalar() != null && node.asScalar().isNull()) {
                    return null; // null removes a key in Helm's merge
                }
            }
            if (sets) {
                return node.asScalar() == null ? null : new InFile(node.asScalar());
            }
        }
        return null;
    }

    private Origin fromSets(List<String> path) {
        String wanted = String.join(".", path);
        Origin found = null;
        for (String set : sets) {
            for (String assignment : assignments(set)) {
                int equals = assignment.indexOf('=');
                if (equals > 0 && assignment.substring(0, equals).equals(wanted)) {
                    found = new BySet(assignment, assignment.substring(equals + 1));
                }
            }
        }
        return found;
    }

    /** True when a {@code --helm-set} touches the key in a way this does not follow (parent, child, list syntax). */
    private boolean unsureInSets(List<String> path) {
        String wanted = String.join(".", path);
        for (String set : sets) {
            for (String assignment : assignments(set)) {
                int equals = assignment.indexOf('=');
                if (equals <= 0) {
                    return true;
                }
                String key = assignment.substring(0, equals);
                if (key.contains("[") || key.contains("\\")) {
                    if (key.split("[.\\[\\\\]", 2)[0].equals(path.get(0))) {
                        return true;
                    }
                } else if (!key.equals(wanted) && (wanted.startsWith(key + ".") || key.startsWith(wanted + "."))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A {@code --set} argument's assignments: split at commas not escaped with a backslash, as Helm does. */
    private static List<String> assignments(String set) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < set.length(); i++) {
            char c = set.charAt(i);
            if (c == '\\' && i + 1 < set.length()) {
                part.append(c).append(set.charAt(++i));
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private void load() {
        if (roots != null) {
            return;
        }
        roots = new ArrayList<>();
        for (SourceFile file : files) {
            SourceReader.Read read = reader.read(file);
            if (read.text() == null) {
                unreadable = true;
                return;
            }
            YamlLoader.Result yaml = new YamlLoader().load(read.text());
            if (yaml.problem() != null || yaml.documents().size() > 1
                    || (yaml.documents().size() == 1 && yaml.documents().get(0).asMap() == null)) {
                unreadable = true;
                return;
            }
            roots.add(yaml.documents().isEmpty() ? null : yaml.documents().get(0).asMap());
        }
    }

    /**
     * An action that prints one values key: {@code .Values.a.b} (or {@code $.Values.a.b}), alone or through
     * {@code quote}, {@code squote}, {@code toString} or {@code default <literal>}, piped or called.
     */
    record Reference(String text, List<String> path, List<String> functions) {

        private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        private static final Pattern LITERAL = Pattern.compile("\"[^\"\\\\]*\"|-?[0-9]+|true|false");

        /** The reference in an action's body, or null. {@code relativeDot}: inside range/with, where . is not the root. */
        static Reference parse(String body, boolean relativeDot) {
            List<String> functions = new ArrayList<>();
            String reference = null;
            String[] stages = body.split("\\|", -1);
            for (int s = 0; s < stages.length; s++) {
                List<String> words = List.of(stages[s].strip().split("\\s+"));
                String last = words.get(words.size() - 1);
                if (s == 0 && (last.startsWith(".Values.") || last.startsWith("$.Values."))) {
                    reference = last;
                    words = words.subList(0, words.size() - 1);
                    if (words.isEmpty()) {
                        continue;
                    }
                }
                String function = function(words);
                if (function == null) {
                    return null;
                }
                functions.add(function);
            }
            if (reference == null || (relativeDot && !reference.startsWith("$"))) {
                return null;
            }
            List<String> path = List.of(reference.substring(reference.indexOf(".Values.") + 8).split("\\.", -1));
            if (!path.stream().allMatch(k -> KEY.matcher(k).matches())) {
                return null;
            }
            return new Reference(reference, path, functions);
        }

        private static String function(List<String> words) {
            if (words.size() == 1 && List.of("quote", "squote", "toString").contains(words.get(0))) {
                return words.get(0);
            }
            if (words.size() == 2 && words.get(0).equals("default") && LITERAL.matcher(words.get(1)).matches()) {
                return "default";
            }
            return null;
        }

        /** What this action prints for a value written as {@code text}, or null when that is not certain. */
        String printed(String text, PScalar.Kind kind) {
            if (kind == PScalar.Kind.NULL) {
                return null;
            }
            String out = text;
            for (String function : functions) {
                switch (function) {
                    case "default" -> {
                        if (out.isEmpty() || out.equals("false") || out.equals("0")) {
                            return null; // Go's empty values: default's argument is printed instead
                        }
                    }
                    case "quote" -> {
                        if (!out.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\')) {
                            return null;
                        }
                        out = "\"" + out + "\"";
                    }
                    case "squote" -> out = "'" + out + "'";
                    default -> { } // toString
                }
            }
            return out;
        }
    }
}
