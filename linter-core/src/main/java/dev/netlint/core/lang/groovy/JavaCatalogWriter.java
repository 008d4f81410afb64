package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.syntax.RuleDefinitions;
import groovy.lang.GroovyClassLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.codehaus.groovy.ast.ASTNode;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.FieldNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.ConstructorCallExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.GStringExpression;
import org.codehaus.groovy.ast.expr.LambdaExpression;
import org.codehaus.groovy.ast.expr.ListExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.ast.expr.SpreadExpression;
import org.codehaus.groovy.ast.expr.StaticMethodCallExpression;
import org.codehaus.groovy.ast.expr.TernaryExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.UnaryMinusExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.DoWhileStatement;
import org.codehaus.groovy.ast.stmt.EmptyStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.ForStatement;
import org.codehaus.groovy.ast.stmt.IfStatement;
import org.codehaus.groovy.ast.stmt.ReturnStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.ast.stmt.SwitchStatement;
import org.codehaus.groovy.ast.stmt.TryCatchStatement;
import org.codehaus.groovy.ast.stmt.WhileStatement;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.control.Phases;
import org.codehaus.groovy.control.messages.ExceptionMessage;
import org.codehaus.groovy.control.messages.Message;
import org.codehaus.groovy.control.messages.SyntaxErrorMessage;
import org.codehaus.groovy.syntax.SyntaxException;
import org.codehaus.groovy.syntax.Types;
import org.codehaus.groovy.transform.stc.ExtensionMethodNode;
import org.codehaus.groovy.transform.stc.StaticTypesMarker;

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
 */
public final class JavaCatalogWriter {

    /** The rule files could not be compiled or use a construct outside the translated subset. */
    public static final class TranslationException extends Exception {
        private final List<String> problems;

        public TranslationException(List<String> problems) {
            super("the built-in rule files cannot be translated to Java:\n" + String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        /** One line each, {@code file:line:column: message} when the position is known. */
        public List<String> problems() {
            return problems;
        }
    }

    /** A rule file: its name in messages, its path relative to the source root (in comments), its text. */
    public record Source(String displayName, String relativeName, String text) {}

    /** What {@link #write} did. */
    public record Written(Path file, int rules, int ruleFiles) {}

    private static final ClassNode RULE_SCRIPT = ClassHelper.make(RuleScript.class);
    private static final ClassNode RULE_SPEC = ClassHelper.make(RuleSpec.class);
    private static final ClassNode RULE_BUILDER = ClassHelper.make(RuleBuilder.class);
    private static final ClassNode RULE_DEFINITIONS = ClassHelper.make(RuleDefinitions.class);
    private static final ClassNode STRING = ClassHelper.STRING_TYPE;
    private static final int MAX_CONSTANT_BYTES = 65_535;
    private static final String SUBSET = "a built-in rule file may hold only rule(id, name) { ... } blocks of "
            + "RuleSpec words (severity, summary, check(...), ...) whose arguments are strings (joined with +), "
            + "whole numbers, booleans, lists, static constants and chains of Java method calls of such arguments";

    private final List<String> problems = new ArrayList<>();
    private final Set<String> methodNames = new HashSet<>();

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
        List<Source> sources = sources(sourceRoot);
        JavaCatalogWriter writer = new JavaCatalogWriter();
        String java = writer.catalog(sources, className);
        Path file = outputRoot.resolve(className.replace('.', '/') + ".java");
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(java)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, java, StandardCharsets.UTF_8);
        }
        return new Written(file, writer.methodNames.size(), sources.size());
    }

    /** The Java source of the catalog class {@code className} for {@code sources}. */
    public static String translate(List<Source> sources, String className) throws TranslationException {
        return new JavaCatalogWriter().catalog(sources, className);
    }

    private static List<Source> sources(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".groovy") && Files.isRegularFile(p))
                    .sorted((a, b) -> relative(root, a).compareTo(relative(root, b))).toList();
        }
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new Source(file.toString(), relative(root, file), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return sources;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private String catalog(List<Source> sources, String className) throws TranslationException {
        CompilerConfiguration configuration = RuleCompiler.configuration();
        Map<String, Source> byName = new LinkedHashMap<>();
        List<ModuleNode> modules = new ArrayList<>();
        try (GroovyClassLoader loader = new GroovyClassLoader(JavaCatalogWriter.class.getClassLoader(), configuration)) {
            CompilationUnit unit = new CompilationUnit(configuration, null, loader);
            for (Source source : sources) {
                byName.put(source.displayName(), source);
                unit.addSource(source.displayName(), source.text());
            }
            try {
                // Parsed, resolved and statically type checked as the build compiles them; no class is generated.
                unit.compile(Phases.INSTRUCTION_SELECTION);
            } catch (MultipleCompilationErrorsException e) {
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

        StringBuilder methods = new StringBuilder();
        List<String> ruleMethods = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (ModuleNode module : modules) {
            Source source = byName.get(module.getContext().getName());
            new FileTranslation(source, module).translate(methods, ruleMethods, scripts);
        }
        if (!problems.isEmpty()) {
            throw new TranslationException(problems);
        }
        return catalogClass(className, sources, scripts, ruleMethods, methods);
    }

    private static String catalogClass(String className, List<Source> sources, List<String> scripts,
                                       List<String> ruleMethods, StringBuilder methods) {
        int dot = className.lastIndexOf('.');
        String packageName = dot < 0 ? "" : className.substring(0, dot);
        String simpleName = className.substring(dot + 1);
        StringBuilder java = new StringBuilder();
        java.append("// Generated by ").append(JavaCatalogWriter.class.getName())
                .append(" from ").append(sources.size()).append(" built-in rule files. Do not edit: change the rule files.\n");
        if (!packageName.isEmpty()) {
            java.append("package ").append(packageName).append(";\n\n");
        }
        java.append("/**\n")
                .append(" * The built-in rules as plain Java, translated from the Groovy rule files at build time, so that a run\n")
                .append(" * with only built-in rules creates no Groovy script or closure (and does not start Groovy's runtime).\n")
                .append(" * Each method builds the rule of the file and line its comment names, through the same Java DSL.\n")
                .append(" */\n")
                .append("public final class ").append(simpleName).append(" implements ")
                .append(RuleCatalog.class.getName()).append(" {\n\n")
                .append("    private static final java.util.Set<String> SOURCE_SCRIPTS = java.util.Set.of(");
        for (int i = 0; i < scripts.size(); i++) {
            java.append(i == 0 ? "\n            " : ",\n            ").append(javaString(scripts.get(i)));
        }
        java.append(");\n\n")
                .append("    @Override\n")
                .append("    public java.util.List<").append(RuleDefinition.class.getName()).append("> rules() {\n")
                .append("        return java.util.List.of(");
        for (int i = 0; i < ruleMethods.size(); i++) {
            java.append(i == 0 ? "\n                " : ",\n                ").append(ruleMethods.get(i)).append("()");
        }
        java.append(");\n    }\n\n")
                .append("    @Override\n")
                .append("    public java.util.Set<String> sourceScripts() {\n")
                .append("        return SOURCE_SCRIPTS;\n")
                .append("    }\n")
                .append(methods)
                .append("}\n");
        return java.toString();
    }

    /** A construct outside the subset: ends the translation of one statement. */
    private static final class Unsupported extends RuntimeException {
        private final transient ASTNode node;

        Unsupported(ASTNode node, String message) {
            super(message, null, false, false);
            this.node = node;
        }
    }

    /** A problem of one file, ordered by position. */
    private record Problem(int line, int column, String text) {}

    /** The translation of one rule file. */
    private final class FileTranslation {
        private final Source source;
        private final ModuleNode module;
        private final List<Problem> found = new ArrayList<>();

        FileTranslation(Source source, ModuleNode module) {
            this.source = source;
            this.module = module;
        }

        void translate(StringBuilder methods, List<String> ruleMethods, List<String> scripts) {
            try {
                translateFile(methods, ruleMethods, scripts);
            } finally {
                found.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
                found.forEach(p -> problems.add(p.text()));
            }
        }

        private void translateFile(StringBuilder methods, List<String> ruleMethods, List<String> scripts) {
            ClassNode script = null;
            for (ClassNode type : module.getClasses()) {
                if (type.isScript() && script == null) {
                    script = type;
                } else {
                    problem(type, "a class declaration is not supported in a built-in rule file");
                }
            }
            if (script == null) {
                problem(null, "not a rule script (" + SUBSET + ")");
                return;
            }
            scripts.add(script.getName());
            for (MethodNode method : script.getMethods()) {
                if (method.getLineNumber() > 0 && !method.isSynthetic()) {
                    problem(method, "a method declaration (" + method.getName() + ") is not supported in a built-in rule file");
                }
            }
            for (FieldNode field : script.getFields()) {
                if (field.getLineNumber() > 0) {
                    problem(field, "a script field (" + field.getName() + ") is not supported in a built-in rule file");
                }
            }
            int index = 0;
            for (Statement statement : statements(script.getMethod("run", Parameter.EMPTY_ARRAY).getCode())) {
                try {
                    MethodCallExpression call = ruleCall(statement);
                    String name = methodName(script, ++index);
                    methods.append(ruleMethod(name, call));
                    ruleMethods.add(name);
                } catch (Unsupported e) {
                    problem(e.node, e.getMessage());
                }
            }
        }

        private String methodName(ClassNode script, int index) {
            String simple = script.getNameWithoutPackage();
            String base = Character.toLowerCase(simple.charAt(0)) + simple.substring(1) + (index > 1 ? index : "");
            String name = base;
            for (int n = 2; !methodNames.add(name); n++) {
                name = base + "_" + n;
            }
            return name;
        }

        /** A top-level statement: {@code rule(id, name) { ... }}. */
        private MethodCallExpression ruleCall(Statement statement) {
            Expression expression = expressionOf(statement);
            if (expression instanceof MethodCallExpression call && call.isImplicitThis() && target(call) != null
                    && isRuleMethod(target(call))) {
                return call;
            }
            throw new Unsupported(statement, what(expression == null ? statement : expression)
                    + " is not supported at the top level of a built-in rule file, only rule(id, name) { ... } blocks");
        }

        private String ruleMethod(String name, MethodCallExpression call) {
            List<Expression> args = arguments(call);
            if (args.size() != 3 || !(args.get(2) instanceof ClosureExpression body)) {
                throw new Unsupported(call, "rule(...) needs an id, a name and a { ... } block");
            }
            if (body.isParameterSpecified() && body.getParameters().length > 0) {
                throw new Unsupported(body, "a rule block with parameters is not supported");
            }
            StringBuilder java = new StringBuilder();
            java.append("\n    // ").append(source.relativeName().replace('\\', '/')).append(':')
                    .append(call.getLineNumber()).append('\n')
                    .append("    private static ").append(RuleDefinition.class.getName()).append(' ').append(name)
                    .append("() {\n")
                    .append("        ").append(RuleBuilder.class.getName()).append(" rule = new ")
                    .append(RuleBuilder.class.getName()).append('(')
                    .append(expression(args.get(0), STRING, call)).append(", ")
                    .append(expression(args.get(1), STRING, call)).append(");\n");
            for (Statement statement : statements(body.getCode())) {
                try {
                    java.append("        ").append(word(statement)).append(";\n");
                } catch (Unsupported e) {
                    problem(e.node, e.getMessage());
                }
            }
            return java.append("        return rule.build();\n    }\n").toString();
        }

        /** A statement of a rule block: one of {@link RuleSpec}'s words, called on the {@link RuleBuilder}. */
        private String word(Statement statement) {
            Expression expression = expressionOf(statement);
            MethodNode target = expression == null ? null : target(expression);
            if (!(expression instanceof MethodCallExpression call && call.isImplicitThis() && target != null
                    && target.getDeclaringClass().equals(RULE_SPEC))) {
                throw new Unsupported(statement, what(expression == null ? statement : expression)
                        + " is not supported in a rule block, only RuleSpec's words (severity, summary, check(...), ...)");
            }
            MethodNode twin = twin(RULE_BUILDER, target, false, call);
            return "rule." + twin.getName() + "(" + arguments(call, target) + ")";
        }

        private String expression(Expression expression, ClassNode expected, ASTNode at) {
            ASTNode here = positioned(expression, at);
            String text = constantString(expression);
            if (text != null) {
                return javaString(text, here);
            }
            if (expression instanceof ConstantExpression constant) {
                return constant(constant.getValue(), false, expected, here);
            }
            if (expression instanceof UnaryMinusExpression minus
                    && minus.getExpression() instanceof ConstantExpression constant
                    && constant.getValue() instanceof Number) {
                return constant(constant.getValue(), true, expected, here);
            }
            if (expression instanceof PropertyExpression property) {
                return staticField(property, here);
            }
            if (expression instanceof StaticMethodCallExpression call) {
                MethodNode target = target(call);
                if (target == null) {
                    throw new Unsupported(here, "the call of " + call.getMethod() + " could not be resolved to one method");
                }
                return staticCall(target, call, arguments(call.getArguments(), target, here), here);
            }
            if (expression instanceof MethodCallExpression call) {
                return methodCall(call, here);
            }
            if (expression instanceof ListExpression list) {
                return list(list, expected, here);
            }
            throw new Unsupported(here, what(expression) + " is not supported in a built-in rule file (" + SUBSET + ")");
        }

        private String methodCall(MethodCallExpression call, ASTNode here) {
            if (call.isSafe() || call.isSpreadSafe()) {
                throw new Unsupported(here, "?. and *. are not supported in a built-in rule file");
            }
            if (!call.isImplicitThis()) {
                // Receivers first, so that a closure or variable is reported as such, not as the call on it.
                if (!(call.getObjectExpression() instanceof ClassExpression)) {
                    expression(call.getObjectExpression(), null, here);
                }
            }
            MethodNode target = target(call);
            if (target == null) {
                throw new Unsupported(here, "the call of " + call.getMethodAsString()
                        + " could not be resolved to one method by the static type checker");
            }
            if (target instanceof ExtensionMethodNode) {
                throw new Unsupported(here, "the Groovy extension method " + call.getMethodAsString()
                        + " is not supported in a built-in rule file");
            }
            ClassNode owner = target.getDeclaringClass();
            if (owner.equals(RULE_SPEC)) {
                throw new Unsupported(here, call.getMethodAsString() + "(...) belongs directly in a rule block");
            }
            if (isRuleMethod(target)) {
                throw new Unsupported(here, "rule(...) blocks belong at the top level of the file");
            }
            String arguments = arguments(call, target);
            if (target.isStatic()) {
                if (!call.isImplicitThis() && !(call.getObjectExpression() instanceof ClassExpression)) {
                    throw new Unsupported(here, "a static method called on a value is not supported");
                }
                return staticCall(target, call, arguments, here);
            }
            if (call.isImplicitThis()) {
                throw new Unsupported(here, "the script method " + call.getMethodAsString()
                        + " is not supported in a built-in rule file");
            }
            checkCallable(target, here);
            return expression(call.getObjectExpression(), null, here) + "." + target.getName() + "(" + arguments + ")";
        }

        private String staticCall(MethodNode target, ASTNode call, String arguments, ASTNode here) {
            MethodNode called = target;
            if (target.getDeclaringClass().isDerivedFrom(RULE_SCRIPT) || target.getDeclaringClass().equals(RULE_SCRIPT)) {
                called = twin(RULE_DEFINITIONS, target, true, call);
            }
            checkCallable(called, here);
            return javaName(called.getDeclaringClass()) + "." + called.getName() + "(" + arguments + ")";
        }

        private void checkCallable(MethodNode method, ASTNode here) {
            ClassNode owner = method.getDeclaringClass();
            String ownerName = owner.getName();
            if (ownerName.startsWith("groovy.") || ownerName.startsWith("org.codehaus.groovy.")
                    || ownerName.startsWith("org.apache.groovy.")) {
                throw new Unsupported(here, "the Groovy method " + ownerName + "#" + method.getName()
                        + " is not supported in a built-in rule file");
            }
            if (!method.isPublic() || !Modifier.isPublic(owner.getModifiers())) {
                throw new Unsupported(here, ownerName + "#" + method.getName() + " is not public");
            }
        }

        /** {@code arguments} of {@code call}, for the parameters of {@code target}. */
        private String arguments(Expression call, MethodNode target) {
            Expression arguments = call instanceof MethodCallExpression m ? m.getArguments()
                    : ((StaticMethodCallExpression) call).getArguments();
            return arguments(arguments, target, call);
        }

        private String arguments(Expression arguments, MethodNode target, ASTNode at) {
            List<Expression> list = argumentList(arguments, at);
            StringBuilder java = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                Expression argument = list.get(i);
                if (argument instanceof SpreadExpression) {
                    throw new Unsupported(positioned(argument, at), "a spread argument (*) is not supported");
                }
                java.append(i == 0 ? "" : ", ")
                        .append(expression(argument, parameterType(target, i), positioned(arguments, at)));
            }
            return java.toString();
        }

        private List<Expression> arguments(MethodCallExpression call) {
            return argumentList(call.getArguments(), call);
        }

        private List<Expression> argumentList(Expression arguments, ASTNode at) {
            if (arguments instanceof ArgumentListExpression list) {
                return list.getExpressions();
            }
            if (arguments instanceof TupleExpression tuple && !tuple.getExpressions().isEmpty()
                    && tuple.getExpressions().get(0) instanceof MapExpression) {
                throw new Unsupported(positioned(arguments, at), "named arguments are not supported");
            }
            throw new Unsupported(positioned(arguments, at), what(arguments) + " as arguments is not supported");
        }

        private String staticField(PropertyExpression property, ASTNode here) {
            if (property.getObjectExpression() instanceof ClassExpression type && !property.isSafe()
                    && !property.isSpreadSafe() && property.getPropertyAsString() != null) {
                FieldNode field = type.getType().getField(property.getPropertyAsString());
                if (field != null && field.isStatic() && field.isPublic()
                        && Modifier.isPublic(field.getOwner().getModifiers())) {
                    return javaName(field.getOwner()) + "." + field.getName();
                }
            }
            throw new Unsupported(here, "the property " + property.getText()
                    + " is not supported in a built-in rule file, only public static constants such as ERROR");
        }

        private String list(ListExpression list, ClassNode expected, ASTNode here) {
            String type = expected == null ? "java.lang.Object" : expected.redirect().getName();
            if (!List.of("java.lang.Object", "java.util.List", "java.util.Collection", "java.lang.Iterable").contains(type)) {
                throw new Unsupported(here, "a list literal for a parameter of type " + type + " is not supported");
            }
            if (list.getExpressions().isEmpty()) {
                return "new java.util.ArrayList<>()";
            }
            StringBuilder java = new StringBuilder("new java.util.ArrayList<>(java.util.Arrays.asList(");
            for (int i = 0; i < list.getExpressions().size(); i++) {
                java.append(i == 0 ? "" : ", ").append(expression(list.getExpressions().get(i), null, here));
            }
            return java.append("))").toString();
        }

        /**
         * The statements of a block, the last {@code return} (added by Groovy to scripts and closures) included; an
         * earlier {@code return} is reported and left out.
         */
        private List<Statement> statements(Statement code) {
            List<Statement> statements = new ArrayList<>();
            collect(code, statements);
            for (int i = statements.size() - 2; i >= 0; i--) {
                if (statements.get(i) instanceof ReturnStatement) {
                    problem(statements.remove(i), "return is not supported in a built-in rule file");
                }
            }
            return statements;
        }

        private void collect(Statement code, List<Statement> statements) {
            if (code instanceof BlockStatement block) {
                for (Statement statement : block.getStatements()) {
                    collect(statement, statements);
                }
            } else if (code != null && !(code instanceof EmptyStatement)) {
                statements.add(code);
            }
        }

        private void problem(ASTNode node, String message) {
            if (node != null && node.getLineNumber() > 0) {
                found.add(new Problem(node.getLineNumber(), node.getColumnNumber(), source.displayName() + ":"
                        + node.getLineNumber() + ":" + node.getColumnNumber() + ": " + message));
            } else {
                found.add(new Problem(0, 0, source.displayName() + ": " + message));
            }
        }
    }

    /** The expression of an expression statement or of a (last) return statement; null for other statements. */
    private static Expression expressionOf(Statement statement) {
        if (statement instanceof ExpressionStatement expression) {
            return expression.getExpression();
        }
        if (statement instanceof ReturnStatement ret && !ret.isReturningNullOrVoid()) {
            return ret.getExpression();
        }
        return null;
    }

    private static MethodNode target(Expression call) {
        return call.getNodeMetaData(StaticTypesMarker.DIRECT_METHOD_CALL_TARGET) instanceof MethodNode method
                ? method : null;
    }

    private static boolean isRuleMethod(MethodNode method) {
        return method.getName().equals("rule") && method.getDeclaringClass().equals(RULE_SCRIPT);
    }

    /** The method of {@code twinClass} with the name and parameters of {@code method}. */
    private static MethodNode twin(ClassNode twinClass, MethodNode method, boolean isStatic, ASTNode at) {
        MethodNode twin = twinClass.getDeclaredMethod(method.getName(), method.getParameters());
        if (twin == null || twin.isStatic() != isStatic || !twin.isPublic()
                || !twin.getReturnType().equals(method.getReturnType())) {
            throw new Unsupported(at, method.getDeclaringClass().getNameWithoutPackage() + "#" + method.getName()
                    + " has no twin in " + twinClass.getName() + " (a public " + (isStatic ? "static " : "")
                    + "method with the same name, parameters and result)");
        }
        return twin;
    }

    /** The value of a string constant or of strings joined with {@code +}; null for anything else. */
    private static String constantString(Expression expression) {
        if (expression instanceof ConstantExpression constant && constant.getValue() instanceof String text) {
            return text;
        }
        if (expression instanceof BinaryExpression binary && binary.getOperation().getType() == Types.PLUS) {
            String left = constantString(binary.getLeftExpression());
            String right = constantString(binary.getRightExpression());
            return left != null && right != null ? left + right : null;
        }
        // Static compilation turns 'a' + 'b' into 'a'.plus('b') (a String extension method).
        if (expression instanceof MethodCallExpression call && "plus".equals(call.getMethodAsString())
                && !call.isImplicitThis() && !call.isSafe() && !call.isSpreadSafe()
                && call.getArguments() instanceof ArgumentListExpression args && args.getExpressions().size() == 1) {
            MethodNode target = target(call);
            if (target != null && !(target instanceof ExtensionMethodNode)) {
                return null;
            }
            String left = constantString(call.getObjectExpression());
            String right = constantString(args.getExpression(0));
            return left != null && right != null ? left + right : null;
        }
        return null;
    }

    private static String constant(Object value, boolean negative, ClassNode expected, ASTNode here) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long number = ((Number) value).longValue() * (negative ? -1 : 1);
            String type = expected == null ? "" : ClassHelper.getUnwrapper(expected).getName();
            return switch (type) {
                case "long" -> number + "L";
                case "int" -> Long.toString(number);
                case "short" -> "(short) " + number;
                case "byte" -> "(byte) " + number;
                case "double" -> number + ".0d";
                case "float" -> number + ".0f";
                default -> value instanceof Long ? number + "L" : Long.toString(number);
            };
        }
        throw new Unsupported(here, "the constant " + value + " (" + value.getClass().getSimpleName()
                + ") is not supported in a built-in rule file, only strings, whole numbers, booleans and null");
    }

    /**
     * The type of the parameter that argument {@code index} goes to. A trailing array parameter takes the remaining
     * arguments one element each (no supported argument is an array).
     */
    private static ClassNode parameterType(MethodNode method, int index) {
        Parameter[] parameters = method.getParameters();
        if (parameters.length == 0) {
            return null;
        }
        int last = parameters.length - 1;
        if (index < last) {
            return parameters[index].getType();
        }
        ClassNode type = parameters[last].getType();
        return type.isArray() ? type.getComponentType() : index == last ? type : null;
    }

    private static ASTNode positioned(ASTNode node, ASTNode fallback) {
        return node != null && node.getLineNumber() > 0 ? node : fallback;
    }

    /** A Java string literal with the value {@code text}. */
    static String javaString(String text) {
        StringBuilder java = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // Octal, not a unicode escape: javac reads those before lexing, so \\u000a would end the line.
                        java.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        java.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        java.append(c);
                    }
                }
            }
        }
        return java.append('"').toString();
    }

    private static String javaString(String text, ASTNode here) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        if (bytes > MAX_CONSTANT_BYTES) {
            throw new Unsupported(here, "a string of " + bytes + " bytes is longer than a Java constant may be");
        }
        return javaString(text);
    }

    /** The Java source name of a (possibly nested) class. */
    private static String javaName(ClassNode type) {
        if (type.isResolved() && type.getTypeClass().getCanonicalName() != null) {
            return type.getTypeClass().getCanonicalName();
        }
        return type.getName().replace('$', '.');
    }

    /** A construct's name in messages. */
    private static String what(ASTNode node) {
        if (node instanceof ClosureExpression) {
            return "a closure";
        }
        if (node instanceof LambdaExpression) {
            return "a lambda";
        }
        if (node instanceof DeclarationExpression declaration) {
            return "a variable declaration (" + declaration.getLeftExpression().getText() + ")";
        }
        if (node instanceof VariableExpression variable) {
            return "a variable (" + variable.getName() + ")";
        }
        if (node instanceof ForStatement || node instanceof WhileStatement || node instanceof DoWhileStatement) {
            return "a loop";
        }
        if (node instanceof IfStatement) {
            return "an if statement";
        }
        if (node instanceof SwitchStatement) {
            return "a switch statement";
        }
        if (node instanceof TryCatchStatement) {
            return "a try statement";
        }
        if (node instanceof GStringExpression) {
            return "an interpolated string (GString)";
        }
        if (node instanceof TernaryExpression) {
            return "a conditional expression";
        }
        if (node instanceof MethodPointerExpression) {
            return "a method pointer";
        }
        if (node instanceof ConstructorCallExpression) {
            return "a constructor call (new)";
        }
        if (node instanceof CastExpression) {
            return "a cast";
        }
        if (node instanceof MapExpression) {
            return "a map";
        }
        if (node instanceof BinaryExpression binary) {
            return "the operator " + binary.getOperation().getText();
        }
        if (node instanceof MethodCallExpression call) {
            return "the call of " + call.getMethodAsString();
        }
        String kind = node.getClass().getSimpleName().replaceAll("(Expression|Statement)$", "");
        return "a " + kind.toLowerCase(Locale.ROOT) + " " + (node instanceof Statement ? "statement" : "expression");
    }

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
