package dev.netlint.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.netlint.core.engine.OwnFindings;
import dev.netlint.core.engine.RuleRegistry;
import dev.netlint.core.finding.RelatedLocation;

/**
 * The package layers of linter-core, as docs/architecture.md draws them: source at the bottom; finding and output
 * beside it; tree, model and parse above; analysis and lang (the rule DSL); config and suppress as data and
 * policies the engine reads; engine; report on top. Checked on the compiled classes, so a fully qualified name in
 * code counts as much as an import.
 */
@AnalyzeClasses(packages = "dev.netlint.core", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    private static final String CORE = "dev.netlint.core.";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.netlint.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule findingDependsOnlyOnSource = noClasses().that().resideInAPackage(CORE + "finding..")
            .should().dependOnClassesThat(resideInAPackage("dev.netlint..")
                    .and(not(resideInAnyPackage(CORE + "finding..", CORE + "source.."))))
            .because("a finding is data every layer may hold");

    @ArchTest
    static final ArchRule outputDependsOnlyOnSource = noClasses().that().resideInAPackage(CORE + "output..")
            .should().dependOnClassesThat(resideInAPackage("dev.netlint..")
                    .and(not(resideInAnyPackage(CORE + "output..", CORE + "source.."))));

    @ArchTest
    static final ArchRule modelKnowsNoParserNorRule = noClasses().that().resideInAnyPackage(CORE + "model..",
                    CORE + "tree..", CORE + "source..", CORE + "net..")
            .should().dependOnClassesThat().resideInAnyPackage(CORE + "parse..", CORE + "analysis..", CORE + "lang..",
                    CORE + "config..", CORE + "suppress..", CORE + "engine..", CORE + "report..",
                    CORE + "finding..", CORE + "output..");

    @ArchTest
    static final ArchRule parseHandsBackModelsLocationsAndProblems = noClasses().that().resideInAPackage(CORE + "parse..")
            .should().dependOnClassesThat().resideInAnyPackage(CORE + "engine..", CORE + "report..", CORE + "config..",
                    CORE + "suppress..", CORE + "analysis..", CORE + "lang..", CORE + "output..")
            .orShould().dependOnClassesThat(resideInAPackage(CORE + "finding..")
                    .and(not(type(RelatedLocation.class))))
            .because("the engine turns what parsers find into findings");

    @ArchTest
    static final ArchRule analysisKnowsNoEngineNorTheDsl = noClasses().that().resideInAPackage(CORE + "analysis..")
            .should().dependOnClassesThat().resideInAnyPackage(CORE + "engine..", CORE + "report..", CORE + "config..",
                    CORE + "suppress..", CORE + "output..", CORE + "lang..")
            .because("analysis is AWS behaviour over the model; the rule language reads it, never the reverse");

    @ArchTest
    static final ArchRule configIsDataTheEngineReads = noClasses().that().resideInAPackage(CORE + "config..")
            .should().dependOnClassesThat().resideInAnyPackage(CORE + "engine..", CORE + "report..",
                    CORE + "analysis..", CORE + "lang..", CORE + "output..");

    @ArchTest
    static final ArchRule suppressionsKnowNoEngine = noClasses().that().resideInAPackage(CORE + "suppress..")
            .should().dependOnClassesThat().resideInAnyPackage(CORE + "engine..", CORE + "report..",
                    CORE + "config..", CORE + "analysis..");

    @ArchTest
    static final ArchRule engineKnowsNoReport = noClasses().that().resideInAPackage(CORE + "engine..")
            .should().dependOnClassesThat().resideInAPackage(CORE + "report..");

    @ArchTest
    static final ArchRule reportReadsResultsNotTheEngine = noClasses().that().resideInAPackage(CORE + "report..")
            .should().dependOnClassesThat(resideInAPackage(CORE + "engine..")
                    .and(not(type(RuleRegistry.class))).and(not(belongToAnyOf(OwnFindings.class))))
            .orShould().dependOnClassesThat().resideInAnyPackage(CORE + "config..", CORE + "suppress..",
                    CORE + "parse..")
            .because("reports are written from a LintResult (package finding); from the engine they read only the "
                    + "rule registry and the documentation of netlint's own findings");
}
