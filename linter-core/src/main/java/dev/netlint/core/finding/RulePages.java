package dev.netlint.core.finding;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Where a rule's page is: docs/rules/&lt;id&gt;.md in netlint's repository, at the tag of this version
 * ({@code v1.2.0}) for a release and at {@code main} for a snapshot build, so a finding, {@code --explain} and SARIF's
 * {@code helpUri} link to the page that describes the rule as this build checks it. The repository and version come
 * from the build (netlint.properties, filled in from the pom's {@code netlint.repository} and version).
 */
public final class RulePages {

    private static final Pattern RELEASE = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Properties BUILD = load();

    private RulePages() {}

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RulePages.class.getResourceAsStream("netlint.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no build information: the defaults below
        }
        return properties;
    }

    /** The repository's web address, e.g. {@code https://github.com/netlint/netlint}. */
    public static String repository() {
        String value = BUILD.getProperty("repository", "");
        return value.startsWith("https://") ? value : "https://github.com/netlint/netlint";
    }

    /** This build's version ({@code 0.1.0}, {@code 0.2.0-SNAPSHOT}), or "unknown". */
    public static String version() {
        String value = BUILD.getProperty("version", "");
        return value.isEmpty() || value.startsWith("${") ? "unknown" : value;
    }

    /** The git ref pages are read at: {@code v<version>} for a release, else {@code main}. */
    public static String ref() {
        return ref(version());
    }

    static String ref(String version) {
        return RELEASE.matcher(version).matches() ? "v" + version : "main";
    }

    /** The page of a built-in rule or of one of netlint's own finding kinds. */
    public static String page(String id) {
        return repository() + "/blob/" + ref() + "/docs/rules/" + id + ".md";
    }
}
