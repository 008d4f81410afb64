package dev.netlint.core.analysis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The max-pods a node's decoded user data configures (RULES.md NET016 "Configured max-pods N"), read from the
 * bootstraps EKS nodes use:
 * <ul>
 *   <li>AL2 {@code /etc/eks/bootstrap.sh}: {@code --kubelet-extra-args '... --max-pods=N'}; {@code --use-max-pods false}
 *       without {@code --max-pods} leaves the kubelet default 110;</li>
 *   <li>AL2023 nodeadm {@code NodeConfig} ({@code node.eks.aws/v1alpha1}), alone or in a MIME part
 *       {@code application/node.eks.aws}: {@code spec.kubelet.config.maxPods}, overridden by {@code --max-pods} in
 *       {@code spec.kubelet.flags};</li>
 *   <li>Bottlerocket TOML {@code [settings.kubernetes] max-pods = N};</li>
 *   <li>Windows {@code Start-EKSBootstrap.ps1 -KubeletExtraArgs '--max-pods=N'}.</li>
 * </ul>
 * A repeated flag: the last one wins. The result is {@link State#NOT_SET} only when a known bootstrap is recognised
 * and nothing sets max-pods; whatever netlint cannot pin down (a shell variable, a script that edits the kubelet
 * config itself, malformed YAML, text that is no known bootstrap) is {@link State#UNKNOWN}. Never throws.
 *
 * @param state   whether max-pods is set
 * @param maxPods N when {@link State#SET}, else 0
 * @param source  where N comes from ("bootstrap.sh --max-pods"); for NOT_SET the bootstrap recognised; for UNKNOWN why
 */
public record UserDataMaxPods(State state, int maxPods, String source) {

    public enum State { SET, NOT_SET, UNKNOWN }

    /** The kubelet's own default for {@code --max-pods}. */
    public static final int KUBELET_DEFAULT = 110;

    static final int MAX_USER_DATA_CHARS = 1_000_000;
    private static final int MAX_MIME_DEPTH = 3;

    private static final Pattern BOOTSTRAP_SH = Pattern.compile("(?:^|[\\s;&|/\"'`(])bootstrap\\.sh(?=[\\s;&|\"')`]|$)");
    private static final Pattern NODEADM = Pattern.compile("apiVersion:\\s*[\"']?node\\.eks\\.aws/");
    private static final Pattern WINDOWS = Pattern.compile("(?i)Start-EKSBootstrap|EKSBootstrapScript");
    private static final Pattern KUBELET_EXTRA_ARGS_PS = Pattern.compile(
            "(?i)-KubeletExtraArgs(?:\\s*:\\s*|\\s+)(?:'([^']*)'|\"([^\"]*)\"|(\\S+))");
    private static final Pattern TOML_TABLE = Pattern.compile("^\\[\\s*([^\\[\\]]+?)\\s*]\\s*(?:#.*)?$");
    private static final Pattern TOML_KEY = Pattern.compile("^([A-Za-z0-9_.\"\\s-]+?)\\s*=\\s*(.*)$");
    private static final Pattern MENTIONS_MAX_PODS = Pattern.compile("(?i)max-?pods");
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");

    public static UserDataMaxPods set(int maxPods, String source) {
        return new UserDataMaxPods(State.SET, maxPods, source);
    }

    public static UserDataMaxPods notSet(String bootstrap) {
        return new UserDataMaxPods(State.NOT_SET, 0, bootstrap);
    }

    public static UserDataMaxPods unknown(String why) {
        return new UserDataMaxPods(State.UNKNOWN, 0, why);
    }

    public boolean isSet() {
        return state == State.SET;
    }

    public boolean isNotSet() {
        return state == State.NOT_SET;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** Reads decoded user data (never throws; unreadable input is UNKNOWN). */
    public static UserDataMaxPods read(String userData) {
        if (userData == null) {
            return unknown("no user data");
        }
        if (userData.length() > MAX_USER_DATA_CHARS) {
            return unknown("user data too large to read");
        }
        try {
            Reading reading = new Reading();
            reading.part(null, userData, 0);
            return reading.result();
        } catch (RuntimeException | StackOverflowError e) {
            return unknown("user data cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** What the parts of one user data say, in order. */
    private static final class Reading {
        private final List<String> bootstraps = new ArrayList<>();
        private String unknownReason;
        /** Last --max-pods flag (kubelet flags override the config file). */
        private Integer flag;
        private String flagSource;
        /** Last config-file value (nodeadm maxPods, Bottlerocket max-pods) or implied kubelet default. */
        private Integer config;
        private String configSource;
        private boolean flagUnknown;
        private boolean configUnknown;

        UserDataMaxPods result() {
            if (flagUnknown || (flag == null && configUnknown)) {
                return unknown(unknownReason != null ? unknownReason : "max-pods is not a literal number");
            }
            if (flag != null) {
                return set(flag, flagSource);
            }
            if (config != null) {
                return set(config, configSource);
            }
            if (unknownReason != null) {
                return unknown(unknownReason);
            }
            if (bootstraps.isEmpty()) {
                return unknown("user data runs no bootstrap netlint knows");
            }
            return notSet(String.join(", ", bootstraps.stream().distinct().toList()));
        }

        void unknownFlag(String why) {
            flagUnknown = true;
            unknownReason = unknownReason == null ? why : unknownReason;
        }

        void unknownConfig(String why) {
            configUnknown = true;
            unknownReason = unknownReason == null ? why : unknownReason;
        }

        void flag(String value, String source) {
            Integer n = integer(value);
            if (n == null) {
                unknownFlag(source + " is not a literal number: " + shorten(value));
            } else {
                flag = n;
                flagSource = source;
                flagUnknown = false;
            }
        }

        void config(Integer n, String source) {
            config = n;
            configSource = source;
            configUnknown = false;
        }

        /** One MIME part (or the whole user data): {@code contentType} null when not from a MIME message. */
        void part(String contentType, String text, int depth) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (depth < MAX_MIME_DEPTH && type.startsWith("multipart/")) {
                if (mime(contentType, text.replace("\r\n", "\n"), depth)) {
                    return;
                }
            } else if (depth < MAX_MIME_DEPTH && contentType == null && looksLikeMime(text)) {
                String normalized = text.replace("\r\n", "\n");
                int headerEnd = normalized.indexOf("\n\n");
                String headers = headerEnd < 0 ? normalized : normalized.substring(0, headerEnd);
                String body = headerEnd < 0 ? "" : normalized.substring(headerEnd + 2);
                if (mime(headerValue(headers, "Content-Type"), body, depth)) {
                    return;
                }
            }
            if (type.startsWith("application/node.eks.aws") || NODEADM.matcher(text).find()) {
                nodeConfig(text);
                return;
            }
            boolean recognised = false;
            if (BOOTSTRAP_SH.matcher(text).find()) {
                recognised = true;
                bootstraps.add("bootstrap.sh");
                bootstrapSh(text);
            }
            if (WINDOWS.matcher(text).find()) {
                recognised = true;
                bootstraps.add("Start-EKSBootstrap.ps1");
                windows(text);
            }
            if (!recognised && looksLikeBottlerocket(text)) {
                recognised = true;
                bootstraps.add("Bottlerocket settings");
                bottlerocket(text);
            }
            if (!recognised && MENTIONS_MAX_PODS.matcher(text).find()) {
                unknownConfig("user data sets max-pods in a way netlint does not read");
            } else if (recognised && flag == null && config == null && mentionsMaxPodsElsewhere(text)) {
                unknownConfig("user data mentions max-pods outside the bootstrap arguments netlint reads");
            }
        }

        /** A script that names max-pods but not in a place read above (for example it edits kubelet-config.json). */
        private boolean mentionsMaxPodsElsewhere(String text) {
            Matcher m = MENTIONS_MAX_PODS.matcher(text);
            while (m.find()) {
                String around = text.substring(Math.max(0, m.start() - 2), m.end()).toLowerCase(Locale.ROOT);
                boolean readFlag = around.endsWith("--max-pods");
                boolean useMaxPods = text.regionMatches(true, Math.max(0, m.start() - 6), "--use-max-pods", 0, 14);
                boolean tomlKey = looksLikeBottlerocket(text);
                if (!readFlag && !useMaxPods && !tomlKey) {
                    return true;
                }
            }
            return false;
        }

        // ---- MIME ---------------------------------------------------------------------------------------------

        private static boolean looksLikeMime(String text) {
            String head = text.length() > 4000 ? text.substring(0, 4000) : text;
            return Pattern.compile("(?im)^Content-Type:\\s*multipart/").matcher(head).find();
        }

        /** Splits a multipart message into its parts; false when it is not one netlint can split. */
        private boolean mime(String contentType, String body, int depth) {
            String boundary = parameter(contentType, "boundary");
            if (boundary == null || boundary.isEmpty()) {
                return false;
            }
            String delimiter = "--" + boundary;
            List<String> parts = new ArrayList<>();
            StringBuilder current = null;
            for (String line : body.split("\n", -1)) {
                String trimmed = line.stripTrailing();
                if (trimmed.equals(delimiter + "--")) {
                    if (current != null) {
                        parts.add(current.toString());
                    }
                    current = null;
                    break;
                }
                if (trimmed.equals(delimiter)) {
                    if (current != null) {
                        parts.add(current.toString());
                    }
                    current = new StringBuilder();
                } else if (current != null) {
                    current.append(line).append('\n');
                }
            }
            if (current != null) {
                parts.add(current.toString());
            }
            for (String part : parts) {
                int end = part.indexOf("\n\n");
                String partHeaders = end < 0 ? part : part.substring(0, end);
                String content = end < 0 ? "" : part.substring(end + 2);
                if (end < 0 && !partHeaders.toLowerCase(Locale.ROOT).contains("content-type")) {
                    partHeaders = "";
                    content = part;
                }
                String partType = headerValue(partHeaders, "Content-Type");
                String encoding = headerValue(partHeaders, "Content-Transfer-Encoding");
                if (encoding != null && encoding.trim().equalsIgnoreCase("base64")) {
                    try {
                        content = new String(Base64.getMimeDecoder().decode(content.trim()), StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        unknownConfig("a MIME part is not valid base64");
                        continue;
                    }
                }
                part(partType == null || partType.isBlank() ? "text/plain" : partType, content, depth + 1);
            }
            return true;
        }

        private static String headerValue(String headers, String name) {
            String unfolded = headers.replaceAll("\n[ \t]+", " ");
            for (String line : unfolded.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        private static String parameter(String headerValue, String name) {
            if (headerValue == null) {
                return null;
            }
            Matcher m = Pattern.compile("(?i);\\s*" + name + "\\s*=\\s*(?:\"([^\"]*)\"|([^;\\s]+))").matcher(headerValue);
            return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
        }

        // ---- AL2 bootstrap.sh ---------------------------------------------------------------------------------

        private void bootstrapSh(String script) {
            String joined = script.replace("\r\n", "\n").replace("\\\n", " ");
            for (String line : joined.split("\n")) {
                String code = line.strip();
                if (code.startsWith("#")) {
                    continue;
                }
                Matcher m = BOOTSTRAP_SH.matcher(code);
                if (!m.find()) {
                    continue;
                }
                List<String> args = ShellWords.split(code.substring(m.end()));
                String kubeletExtraArgs = null;
                String useMaxPods = null;
                for (int i = 0; i < args.size(); i++) {
                    String arg = args.get(i);
                    if (arg.equals("--kubelet-extra-args") && i + 1 < args.size()) {
                        kubeletExtraArgs = args.get(++i); // bootstrap.sh keeps the last one
                    } else if (arg.startsWith("--kubelet-extra-args=")) {
                        kubeletExtraArgs = arg.substring("--kubelet-extra-args=".length());
                    } else if (arg.equals("--use-max-pods") && i + 1 < args.size()) {
                        useMaxPods = args.get(++i);
                    } else if (arg.startsWith("--use-max-pods=")) {
                        useMaxPods = arg.substring("--use-max-pods=".length());
                    } else if (isCommandEnd(arg)) {
                        break;
                    }
                }
                boolean flagged = kubeletExtraArgs != null && kubeletFlags(ShellWords.split(kubeletExtraArgs),
                        "bootstrap.sh --max-pods");
                if (!flagged && kubeletExtraArgs != null && kubeletExtraArgs.contains("$")) {
                    unknownFlag("bootstrap.sh --kubelet-extra-args comes from a shell variable");
                }
                if (!flagged && useMaxPods != null) {
                    if (useMaxPods.equals("false")) {
                        config(KUBELET_DEFAULT, "bootstrap.sh --use-max-pods false, kubelet default");
                    } else if (!useMaxPods.equals("true")) {
                        unknownConfig("bootstrap.sh --use-max-pods is not a literal true or false: " + shorten(useMaxPods));
                    }
                }
            }
        }

        private static boolean isCommandEnd(String word) {
            return word.equals(";") || word.equals("&&") || word.equals("||") || word.equals("|") || word.equals("&");
        }

        /** Reads {@code --max-pods=N} / {@code --max-pods N} from kubelet flags; true when one was found. */
        private boolean kubeletFlags(List<String> flags, String source) {
            boolean found = false;
            for (int i = 0; i < flags.size(); i++) {
                String flagText = flags.get(i);
                if (flagText.startsWith("--max-pods=")) {
                    flag(flagText.substring("--max-pods=".length()), source);
                    found = true;
                } else if (flagText.equals("--max-pods")) {
                    if (i + 1 < flags.size()) {
                        flag(flags.get(++i), source);
                    } else {
                        unknownFlag(source + " has no value");
                    }
                    found = true;
                }
            }
            return found;
        }

        // ---- AL2023 nodeadm ----------------------------------------------------------------------------------

        private void nodeConfig(String yaml) {
            bootstraps.add("nodeadm NodeConfig");
            LoadSettings settings = LoadSettings.builder()
                    .setLabel("user data")
                    .setMaxAliasesForCollections(10)
                    .setAllowRecursiveKeys(false)
                    .setAllowDuplicateKeys(true)
                    .setCodePointLimit(MAX_USER_DATA_CHARS)
                    .build();
            List<Object> documents = new ArrayList<>();
            try {
                for (Object document : new Load(settings).loadAllFromString(yaml)) {
                    documents.add(document);
                }
            } catch (RuntimeException e) {
                unknownConfig("the NodeConfig is not valid YAML");
                unknownFlag("the NodeConfig is not valid YAML");
                return;
            }
            for (Object document : documents) {
                if (!(document instanceof Map<?, ?> root)) {
                    continue;
                }
                Object apiVersion = root.get("apiVersion");
                if (!(apiVersion instanceof String api) || !api.startsWith("node.eks.aws/")
                        || !"NodeConfig".equals(root.get("kind"))) {
                    continue;
                }
                Object kubelet = path(root, "spec", "kubelet");
                if (!(kubelet instanceof Map<?, ?> kubeletMap)) {
                    continue;
                }
                Object config = kubeletMap.get("config");
                if (config instanceof Map<?, ?> configMap && configMap.containsKey("maxPods")) {
                    Object value = configMap.get("maxPods");
                    Integer n = value instanceof Number number && number.longValue() >= 0
                            && number.longValue() <= Integer.MAX_VALUE && !(value instanceof Double)
                            ? Integer.valueOf(number.intValue()) : null;
                    if (n == null) {
                        unknownConfig("NodeConfig spec.kubelet.config.maxPods is not a number: " + shorten(String.valueOf(value)));
                    } else {
                        config(n, "NodeConfig spec.kubelet.config.maxPods");
                    }
                }
                Object flags = kubeletMap.get("flags");
                if (flags instanceof List<?> list) {
                    List<String> words = new ArrayList<>();
                    for (Object item : list) {
                        if (item != null) {
                            words.addAll(List.of(String.valueOf(item).trim().split("\\s+")));
                        }
                    }
                    kubeletFlags(words, "NodeConfig spec.kubelet.flags --max-pods");
                }
            }
        }

        private static Object path(Map<?, ?> map, String... keys) {
            Object current = map;
            for (String key : keys) {
                if (!(current instanceof Map<?, ?> m)) {
                    return null;
                }
                current = m.get(key);
            }
            return current;
        }

        // ---- Bottlerocket ------------------------------------------------------------------------------------

        private static boolean looksLikeBottlerocket(String text) {
            for (String line : text.split("\n")) {
                String l = line.strip();
                if (l.startsWith("[settings") || l.startsWith("settings.")) {
                    return true;
                }
            }
            return false;
        }

        /** A line-based TOML reader: table headers, dotted keys, {@code max-pods} under {@code settings.kubernetes}. */
        private void bottlerocket(String toml) {
            String table = "";
            for (String raw : toml.split("\n")) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher header = TOML_TABLE.matcher(line);
                if (line.startsWith("[")) {
                    table = header.matches() ? normalizeKey(header.group(1)) : "?";
                    continue;
                }
                Matcher entry = TOML_KEY.matcher(line);
                if (!entry.matches()) {
                    continue;
                }
                String key = (table.isEmpty() ? "" : table + ".") + normalizeKey(entry.group(1));
                if (key.equals("settings.kubernetes.max-pods")) {
                    String value = entry.group(2).replaceFirst("\\s*#.*$", "").trim().replace("_", "");
                    Integer n = integer(value);
                    if (n == null) {
                        unknownConfig("Bottlerocket settings.kubernetes.max-pods is not an integer: " + shorten(value));
                    } else {
                        config(n, "Bottlerocket settings.kubernetes.max-pods");
                    }
                }
            }
        }

        private static String normalizeKey(String key) {
            StringBuilder normalized = new StringBuilder();
            for (String part : key.split("\\.")) {
                String p = part.strip();
                if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("'") && p.endsWith("'"))) {
                    p = p.substring(1, p.length() - 1);
                }
                normalized.append(normalized.length() == 0 ? "" : ".").append(p);
            }
            return normalized.toString();
        }

        // ---- Windows -----------------------------------------------------------------------------------------

        private void windows(String script) {
            Matcher m = KUBELET_EXTRA_ARGS_PS.matcher(script);
            while (m.find()) {
                String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (m.group(1) == null && value.contains("$") && !value.contains("--max-pods")) {
                    unknownFlag("-KubeletExtraArgs comes from a PowerShell variable");
                    continue;
                }
                kubeletFlags(List.of(value.trim().split("\\s+")), "Start-EKSBootstrap.ps1 -KubeletExtraArgs --max-pods");
            }
        }
    }

    private static Integer integer(String text) {
        String t = text == null ? "" : text.trim();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return INTEGER.matcher(t).matches() ? Integer.valueOf(t) : null;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    /** Splits a shell command line into words: single and double quotes, backslash escapes, no expansion. */
    static final class ShellWords {

        private ShellWords() {}

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            boolean inWord = false;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote == '\'') {
                    if (c == '\'') {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (quote == '"') {
                    if (c == '"') {
                        quote = 0;
                    } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                        word.append(line.charAt(++i));
                    } else {
                        word.append(c);
                    }
                } else if (c == '\'' || c == '"') {
                    quote = c;
                    inWord = true;
                } else if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                    inWord = true;
                } else if (Character.isWhitespace(c)) {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                } else if (c == ';' || c == '|' || c == '&') {
                    if (inWord) {
                        words.add(word.toString());
                        word.setLength(0);
                        inWord = false;
                    }
                    words.add(String.valueOf(c));
                } else if (c == '#' && !inWord) {
                    break; // a comment
                } else {
                    word.append(c);
                    inWord = true;
                }
            }
            if (inWord) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
