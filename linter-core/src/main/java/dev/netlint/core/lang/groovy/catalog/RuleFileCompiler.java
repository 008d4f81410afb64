package dev.netlint.core.lang.groovy.catalog;

import dev.netlint.core.lang.groovy.RuleCompiler;
import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Compiles the rule files exactly as the build compiles them ({@link RuleCompiler#configuration()}, statically type
 * checked) up to instruction selection, without writing classes, so that the translation can follow the methods the
 * type checker chose.
 */
final class RuleFileCompiler {

    private RuleFileCompiler() {}

    /** The modules of {@code files}, ordered by name; a compilation error fails with the compiler's messages. */
    static List<ModuleNode> compile(List<RuleFile> files) throws TranslationException {
        CompilerConfiguration configuration = RuleCompiler.configuration();
        List<ModuleNode> modules = new ArrayList<>();
        try (GroovyClassLoader loader = new GroovyClassLoader(RuleFileCompiler.class.getClassLoader(), configuration)) {
            CompilationUnit unit = new CompilationUnit(configuration, null, loader);
            for (RuleFile file : files) {
                unit.addSource(file.displayName(), file.text());
            }
            try {
                // Parsed, resolved and statically type checked as the build compiles them; no class is generated.
                unit.compile(Phases.INSTRUCTION_SELECTION);
            } catch (MultipleCompilationErrorsException e) {
                List<String> problems = new ArrayList<>();
                for (Message message : e.getErrorCollector().getErrors()) {
                    problems.add(describe(message));
                }
                throw new TranslationException(problems);
            }
            modules.addAll(unit.getAST().getModules());
        } catch (IOException e) {
            throw new TranslationException(List.of("cannot close the class loader of the translation: " + e));
        }
        modules.sort((a, b) -> a.getContext().getName().compareTo(b.getContext().getName()));
        return modules;
    }

    /** A compiler message on one line, {@code file:line:column: message} for a syntax error. */
    private static String describe(Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            return cause.getSourceLocator() + ":" + cause.getStartLine() + ":" + cause.getStartColumn() + ": "
                    + oneLine(cause.getOriginalMessage());
        }
        if (message instanceof ExceptionMessage exception) {
            return oneLine(String.valueOf(exception.getCause()));
        }
        StringWriter text = new StringWriter();
        message.write(new PrintWriter(text));
        return oneLine(text.toString());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
