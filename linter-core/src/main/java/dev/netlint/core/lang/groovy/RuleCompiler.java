package dev.netlint.core.lang.groovy;

import groovy.transform.CompileStatic;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * The one compiler configuration for rule files: statically compiled, {@link RuleScript} as base class, the DSL's
 * vocabulary imported. Only users' rule files are compiled (--rules); the built-in rules are Java classes that call
 * the same words.
 */
public final class RuleCompiler {

    /** Packages and classes every rule file may use without importing them. */
    public static final String[] STATIC_STAR_IMPORTS = {
            "dev.netlint.core.finding.Severity",
            // first, so that its generic words (haveAnnotation for any object) win over older typed ones
            "dev.netlint.core.lang.words.Words",
            "dev.netlint.core.lang.predicates.ServicePredicates",
            "dev.netlint.core.lang.predicates.IngressPredicates",
            "dev.netlint.core.lang.predicates.NodeGroupPredicates",
            "dev.netlint.core.lang.conditions.ServiceConditions",
            "dev.netlint.core.lang.conditions.IngressConditions",
            "dev.netlint.core.lang.conditions.K8sObjectConditions",
    };

    private RuleCompiler() {}

    public static CompilerConfiguration configuration() {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.setScriptBaseClass(RuleScript.class.getName());
        ImportCustomizer imports = new ImportCustomizer();
        imports.addStaticStars(STATIC_STAR_IMPORTS);
        imports.addStarImports("dev.netlint.core.lang", "dev.netlint.core.model", "dev.netlint.core.model.k8s",
                "dev.netlint.core.model.aws");
        configuration.addCompilationCustomizers(imports, new ASTTransformationCustomizer(CompileStatic.class));
        return configuration;
    }
}
