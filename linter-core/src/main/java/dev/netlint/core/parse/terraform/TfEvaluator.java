package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclBody;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclExpr.TraversalStep;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.parse.terraform.TfValue.Bool;
import dev.netlint.core.parse.terraform.TfValue.ListV;
import dev.netlint.core.parse.terraform.TfValue.MapV;
import dev.netlint.core.parse.terraform.TfValue.Null;
import dev.netlint.core.parse.terraform.TfValue.Num;
import dev.netlint.core.parse.terraform.TfValue.Ref;
import dev.netlint.core.parse.terraform.TfValue.Str;
import dev.netlint.core.parse.terraform.TfValue.Unknown;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Three-valued evaluation of Terraform expressions within one module (RULES.md §1.1). Resolves literals, variables
 * (tfvars over defaults), locals, operators, templates, the functions of {@link TfFunctions}, {@code count}/
 * {@code for_each} bindings and references to other resources: a configured attribute resolves to its value, a
 * computed one ({@code .id}) to a {@link Ref}. Module outputs, data sources, variables without value, splats and
 * {@code for} expressions are unknown with a reason. Nothing here does I/O except through {@link ModuleFiles}.
 *
 * <p>Cycles (locals or resource attributes that refer to each other) and runaway depth give unknown values.
 */
final class TfEvaluator {

    /** Deeper reference chains than this are not followed; real configurations stay far below it. */
    private static final int MAX_DEPTH = 64;

    private final TerraformModule module;
    private final HclLoader templateParser;
    private final TfFunctions functions;
    private final ModuleFiles files;
    private final Map<String, TfValue> localValues = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final Map<String, List<ResourceInstance>> instances = new HashMap<>();
    private final Map<String, TfValue> outputValues = new HashMap<>();
    private final Map<String, TfValue> variableValues = new HashMap<>();
    private final TfForExpressions forExpressions = new TfForExpressions((e, b) -> eval(e, b, false));
    private final String prefix;
    private final java.util.function.Function<String, TfValue> inputs;
    private final ExpansionBudget budget;
    private ModuleCalls moduleCalls = ModuleCalls.NONE;
    private int depth;

    TfEvaluator(TerraformModule module, ScanScope scope, HclLoader templateParser) {
        this(module, scope, templateParser, "", null, new ExpansionBudget());
    }

    /**
     * An evaluator for a child module: resource addresses start with {@code prefix} ({@code module.nodes.}), and
     * {@code inputs} gives the caller's argument for a variable (null when the caller sets none).
     */
    TfEvaluator(TerraformModule module, ScanScope scope, HclLoader templateParser, String prefix,
                java.util.function.Function<String, TfValue> inputs, ExpansionBudget budget) {
        this.budget = budget;
        this.module = module;
        this.templateParser = templateParser;
        this.files = new ModuleFiles(module.directory(), scope);
        this.functions = new TfFunctions(files, this::renderTemplate);
        this.prefix = prefix;
        this.inputs = inputs;
    }

    /** How {@code module.x.output} references resolve; without it they are unknown ("module output"). */
    void setModuleCalls(ModuleCalls calls) {
        this.moduleCalls = calls;
    }

    String prefix() {
        return prefix;
    }

    /** The budget this evaluator and the evaluators of the modules it calls share. */
    ExpansionBudget budget() {
        return budget;
    }

    TerraformModule module() {
        return module;
    }

    /** How this module's {@code file()} reads files, for readers of the text of a named file. */
    ModuleFiles files() {
        return files;
    }

    /** The template parser {@code templatefile()} uses, for readers of a template's parts. */
    HclLoader templates() {
        return templateParser;
    }

    /** The value of this module's {@code output "name"}, as a caller sees {@code module.x.name}. */
    TfValue output(String name, Location at) {
        TfValue cached = outputValues.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<HclAttribute> value = module.output(name).flatMap(o -> o.body().attribute("value"));
        if (value.isEmpty()) {
            return TfValue.unknown("module output " + name + " is not declared", at);
        }
        String key = "output." + name;
        if (!inProgress.add(key)) {
            return TfValue.unknown("output " + name + " refers to itself", at);
        }
        try {
            TfValue result = evaluate(value.get().expr(), Bindings.NONE);
            outputValues.put(name, result);
            return result;
        } finally {
            inProgress.remove(key);
        }
    }

    /** Resolves {@code module.<name>...}; see {@link TerraformLoader}. */
    interface ModuleCalls {
        ModuleCalls NONE = (name, steps, bindings, at) -> TfValue.unknown("module output", at);

        /** The value of {@code module.<name>} followed by {@code steps} (the first step names the module). */
        TfValue reference(String name, List<TraversalStep> steps, Bindings bindings, Location at);
    }

    /** The value of {@code expr}, located at {@code expr}. */
    TfValue evaluate(HclExpr expr, Bindings bindings) {
        return eval(expr, bindings, false);
    }

    /**
     * Like {@link #evaluate}, but a reference to another resource stays a {@link Ref} even when that attribute is
     * configured, as wanted for id-like settings ({@code cluster_name = aws_eks_cluster.main.name}).
     */
    TfValue evaluateReference(HclExpr expr, Bindings bindings) {
        return eval(expr, bindings, true);
    }

    // ---------------------------------------------------------------------------------------------------------
    // count and for_each

    /** The instances of a resource block, expanded by {@code count} or {@code for_each} when those are known. */
    List<ResourceInstance> instances(HclBlock resource) {
        String type = resource.label(0);
        String name = resource.label(1);
        String address = prefix + type + "." + name;
        List<ResourceInstance> cached = instances.get(address);
        if (cached != null) {
            return cached;
        }
        List<ResourceInstance> expanded = expand(type, name, address, resource);
        instances.put(address, expanded);
        return expanded;
    }

    private List<ResourceInstance> expand(String type, String name, String address, HclBlock resource) {
        Optional<HclAttribute> count = resource.body().attribute("count");
        Optional<HclAttribute> forEach = resource.body().attribute("for_each");
        if (count.isPresent()) {
            TfValue value = evaluate(count.get().expr(), Bindings.NONE);
            BigInteger n = TfFunctions.integerOrNull(value);
            if (n == null || n.signum() < 0 || !withinBudget(n, "count", type + "." + name, count.get())) {
                TfValue unknownIndex = TfValue.unknown("count of " + address + " is not known", count.get().location());
                return List.of(new ResourceInstance(type, name, address, resource, Bindings.forCount(unknownIndex),
                        this));
            }
            List<ResourceInstance> result = new ArrayList<>();
            for (int i = 0; i < n.intValue(); i++) {
                result.add(new ResourceInstance(type, name, address + "[" + i + "]", resource,
                        Bindings.forCount(new Num(BigDecimal.valueOf(i), count.get().expr().location())), this));
            }
            return List.copyOf(result);
        }
        if (forEach.isPresent()) {
            Optional<Map<String, TfValue>> entries = forEachEntries(evaluate(forEach.get().expr(), Bindings.NONE));
            if (entries.isEmpty() || !withinBudget(BigInteger.valueOf(entries.get().size()), "for_each",
                    type + "." + name, forEach.get())) {
                TfValue unknownKey = TfValue.unknown("for_each of " + address + " is not known",
                        forEach.get().location());
                return List.of(new ResourceInstance(type, name, address, resource,
                        Bindings.forEach(unknownKey, unknownKey), this));
            }
            List<ResourceInstance> result = new ArrayList<>();
            Location at = forEach.get().expr().location();
            entries.get().forEach((key, value) -> result.add(new ResourceInstance(type, name,
                    address + "[\"" + key + "\"]", resource, Bindings.forEach(new Str(key, at), value), this)));
            return List.copyOf(result);
        }
        budget.takeResourceInstances(1); // a single instance always fits; it still counts towards the total
        return List.of(new ResourceInstance(type, name, address, resource, Bindings.NONE, this));
    }

    /**
     * True when {@code n} instances of one resource fit the budget (and are taken from it); otherwise refuses them
     * at the {@code count}/{@code for_each} attribute, and the resource is linted as one instance standing for all.
     */
    private boolean withinBudget(BigInteger n, String meta, String resource, HclAttribute attribute) {
        String written = meta.equals("count") ? "count = " + n : "for_each over " + n + " entries";
        String unknownClause = meta.equals("count") ? "count.index is unknown" : "each.key and each.value are unknown";
        if (n.compareTo(BigInteger.valueOf(ExpansionBudget.MAX_INSTANCES_PER_RESOURCE)) > 0) {
            budget.refuse(attribute.location(), written + " exceeds netlint's limit of "
                    + ExpansionBudget.count(ExpansionBudget.MAX_INSTANCES_PER_RESOURCE) + " instances per resource; "
                    + resource + " is linted as one instance whose " + unknownClause);
            budget.takeResourceInstances(1);
            return false;
        }
        if (!budget.takeResourceInstances(n.longValue())) {
            budget.refuse(attribute.location(), written + " would take this configuration (with its modules) beyond "
                    + "netlint's limit of " + ExpansionBudget.count(ExpansionBudget.MAX_INSTANCES_TOTAL)
                    + " resource instances in all; " + resource + " is linted as one instance whose " + unknownClause);
            budget.takeResourceInstances(1);
            return false;
        }
        return true;
    }

    /**
     * The keys and values a {@code for_each} (or a {@code dynamic} block over a map) iterates, in Terraform's order:
     * map keys sorted; a set of strings keyed by itself. Empty when the collection or any key is not known.
     */
    Optional<Map<String, TfValue>> forEachEntries(TfValue collection) {
        Map<String, TfValue> entries = new TreeMap<>();
        if (collection instanceof MapV map) {
            entries.putAll(map.entries());
            return Optional.of(entries);
        }
        if (collection instanceof ListV list) {
            for (TfValue item : list.items()) {
                Optional<String> key = TfFunctions.asText(item);
                if (key.isEmpty()) {
                    return Optional.empty();
                }
                entries.put(key.get(), item);
            }
            return Optional.of(entries);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // expressions

    private TfValue eval(HclExpr expr, Bindings bindings, boolean preferReferences) {
        if (!budget.spend(1, expr.location())) {
            return TfValue.unknown("netlint's evaluation budget for this configuration is spent", expr.location());
        }
        if (depth >= MAX_DEPTH) {
            return TfValue.unknown("references nested too deeply", expr.location());
        }
        depth++;
        TfValue value;
        try {
            value = evalUnguarded(expr, bindings, preferReferences);
        } finally {
            depth--;
        }
        if (expr instanceof HclExpr.FunctionCall || expr instanceof HclExpr.Template) {
            budget.spend(ExpansionBudget.sizeOf(value), expr.location()); // what the call or template built
        }
        return ExpansionBudget.sizeOf(value) > ExpansionBudget.MAX_VALUE_SIZE ? tooLarge(expr.location()) : value;
    }

    /**
     * Spends the size of a value the model is about to hold (a setting of a resource instance, the collection of a
     * {@code dynamic} block): a value shared by reference costs nothing to evaluate, but every instance's model
     * copies it. Unknown once the budget is spent.
     */
    TfValue charge(TfValue value) {
        if (!budget.spend(ExpansionBudget.sizeOf(value), value.location())) {
            return TfValue.unknown("netlint's evaluation budget for this configuration is spent", value.location());
        }
        return value;
    }

    /** Refuses a value beyond {@link ExpansionBudget#MAX_VALUE_SIZE} at the expression that builds it. */
    private TfValue tooLarge(Location at) {
        budget.refuse(at, "this expression builds a value larger than netlint's limit of "
                + ExpansionBudget.count(ExpansionBudget.MAX_VALUE_SIZE) + " (list items, map entries and string "
                + "characters, repetitions counted); it is unknown, so no rule fires on it");
        return TfValue.unknown("the value is larger than netlint's limit", at);
    }

    private TfValue evalUnguarded(HclExpr expr, Bindings bindings, boolean refs) {
        Location at = expr.location();
        if (expr instanceof HclExpr.Literal literal) {
            Object value = literal.value();
            if (value instanceof String s) return new Str(s, at);
            if (value instanceof BigDecimal n) return new Num(n, at);
            if (value instanceof Boolean b) return new Bool(b, at);
            return new Null(at);
        }
        if (expr instanceof HclExpr.Template template) {
            return template(template, bindings, refs);
        }
        if (expr instanceof HclExpr.Parenthesized group) {
            return eval(group.inner(), bindings, refs).at(at);
        }
        if (expr instanceof HclExpr.TupleCons tuple) {
            List<TfValue> items = new ArrayList<>(tuple.items().size());
            tuple.items().forEach(item -> items.add(eval(item, bindings, refs)));
            return new ListV(items, at);
        }
        if (expr instanceof HclExpr.ObjectCons object) {
            return object(object, bindings, refs);
        }
        if (expr instanceof HclExpr.Traversal traversal) {
            return traversal(traversal, bindings, refs);
        }
        if (expr instanceof HclExpr.RelativeTraversal relative) {
            TfValue source = eval(relative.source(), bindings, refs);
            if (source instanceof Ref whole && whole.attribute().isEmpty()) {
                ResourceInstance instance = instanceAt(whole.address());
                return instance == null || relative.steps().isEmpty()
                        ? TfValue.unknown("reference to the whole of " + whole.address(), at)
                        : instanceAttribute(instance, relative.steps(), 0, bindings, refs, at);
            }
            return applySteps(source, relative.steps(), 0, bindings, at);
        }
        if (expr instanceof HclExpr.FunctionCall call) {
            return call(call, bindings, refs);
        }
        if (expr instanceof HclExpr.Unary unary) {
            return unary(unary.operator(), eval(unary.operand(), bindings, refs), at);
        }
        if (expr instanceof HclExpr.Binary binary) {
            return binary(binary, bindings, refs);
        }
        if (expr instanceof HclExpr.Conditional conditional) {
            return conditional(conditional, bindings, refs);
        }
        if (expr instanceof HclExpr.ResolvedReference ref) {
            return new Ref(ref.address(), ref.attribute(), at);
        }
        if (expr instanceof HclExpr.ForExpr forExpr) {
            return forExpressions.forExpression(forExpr, bindings);
        }
        if (expr instanceof HclExpr.Splat splat) {
            return splat.source() == null ? TfValue.unknown("splat expression", at)
                    : forExpressions.splat(splat, splatSource(splat.source(), bindings, refs), bindings);
        }
        if (expr instanceof HclExpr.SplatItem) {
            TfValue item = bindings.iterators().get(TfForExpressions.SPLAT_ITEM);
            return item == null ? TfValue.unknown("splat item outside a splat", at) : item;
        }
        return TfValue.unknown(((HclExpr.Opaque) expr).reason(), at);
    }

    private TfValue template(HclExpr.Template template, Bindings bindings, boolean refs) {
        Location at = template.location();
        if (template.parts().size() == 1 && !(template.parts().get(0) instanceof HclExpr.Literal)) {
            return eval(template.parts().get(0), bindings, refs).at(at); // "${x}" is x itself
        }
        StringBuilder out = new StringBuilder();
        for (HclExpr part : template.parts()) {
            TfValue value = eval(part, bindings, false);
            Optional<String> text = TfFunctions.asText(value);
            if (text.isEmpty()) {
                return value.isWhollyKnown() ? TfValue.failed("cannot interpolate a " + kind(value), at)
                        : TfFunctions.unknownFrom(value, at);
            }
            if (out.length() + (long) text.get().length() > ExpansionBudget.MAX_VALUE_SIZE) {
                return tooLarge(at);
            }
            out.append(text.get());
        }
        return new Str(out.toString(), at);
    }

    private TfValue object(HclExpr.ObjectCons object, Bindings bindings, boolean refs) {
        Map<String, TfValue> entries = new LinkedHashMap<>();
        for (HclExpr.ObjectItem item : object.items()) {
            Optional<String> key = TfFunctions.asText(eval(item.key(), bindings, false));
            if (key.isEmpty()) {
                return TfValue.unknown("object key is not known", object.location());
            }
            entries.put(key.get(), eval(item.value(), bindings, refs));
        }
        return new MapV(entries, object.location());
    }

    private TfValue call(HclExpr.FunctionCall call, Bindings bindings, boolean refs) {
        List<TfValue> args = new ArrayList<>(call.arguments().size());
        for (HclExpr argument : call.arguments()) {
            args.add(eval(argument, bindings, refs && isCollectionFunction(call.name())));
        }
        if (call.expandFinalArgument() && !args.isEmpty()) {
            TfValue last = args.remove(args.size() - 1);
            if (!(last instanceof ListV list)) {
                return TfFunctions.unknownFrom(last, call.location());
            }
            args.addAll(list.items());
        }
        long size = 0;
        for (TfValue arg : args) {
            size += ExpansionBudget.sizeOf(arg);
        }
        if (size > ExpansionBudget.MAX_VALUE_SIZE) { // every function's result is about the size of its arguments
            return tooLarge(call.location());
        }
        return functions.call(call.name(), args, call.location());
    }

    /** Functions that only pass values through, so references inside them stay references. */
    private static boolean isCollectionFunction(String name) {
        return switch (name) {
            case "concat", "tolist", "toset", "flatten", "element", "try", "coalesce", "coalescelist", "lookup",
                    "merge", "distinct", "compact" -> true;
            default -> false;
        };
    }

    private TfValue unary(String operator, TfValue operand, Location at) {
        if (operator.equals("!")) {
            if (operand instanceof Bool b) return new Bool(!b.value(), at);
            Optional<Boolean> parsed = asBool(operand);
            return parsed.isPresent() ? new Bool(!parsed.get(), at) : notKnownOrFailed(operand, "!", at);
        }
        Optional<BigDecimal> number = TfFunctions.asNumber(operand);
        return number.isPresent() ? new Num(number.get().negate(), at) : notKnownOrFailed(operand, "-", at);
    }

    private TfValue binary(HclExpr.Binary binary, Bindings bindings, boolean refs) {
        Location at = binary.location();
        String op = binary.operator();
        TfValue left = eval(binary.left(), bindings, false);
        if (op.equals("&&") || op.equals("||")) {
            return logical(op, left, () -> eval(binary.right(), bindings, false), at);
        }
        TfValue right = eval(binary.right(), bindings, false);
        if (op.equals("==") || op.equals("!=")) {
            if (!left.isWhollyKnown() || !right.isWhollyKnown()) {
                return TfFunctions.unknownFrom(left.isWhollyKnown() ? right : left, at);
            }
            boolean same = TfValue.sameValue(left, right);
            return new Bool(op.equals("==") == same, at);
        }
        Optional<BigDecimal> a = TfFunctions.asNumber(left);
        Optional<BigDecimal> b = TfFunctions.asNumber(right);
        if (a.isEmpty() || b.isEmpty()) {
            return notKnownOrFailed(a.isEmpty() ? left : right, op, at);
        }
        return switch (op) {
            case "+" -> new Num(a.get().add(b.get()), at);
            case "-" -> new Num(a.get().subtract(b.get()), at);
            case "*" -> new Num(a.get().multiply(b.get()), at);
            case "/" -> b.get().signum() == 0 ? TfValue.failed("division by zero", at)
                    : new Num(a.get().divide(b.get(), MathContext.DECIMAL128), at);
            case "%" -> b.get().signum() == 0 ? TfValue.failed("division by zero", at)
                    : new Num(a.get().remainder(b.get()), at);
            case ">" -> new Bool(a.get().compareTo(b.get()) > 0, at);
            case ">=" -> new Bool(a.get().compareTo(b.get()) >= 0, at);
            case "<" -> new Bool(a.get().compareTo(b.get()) < 0, at);
            case "<=" -> new Bool(a.get().compareTo(b.get()) <= 0, at);
            default -> TfValue.unknown("operator " + op + " is not evaluated", at);
        };
    }

    /** Short-circuit three-valued logic: {@code false && unknown} is false, {@code true || unknown} is true. */
    private TfValue logical(String op, TfValue left, java.util.function.Supplier<TfValue> rightSupplier, Location at) {
        boolean isAnd = op.equals("&&");
        Optional<Boolean> a = asBool(left);
        if (a.isPresent() && a.get() != isAnd) {
            return new Bool(!isAnd, at);
        }
        TfValue right = rightSupplier.get();
        Optional<Boolean> b = asBool(right);
        if (b.isPresent() && b.get() != isAnd) {
            return new Bool(!isAnd, at);
        }
        if (a.isPresent() && b.isPresent()) {
            return new Bool(isAnd, at);
        }
        return notKnownOrFailed(a.isEmpty() ? left : right, op, at);
    }

    private TfValue conditional(HclExpr.Conditional conditional, Bindings bindings, boolean refs) {
        Location at = conditional.location();
        TfValue condition = eval(conditional.condition(), bindings, false);
        Optional<Boolean> test = asBool(condition);
        if (test.isPresent()) {
            return eval(test.get() ? conditional.whenTrue() : conditional.whenFalse(), bindings, refs);
        }
        TfValue whenTrue = eval(conditional.whenTrue(), bindings, refs);
        TfValue whenFalse = eval(conditional.whenFalse(), bindings, refs);
        if (whenTrue.isWhollyKnown() && TfValue.sameValue(whenTrue, whenFalse)) {
            return whenTrue; // either branch gives the same value
        }
        return TfFunctions.unknownFrom(condition, at);
    }

    private static Optional<Boolean> asBool(TfValue value) {
        if (value instanceof Bool b) return Optional.of(b.value());
        if (value instanceof Str s && (s.value().equals("true") || s.value().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(s.value()));
        }
        return Optional.empty();
    }

    private static TfValue notKnownOrFailed(TfValue operand, String op, Location at) {
        return operand.isWhollyKnown() ? TfValue.failed("operator " + op + " does not apply to a " + kind(operand), at)
                : TfFunctions.unknownFrom(operand, at);
    }

    private static String kind(TfValue value) {
        if (value instanceof ListV) return "list";
        if (value instanceof MapV) return "map";
        if (value instanceof Null) return "null";
        return "value";
    }

    // ---------------------------------------------------------------------------------------------------------
    // references

    private TfValue traversal(HclExpr.Traversal traversal, Bindings bindings, boolean refs) {
        Location at = traversal.location();
        String root = traversal.root();
        List<TraversalStep> steps = traversal.steps();
        TfValue iterator = bindings.iterators().get(root);
        if (iterator != null) {
            return applySteps(iterator, steps, 0, bindings, at);
        }
        if (bindings.templateOnly()) {
            return TfValue.failed(root + " is not a template variable", at);
        }
        String first = steps.isEmpty() || !(steps.get(0) instanceof TraversalStep.GetAttr g) ? null : g.name();
        switch (root) {
            case "var":
                return first == null ? TfValue.unknown("var without a name", at)
                        : applySteps(variable(first, at), steps, 1, bindings, at);
            case "local":
                return first == null ? TfValue.unknown("local without a name", at)
                        : applySteps(local(first, at), steps, 1, bindings, at);
            case "count":
                if (bindings.countIndex() == null) {
                    return TfValue.unknown("count.index outside a resource with count", at);
                }
                return "index".equals(first) ? bindings.countIndex().at(at) : TfValue.failed("unknown count attribute", at);
            case "each":
                if (bindings.eachKey() == null) {
                    return TfValue.unknown("each outside a resource with for_each", at);
                }
                if ("key".equals(first)) return bindings.eachKey().at(at);
                if ("value".equals(first)) return applySteps(bindings.eachValue(), steps, 1, bindings, at);
                return TfValue.failed("unknown each attribute", at);
            case "path":
                if ("module".equals(first) || "root".equals(first)) {
                    return module.directory() == null ? TfValue.unknown("path of standard input", at)
                            : new Str(".", at);
                }
                return TfValue.unknown("path." + first + " depends on where Terraform runs", at);
            case "module":
                return first == null ? TfValue.unknown("module without a name", at)
                        : moduleCalls.reference(first, steps, bindings, at);
            case "data":
                return TfValue.unknown("data source", at);
            case "self":
                return TfValue.unknown("self reference", at);
            case "terraform":
                return TfValue.unknown("terraform." + first + " depends on where Terraform runs", at);
            default:
                return resourceReference(root, steps, bindings, refs, at);
        }
    }

    private TfValue variable(String name, Location at) {
        TfValue cached = variableValues.get(name);
        if (cached != null) {
            return cached;
        }
        String key = "var." + name;
        if (!inProgress.add(key)) {
            return TfValue.unknown("var." + name + " refers to itself", at);
        }
        try {
            TfValue value = TfTypes.ofVariable(module.variable(name), rawVariable(name, at),
                    d -> evaluate(d, Bindings.NONE));
            variableValues.put(name, value);
            return value;
        } finally {
            inProgress.remove(key);
        }
    }

    private TfValue rawVariable(String name, Location at) {
        if (inputs != null) {
            TfValue given = inputs.apply(name);
            if (given != null) {
                return given;
            }
        } else {
            Optional<String> commandLine = module.commandLineVariable(name);
            if (commandLine.isPresent()) {
                return commandLineValue(name, commandLine.get(), at);
            }
        }
        Optional<HclExpr> assigned = module.variableValue(name);
        if (assigned.isPresent()) {
            return evaluate(assigned.get(), Bindings.NONE);
        }
        Optional<HclBlock> declaration = module.variable(name);
        if (declaration.isEmpty()) {
            return TfValue.unknown("var." + name + " is not declared in this module", at);
        }
        return declaration.get().body().attribute("default")
                .map(d -> evaluate(d.expr(), Bindings.NONE))
                .orElse(TfValue.unknown("var." + name + " has no default", at));
    }

    /**
     * {@code --var name=value}: like Terraform, the text is the string itself for a variable of primitive or no
     * declared type, and an HCL expression for a collection, object or {@code any} type.
     */
    private TfValue commandLineValue(String name, String raw, Location at) {
        boolean complex = module.variable(name).flatMap(v -> v.body().attribute("type")).map(t -> {
            HclExpr type = t.expr();
            if (type instanceof HclExpr.FunctionCall call) {
                return true; // list(...), map(...), set(...), object({...}), tuple([...])
            }
            return type instanceof HclExpr.Traversal tr && tr.steps().isEmpty()
                    && List.of("any", "list", "map", "set").contains(tr.root());
        }).orElse(false);
        Location where = Location.fileStart("--var " + name);
        if (!complex) {
            return new Str(raw, where);
        }
        Optional<HclExpr> parsed = templateParser.parseExpression(raw, where);
        return parsed.isPresent() ? evaluate(parsed.get(), Bindings.NONE)
                : TfValue.failed("--var " + name + " is not a valid HCL value", where);
    }

    private TfValue local(String name, Location at) {
        TfValue cached = localValues.get(name);
        if (cached != null) {
            return cached;
        }
        Optional<HclAttribute> declaration = module.local(name);
        if (declaration.isEmpty()) {
            return TfValue.unknown("local." + name + " is not declared in this module", at);
        }
        String key = "local." + name;
        if (!inProgress.add(key)) {
            return TfValue.unknown("local." + name + " refers to itself", at);
        }
        try {
            TfValue value = evaluate(declaration.get().expr(), Bindings.NONE);
            localValues.put(name, value);
            return value;
        } finally {
            inProgress.remove(key);
        }
    }

    /**
     * The value a splat's source has: for a whole resource with {@code count} ({@code aws_subnet.private[*].id}), one
     * stand-in per instance whose attributes resolve as {@code aws_subnet.private[0].id} would; else the value.
     */
    private TfValue splatSource(HclExpr source, Bindings bindings, boolean refs) {
        if (source instanceof HclExpr.Traversal t && t.steps().size() == 1
                && t.steps().get(0) instanceof TraversalStep.GetAttr nameStep
                && !bindings.iterators().containsKey(t.root()) && !isReservedRoot(t.root())) {
            Optional<HclBlock> block = module.resource(t.root(), nameStep.name());
            if (block.isPresent() && block.get().body().attribute("count").isPresent()) {
                List<ResourceInstance> all = instances(block.get());
                if (all.size() == 1 && all.get(0).address().equals(prefix + t.root() + "." + nameStep.name())) {
                    return TfValue.unknown("count of " + all.get(0).address() + " is not known", t.location());
                }
                List<TfValue> items = new ArrayList<>();
                all.forEach(i -> items.add(new Ref(i.address(), "", t.location())));
                return new ListV(items, t.location());
            }
        }
        return eval(source, bindings, refs);
    }

    private static boolean isReservedRoot(String root) {
        return switch (root) {
            case "var", "local", "count", "each", "path", "module", "data", "self", "terraform" -> true;
            default -> false;
        };
    }

    /** The expanded instance with this address, among those already expanded. */
    private ResourceInstance instanceAt(String address) {
        for (List<ResourceInstance> all : instances.values()) {
            for (ResourceInstance instance : all) {
                if (instance.address().equals(address)) {
                    return instance;
                }
            }
        }
        return null;
    }

    /** {@code type.name[key].attr...}: a configured attribute's value, or a {@link Ref} for a computed one. */
    private TfValue resourceReference(String type, List<TraversalStep> steps, Bindings bindings, boolean refs,
                                      Location at) {
        if (steps.isEmpty() || !(steps.get(0) instanceof TraversalStep.GetAttr nameStep)) {
            return TfValue.unknown(type + " is not a reference netlint knows", at);
        }
        Optional<HclBlock> block = module.resource(type, nameStep.name());
        String baseAddress = prefix + type + "." + nameStep.name();
        if (block.isEmpty()) {
            return TfValue.unknown(baseAddress + " is not declared in this module", at);
        }
        List<ResourceInstance> all = instances(block.get());
        boolean expanded = block.get().body().attribute("count").isPresent()
                || block.get().body().attribute("for_each").isPresent();
        ResourceInstance instance;
        int next = 1;
        if (!expanded) {
            instance = all.get(0);
        } else {
            if (steps.size() < 2 || !(steps.get(1) instanceof TraversalStep.Index index)) {
                return TfValue.unknown("reference to all instances of " + baseAddress, at);
            }
            next = 2;
            if (all.size() == 1 && all.get(0).address().equals(baseAddress)) {
                instance = all.get(0); // count/for_each unknown: one instance stands for all
            } else {
                TfValue key = evaluate(index.key(), bindings);
                Optional<String> keyText = TfFunctions.asText(key);
                if (keyText.isEmpty()) {
                    return TfFunctions.unknownFrom(key, at);
                }
                String wanted = block.get().body().attribute("for_each").isPresent()
                        ? baseAddress + "[\"" + keyText.get() + "\"]" : baseAddress + "[" + keyText.get() + "]";
                instance = all.stream().filter(i -> i.address().equals(wanted)).findFirst().orElse(null);
                if (instance == null) {
                    return TfValue.failed(wanted + " does not exist", at);
                }
            }
        }
        if (next >= steps.size()) {
            return TfValue.unknown("reference to the whole of " + instance.address(), at);
        }
        return instanceAttribute(instance, steps, next, bindings, refs, at);
    }

    private TfValue instanceAttribute(ResourceInstance instance, List<TraversalStep> steps, int from,
                                      Bindings bindings, boolean refs, Location at) {
        if (refs) {
            return new Ref(instance.address(), path(steps, from, bindings), at);
        }
        HclBody body = instance.block().body();
        int i = from;
        while (i < steps.size() && steps.get(i) instanceof TraversalStep.GetAttr attr) {
            Optional<HclAttribute> configured = body.attribute(attr.name());
            if (configured.isPresent() && !isMetaArgument(attr.name())) {
                String key = instance.address() + "." + path(steps, from, bindings);
                if (!inProgress.add(key)) {
                    return TfValue.unknown(key + " refers to itself", at);
                }
                try {
                    TfValue value = evaluate(configured.get().expr(), instance.bindings());
                    return applySteps(value, steps, i + 1, bindings, at);
                } finally {
                    inProgress.remove(key);
                }
            }
            List<HclBlock> nested = body.blocks(attr.name());
            if (nested.isEmpty() || i + 1 >= steps.size()
                    || !(steps.get(i + 1) instanceof TraversalStep.Index index)) {
                break;
            }
            BigInteger position = TfFunctions.integerOrNull(evaluate(index.key(), bindings));
            if (position == null || position.signum() < 0 || position.intValue() >= nested.size()) {
                break;
            }
            body = nested.get(position.intValue()).body();
            i += 2;
        }
        return new Ref(instance.address(), path(steps, from, bindings), at);
    }

    private static boolean isMetaArgument(String name) {
        return name.equals("count") || name.equals("for_each") || name.equals("provider")
                || name.equals("depends_on");
    }

    /** {@code vpc_config[0].cluster_security_group_id}: the steps as Terraform writes them. */
    private String path(List<TraversalStep> steps, int from, Bindings bindings) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < steps.size(); i++) {
            TraversalStep step = steps.get(i);
            if (step instanceof TraversalStep.GetAttr attr) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(attr.name());
            } else {
                TfValue key = evaluate(((TraversalStep.Index) step).key(), bindings);
                if (key instanceof Num n) {
                    out.append('[').append(n.text()).append(']');
                } else if (key instanceof Str s) {
                    out.append("[\"").append(s.value()).append("\"]");
                } else {
                    out.append("[?]");
                }
            }
        }
        return out.toString();
    }

    /** Applies attribute and index steps to a value. */
    TfValue applySteps(TfValue value, List<TraversalStep> steps, int from, Bindings bindings, Location at) {
        TfValue current = value;
        for (int i = from; i < steps.size(); i++) {
            TraversalStep step = steps.get(i);
            if (current instanceof Unknown) {
                return current.at(at);
            }
            if (current instanceof Ref ref) {
                if (ref.attribute().isEmpty()) {
                    ResourceInstance instance = instanceAt(ref.address());
                    return instance == null ? TfValue.unknown("reference to the whole of " + ref.address(), at)
                            : instanceAttribute(instance, steps, i, bindings, false, at);
                }
                String suffix = path(steps, i, bindings);
                String joined = suffix.startsWith("[") ? ref.attribute() + suffix : ref.attribute() + "." + suffix;
                return new Ref(ref.address(), joined, at);
            }
            if (step instanceof TraversalStep.GetAttr attr) {
                if (!(current instanceof MapV map)) {
                    return TfValue.failed("no attribute " + attr.name() + " on a " + kind(current), at);
                }
                TfValue found = map.entries().get(attr.name());
                if (found == null) {
                    return TfValue.failed("no attribute " + attr.name(), at);
                }
                current = found;
            } else {
                TfValue key = evaluate(((TraversalStep.Index) step).key(), bindings);
                if (!key.isWhollyKnown()) {
                    return TfFunctions.unknownFrom(key, at);
                }
                if (current instanceof ListV list) {
                    BigInteger index = TfFunctions.integerOrNull(key);
                    if (index == null || index.signum() < 0 || index.compareTo(BigInteger.valueOf(list.items().size())) >= 0) {
                        return TfValue.failed("index out of range", at);
                    }
                    current = list.items().get(index.intValue());
                } else if (current instanceof MapV map) {
                    TfValue found = TfFunctions.asText(key).map(map.entries()::get).orElse(null);
                    if (found == null) {
                        return TfValue.failed("no key " + TfFunctions.asText(key).orElse("?"), at);
                    }
                    current = found;
                } else {
                    return TfValue.failed("cannot index a " + kind(current), at);
                }
            }
        }
        return current;
    }

    // ---------------------------------------------------------------------------------------------------------
    // templatefile()

    private TfValue renderTemplate(String template, Map<String, TfValue> variables, Location at) {
        if (!template.contains("${") && !template.contains("%{")) {
            return new Str(template.replace("$${", "${").replace("%%{", "%{"), at);
        }
        HclExpr parsed = templateParser.parseTemplate(template, at);
        return evaluate(parsed, Bindings.templateVariables(variables)).at(at);
    }
}
