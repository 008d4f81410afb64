package dev.netlint.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The glob matcher behind {@code exclude}, per-rule {@code exclude} and {@code workspaces}: the JDK's {@code glob:}
 * dialect, in linear time.
 */
class GlobTest {

    private static final List<String> PATTERNS = List.of("*", "**", "*.yaml", "**.yaml", "**/*.yaml", "charts/**",
            "charts/*", "charts/*/templates/*.yaml", "legacy/*.{yaml,yml}", "{a,b}/**", "{,x}y", "x{a,,b}z",
            "?.tf", "[ab]*.tf", "[!ab]*.tf", "[a-c]?", "[-a]x", "[a-]x", "[^a]x", "a\\*b", "a,b}", "***", "a**b",
            "*/*", "**/x/**", "x/**/y", "k8s/web.yaml", "{*.tf,*/*.yaml}", ".*", "*.", "a?c");

    private static final List<String> PATHS = List.of("", "a", "b", "x", "y", "xy", "xaz", "xz", "xabz",
            "web.yaml", "web.yml", "k8s/web.yaml", "k8s/deep/web.yaml", "charts", "charts/a", "charts/a/b.yaml",
            "charts/web/templates/svc.yaml", "charts/web/templates/x/svc.yaml", "legacy/a.yaml", "legacy/a.yml",
            "legacy/a/b.yaml", "a/b", "b/c/d", "c/d", "a.tf", "c.tf", "ab.tf", "a/.tf", "ax", "-x", "^x", "bx", "cx",
            "a*b", "aXb", "a,b}", "a/x/b", "x/y", "x/a/b/y", "x/x", ".hidden", "name.", "abc", "a/c", "main.tf",
            "sub/main.yaml");

    @Test
    void agreesWithTheJdkGlobOnEveryPatternAndPathOfTheTable() {
        for (String pattern : PATTERNS) {
            PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            Glob ours = Glob.compile(pattern);
            for (String path : PATHS) {
                assertThat(ours.matches(path)).as("%s on '%s'", pattern, path).isEqualTo(jdk.matches(Path.of(path)));
            }
        }
    }

    @Test
    void oneStarStaysInOneFolderAndTwoStarsCrossFolders() {
        assertThat(Glob.compile("charts/*").matches("charts/web")).isTrue();
        assertThat(Glob.compile("charts/*").matches("charts/web/values.yaml")).isFalse();
        assertThat(Glob.compile("charts/**").matches("charts/web/values.yaml")).isTrue();
        assertThat(Glob.compile("?").matches("/")).isFalse();
        assertThat(Glob.compile("[!a]").matches("/")).isFalse();
    }

    @Test
    @Timeout(5)
    void aPatternOfManyStarsOnALongNameThatAlmostMatchesAnswersAtOnce() {
        String name = "a".repeat(10_000);
        Glob stars = Glob.compile("*a*a*a*a*a*a*a*a*a*a*a*b");
        Glob across = Glob.compile("**a**a**a**a**a**a**a**a**a**a**a**b");
        Glob groups = Glob.compile("{,,,,}".repeat(1) + "*a*a*a*{a,b,c,,}*a*a*b");

        long start = System.nanoTime();
        assertThat(stars.matches(name)).isFalse();
        assertThat(across.matches(name + "/" + name)).isFalse();
        assertThat(groups.matches(name)).isFalse();
        assertThat(stars.matches(name + "b")).isTrue();
        // far below the test's timeout; the JDK's regular expression takes minutes on the first one
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    @Timeout(5)
    void anExcludePatternOfManyStarsDoesNotStallTheRunOnALongFileName() {
        PathGlobs exclude = new PathGlobs(List.of("*a*a*a*a*a*a*a*a*a*a*a*b"), Path.of("tree"));

        assertThat(exclude.match("tree/k8s/" + "a".repeat(10_000) + ".yaml")).isNull();
        assertThat(exclude.match("tree/k8s/" + "a".repeat(10_000) + "b")).isEqualTo("*a*a*a*a*a*a*a*a*a*a*a*b");
    }

    @Test
    void invalidPatternsAreRefusedLikeTheJdkRefusesThem() {
        for (String bad : List.of("{a,{b}}", "{a", "[ab", "[a/b]", "a\\", "[z-a]", "[a-c-e]", "[a-c-]x")) {
            assertThatThrownBy(() -> FileSystems.getDefault().getPathMatcher("glob:" + bad))
                    .as(bad).isInstanceOf(PatternSyntaxException.class);
            assertThatThrownBy(() -> Glob.compile(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
