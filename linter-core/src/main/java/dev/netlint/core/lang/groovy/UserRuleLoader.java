package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.RuleDefinition;
import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;

/**
 * Compiles users' own rule files ({@code *.groovy} directly in the folders they name, not in sub-folders) with the
 * same statically checked configuration as the built-in rules, so a misspelt DSL word is a compile error with its
 * file, line and column.
 * <p>
 * Trust model: a rule file is code and runs with netlint's permissions. netlint only runs rule files the user names
 * (command line or configuration), never files found in the scanned tree.
 */
public final class UserRuleLoader {

    /**
     * Rule files that did not compile, did not run or did not define valid rules. Each problem is one line, starting
     * with {@code file:line:column: } when the position is known and with {@code file: } otherwise.
     */
    public static final class RuleFileException extends Exception {
        private final List<String> problems;

        public RuleFileException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The rules of the {@code *.groovy} files in {@code directories}. */
    public List<RuleDefinition> load(List<Path> directories) throws RuleFileException {
        return load(directories, List.of());
    }

    /**
     * The rules of the {@code *.groovy} files in {@code directories}, which must not reuse an id or name of
     * {@code existing} (the built-in rules) or of each other.
     */
    public List<RuleDefinition> load(List<Path> directories, Collection<RuleDefinition> existing)
            throws RuleFileException {
        List<RuleDefinition> rules = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (RuleDefinition rule : existing) {
            String owner = "built-in rule " + rule.id() + " (" + rule.name() + ")";
            owners.put(key(rule.id()), owner);
            owners.put(key(rule.name()), owner);
        }
        try (GroovyClassLoader loader = new GroovyClassLoader(UserRuleLoader.class.getClassLoader(),
                RuleCompiler.configuration())) {
            for (Path file : ruleFiles(directories, errors)) {
                Class<?> type = null;
                try {
                    type = loader.parseClass(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                    RuleScript script = (RuleScript) type.getDeclaredConstructor().newInstance();
                    for (RuleDefinition rule : script.definitions()) {
                        String taken = claim(owners, rule, file);
                        if (taken != null) {
                            errors.add(file + ": rule " + rule.id() + " (" + rule.name() + "): " + taken);
                        } else {
                            rules.add(rule);
                        }
                    }
                } catch (MultipleCompilationErrorsException e) {
                    for (Message message : e.getErrorCollector().getErrors()) {
                        errors.add(describe(file, message));
                    }
                } catch (CompilationFailedException e) {
                    errors.add(file + ": " + oneLine(e.getMessage()));
                } catch (ClassCastException e) {
                    errors.add(file + ": not a rule file: " + e.getMessage());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    errors.add(where(file, type, e) + ": invalid rule: " + oneLine(e.getMessage()));
                } catch (IOException e) {
                    errors.add(file + ": cannot read: " + e.getMessage());
                } catch (ReflectiveOperationException e) {
                    errors.add(file + ": cannot load: " + e);
                } catch (RuntimeException e) {
                    // A rule file is code: whatever it throws while declaring its rules is the file's error.
                    errors.add(where(file, type, e) + ": the rule file failed: " + oneLine(String.valueOf(e)));
                }
            }
        } catch (IOException e) {
            errors.add("cannot close the rule class loader: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new RuleFileException(errors);
        }
        return rules;
    }

    /** Records the rule's id and name as taken by {@code file}; says who had them when one is already taken. */
    private static String claim(Map<String, String> owners, RuleDefinition rule, Path file) {
        for (String word : List.of(rule.id(), rule.name())) {
            String owner = owners.get(key(word));
            if (owner != null) {
                return "'" + word + "' is already the id or name of " + owner;
            }
        }
        String owner = "rule " + rule.id() + " (" + rule.name() + ") in " + file;
        owners.put(key(rule.id()), owner);
        owners.put(key(rule.name()), owner);
        return null;
    }

    /** Ids are matched ignoring case (--disable net001), so uniqueness is checked the same way. */
    private static String key(String idOrName) {
        return idOrName.toLowerCase(Locale.ROOT);
    }

    private static List<Path> ruleFiles(List<Path> directories, List<String> errors) {
        List<Path> files = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                errors.add(directory + ": not a directory of rule files");
                continue;
            }
            try (Stream<Path> list = Files.list(directory)) {
                List<Path> found = list.filter(p -> p.getFileName().toString().endsWith(".groovy")
                        && Files.isRegularFile(p)).sorted().toList();
                if (found.isEmpty()) {
                    // a folder named for rules that holds none is a mistake (a wrong path, rules one level down)
                    errors.add(directory + ": no *.groovy rule files in this folder (its subfolders are not searched)");
                }
                files.addAll(found);
            } catch (IOException e) {
                errors.add(directory + ": cannot list: " + e.getMessage());
            }
        }
        return files;
    }

    /** {@code file:line} of the rule file's own code that threw, when the stack shows it; else {@code file}. */
    private static String where(Path file, Class<?> type, Throwable e) {
        if (type != null) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    String className = frame.getClassName();
                    if ((className.equals(type.getName()) || className.startsWith(type.getName() + "$"))
                            && frame.getLineNumber() > 0) {
                        return file + ":" + frame.getLineNumber();
                    }
                }
            }
        }
        return file.toString();
    }

    private static String describe(Path file, Message message) {
        if (message instanceof SyntaxErrorMessage syntax) {
            SyntaxException cause = syntax.getCause();
            return file + ":" + cause.getStartLine() + ":" + cause.getStartColumn() + ": "
                    + oneLine(cause.getOriginalMessage());
        }
        StringWriter text = new StringWriter();
        message.write(new PrintWriter(text));
        return file + ": " + oneLine(text.toString());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }
}
