package dev.netlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.engine.LintEngine;
import dev.netlint.core.engine.LintRequest;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.lang.LintSettings;
import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.RuleExample;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.lang.groovy.PrecompiledRuleScripts;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Java catalog the build generates from the rule files (BuiltInRuleCatalog, written by JavaCatalogWriter) builds
 * the same rules as the rule files themselves run through Groovy: same documentation, examples and checks, and the
 * same findings on every fixture and sample. The Groovy files stay the source; this proves the translation faithful.
 */
class BuiltInRuleCatalogTest {

    private static final ClassLoader LOADER = BuiltInRuleCatalogTest.class.getClassLoader();

    /** Everything a rule is made of that can be compared: checks by severity, kind and English description. */
    private record Shape(String id, String name, Severity severity, String summary, String rationale, String notes,
                         String fix, String docs, List<RuleExample> examples, List<String> checks) {
        static Shape of(RuleDefinition rule) {
            return new Shape(rule.id(), rule.name(), rule.severity(), rule.summary(), rule.rationale(),
                    rule.notesBasis(), rule.fix(), rule.docs(), rule.examples(), rule.checks().stream()
                    .map(c -> c.severity() + " " + c.rule().getClass().getName() + ": " + c.rule().description())
                    .toList());
        }
    }

    private static List<RuleDefinition> groovyRules() {
        return PrecompiledRuleScripts.definitions(LOADER, PrecompiledRuleScripts.listed(LOADER));
    }

    private static List<Shape> shapes(List<RuleDefinition> rules) {
        return new RuleRegistry(rules).rules().stream().map(Shape::of).toList();
    }

    @Test
    void theCatalogIsFoundThroughServicesAndCoversEveryListedRuleScript() {
        List<RuleCatalog> catalogs = ServiceLoader.load(RuleCatalog.class, LOADER).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertThat(catalogs).singleElement().isInstanceOf(BuiltInRuleCatalog.class);
        Set<String> listed = PrecompiledRuleScripts.listed(LOADER);
        assertThat(listed).isNotEmpty();
        assertThat(catalogs.get(0).sourceScripts()).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void javaAndGroovyBuildTheSameRules() {
        List<RuleDefinition> groovy = groovyRules();
        List<RuleDefinition> java = new BuiltInRuleCatalog().rules();
        assertThat(java).hasSameSizeAs(groovy).hasSizeGreaterThanOrEqualTo(30);
        assertThat(shapes(java)).containsExactlyElementsOf(shapes(groovy));
    }

    @Test
    void theRegistryOfBuiltInRulesIsTheJavaCatalog() {
        assertThat(shapes(RuleRegistry.builtIn().rules())).containsExactlyElementsOf(shapes(new BuiltInRuleCatalog().rules()));
    }

    @Test
    void javaAndGroovyRulesFindTheSameOnEveryFixtureAndSample() {
        LintRequest request = new LintRequest(List.of(RuleFixtureTest.FIXTURES.toString(), "../samples/kubernetes",
                "../samples/terraform"), null, LintSettings.DEFAULTS, List.of(), 1, LintRequest.DEFAULT_MAX_FILE_BYTES);
        LintResult java = new LintEngine(new RuleRegistry(new BuiltInRuleCatalog().rules())).run(request);
        LintResult groovy = new LintEngine(new RuleRegistry(groovyRules())).run(request);
        assertThat(java.findings()).hasSizeGreaterThan(100).containsExactlyElementsOf(groovy.findings());
        assertThat(java.filesLinted()).isEqualTo(groovy.filesLinted());
    }
}
