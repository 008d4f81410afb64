package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.groovy.catalog.CatalogTranslator;
import dev.netlint.core.lang.groovy.catalog.RuleFile;
import dev.netlint.core.lang.groovy.catalog.TranslatedCatalog;
import dev.netlint.core.lang.groovy.catalog.TranslationException;
import dev.netlint.core.lang.syntax.RuleDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Translates the built-in rule files into one Java class, a {@link RuleCatalog}, at build time (the {@code rules}
 * module's {@code generate-sources} phase). Creating a Groovy script or closure starts Groovy's meta-class runtime,
 * most of a pre-commit run's start-up; the generated class builds the same {@link RuleDefinition}s with the same Java
 * DSL and creates neither. The Groovy files stay the only source of the rules.
 * <p>
 * The files are compiled exactly as the build compiles them ({@link RuleCompiler#configuration()}, statically type
 * checked) up to instruction selection, without writing classes, and the translation follows the methods the type
 * checker chose. It covers the subset the rule files use: {@code rule(id, name) { ... }} blocks at the top level whose
 * statements are {@link RuleSpec}'s words ({@code severity}, {@code summary}, {@code check(...)}, ...), with arguments
 * that are strings (joined with {@code +}, multi-line strings included), whole numbers, booleans, {@code null}, lists,
 * static constants ({@code ERROR}) and chains of calls of Java methods with such arguments. Anything else (a closure, a
 * variable, a loop, a helper method, a Groovy extension method, ...) fails the translation with its file, line and
 * column, so no rule file can silently mean something else in Java than in Groovy.
 * <p>
 * Two Groovy-facing classes are replaced by their Java twins: a word of {@link RuleSpec} becomes the method of
 * {@link RuleBuilder} with the same name and parameters, and an entry point of {@link RuleScript} ({@code services()},
 * ...) the static method of {@link RuleDefinitions} with the same name and parameters.
 * <p>
 * This class is the entry point: it reads the rule files and writes the class; the translation itself is in
 * {@link dev.netlint.core.lang.groovy.catalog}.
 */
public final class JavaCatalogWriter {

    /** What {@link #write} did. */
    public record Written(Path file, int rules, int ruleFiles) {}

    private JavaCatalogWriter() {}

    /** {@code SOURCE_ROOT OUTPUT_ROOT CLASS_NAME}: see {@link #write}. */
    public static void main(String[] args) throws IOException, TranslationException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JavaCatalogWriter SOURCE_ROOT OUTPUT_ROOT CLASS_NAME");
        }
        Written written = write(Path.of(args[0]), Path.of(args[1]), args[2]);
        System.out.println("netlint: " + written.rules() + " rules of " + written.ruleFiles() + " rule files -> "
                + written.file());
    }

    /**
     * Translates every {@code *.groovy} file under {@code sourceRoot} and writes the class {@code className} under
     * {@code outputRoot} (only when its text changed, so an unchanged catalog is not recompiled).
     */
    public static Written write(Path sourceRoot, Path outputRoot, String className)
            throws IOException, TranslationException {
        List<RuleFile> files = ruleFiles(sourceRoot);
        TranslatedCatalog catalog = CatalogTranslator.translate(files, className, JavaCatalogWriter.class.getName());
        String java = catalog.javaSource();
        Path file = outputRoot.resolve(className.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(java)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, java, StandardCharsets.UTF_8);
        }
        return new Written(file, catalog.rules(), files.size());
    }

    /** The Java source of the catalog class {@code className} for {@code files}. */
    public static String translate(List<RuleFile> files, String className) throws TranslationException {
        return CatalogTranslator.translate(files, className, JavaCatalogWriter.class.getName()).javaSource();
    }

    /** The {@code *.groovy} files under {@code root}, ordered by their relative path. */
    private static List<RuleFile> ruleFiles(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.getFileName().toString().endsWith(".groovy") && Files.isRegularFile(p))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b))).toList();
        }
        List<RuleFile> files = new ArrayList<>();
        for (Path path : paths) {
            files.add(new RuleFile(path.toString(), relative(root, path), Files.readString(path, StandardCharsets.UTF_8)));
        }
        return files;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
