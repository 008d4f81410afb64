package dev.netlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word of the rule DSL earns its place: it is used by a built-in rule (rules/src/main/java/dev/netlint/rules) or by a rule of
 * the users' guide (docs/examples/rules, samples/custom-rules). A word is a public method of the DSL's classes
 * (lang/words, lang/syntax, lang/predicates, lang/conditions); it counts as used when its name is called in one of
 * those files. No word is exempt: a new word must come with a built-in rule or a users' guide example (run by
 * {@code UsersGuideExamplesTest}) that uses it, and a word no rule needs goes.
 */
class VocabularyUseTest {

    private static final Path CORE = Path.of("../linter-core/src/main/java/dev/netlint/core/lang");
    private static final List<Path> RULE_FOLDERS = List.of(Path.of("../rules/src/main/java/dev/netlint/rules"),
            Path.of("../docs/examples/rules"), Path.of("../samples/custom-rules"));

    /** Public methods of the DSL's classes that are plumbing, not words a rule is written with. */
    private static final Set<String> NOT_WORDS = Set.of("ConditionRule.description", "ConditionRule.evaluate",
            "ConditionRule.toString", "SelectionSteps.match", "Word.where");

    @Test
    void everyWordIsUsedByARuleOrAnExample() throws Exception {
        String rules = ruleText();
        Set<String> unused = new TreeSet<>();
        for (Class<?> type : dslClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                String word = type.getSimpleName() + "." + method.getName();
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || NOT_WORDS.contains(word)) {
                    continue;
                }
                if (!Pattern.compile("\\b" + method.getName() + "\\s*\\(").matcher(rules).find()) {
                    unused.add(word);
                }
            }
        }
        assertThat(unused).as("DSL words no built-in rule and no users' guide example uses").isEmpty();
    }

    private static String ruleText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path folder : RULE_FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".groovy") || f.toString().endsWith(".java")).toList()) {
                    text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static List<Class<?>> dslClasses() throws Exception {
        List<Class<?>> classes = new java.util.ArrayList<>();
        for (String pkg : List.of("words", "syntax", "predicates", "conditions")) {
            try (Stream<Path> files = Files.list(CORE.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    if (!name.equals("package-info")) {
                        classes.add(Class.forName("dev.netlint.core.lang." + pkg + "." + name));
                    }
                }
            }
        }
        assertThat(classes).hasSizeGreaterThan(20);
        return classes;
    }
}
