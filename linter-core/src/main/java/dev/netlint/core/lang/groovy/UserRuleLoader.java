package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.RuleDefinition;
import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Compiles users' own rule files ({@code *.groovy} in the folders they name) with the same statically checked
 * configuration as the built-in rules, so a misspelt DSL word is a compile error with its file, line and column.
 * <p>
 * Trust model: a rule file is code and runs with netlint's permissions. netlint only runs rule files the user names
 * (command line or configuration), never files found in the scanned tree.
 */
public final class UserRuleLoader {

    /** A rule file that did not compile or did not define valid rules; the messages carry file:line:column. */
    public static final class RuleFileException extends Exception {
        public RuleFileException(String message) {
            super(message);
        }
    }

    public List<RuleDefinition> load(List<Path> directories) throws RuleFileException {
        List<RuleDefinition> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (GroovyClassLoader loader = new GroovyClassLoader(UserRuleLoader.class.getClassLoader(),
                RuleCompiler.configuration())) {
            for (Path file : ruleFiles(directories, errors)) {
                try {
                    Class<?> type = loader.parseClass(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    RuleScript script = (RuleScript) type.getDeclaredConstructor().newInstance();
                    rules.addAll(script.definitions());
                } catch (MultipleCompilationErrorsException e) {
                    for (Message message : e.getErrorCollector().getErrors()) {
                        errors.add(describe(file, message));
                    }
                } catch (CompilationFailedException e) {
                    errors.add(file + ": " + e.getMessage());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    errors.add(file + ": invalid rule: " + e.getMessage());
                } catch (IOException | ReflectiveOperationException e) {
                    errors.add(file + ": cannot load: " + e);
                }
            }
        } catch (IOException e) {
            errors.add("cannot close the rule class loader: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new RuleFileException(String.join("\n", errors));
        }
        return rules;
    }

    private static List<Path> ruleFiles(List<Path> directories, List<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                errors.add(directory + ": not a directory of rule files");
                continue;
            }
            try (Stream<Path> list = Files.list(directory)) {
                list.filter(p -> p.getFileName().toString().endsWith(".groovy")).sorted().forEach(files::add);
            } catch (IOException e) {
                errors.add(directory + ": cannot list: " + e.getMessage());
            }
        }
        return files;
    }

    private static String describe(Path file, Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            String text = cause.getOriginalMessage().replaceAll("\\s+", " ").trim();
            return file + ":" + cause.getStartLine() + ":" + cause.getStartColumn() + ": " + text;
        }
        java.io.StringWriter text = new java.io.StringWriter();
        message.write(new java.io.PrintWriter(text));
        return file + ": " + text.toString().trim();
    }
}
