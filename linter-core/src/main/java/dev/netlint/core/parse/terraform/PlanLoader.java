package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Workspace;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclBody;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a Terraform plan ({@code terraform show -json plan.out > plan.json}) into the same model as configuration:
 * every managed resource of {@code planned_values} (root and child modules, instances expanded by Terraform) becomes
 * a resource instance whose attributes are the planned values. A value the plan only knows after apply
 * ({@code resource_changes[].change.after_unknown}) is a reference when the configuration's expression for it
 * refers to exactly that resource attribute (how a launch template names its security group), and unknown
 * otherwise, so no rule fires on it; a computed attribute the configuration does not set is left out, as it is
 * in the configuration itself.
 *
 * <p>Plans carry no line numbers. A resource is located at its {@code resource "type" "name"} block when the
 * configuration's files (the plan's folder, and local module folders below it through {@code module_calls})
 * are inside the scan scope; otherwise at its {@code "address"} in the plan file.
 */
public final class PlanLoader {

    private static final Set<String> NOT_RESOURCES = Set.of("var", "local", "module", "data", "each", "count",
            "path", "self", "terraform");
    private static final Pattern RESOURCE_REFERENCE =
            Pattern.compile("^([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+(?:\\[[^\\]]+\\])?)\\.(.+)$");

    private final ScanScope scope;
    private final Map<Path, Map<String, Location>> blocksByFolder = new HashMap<>();

    public PlanLoader(ScanScope scope) {
        this.scope = scope;
    }

    /** True for a document {@code terraform show -json} wrote for a plan. */
    public static boolean isPlan(PNode document) {
        PMap map = document == null ? null : document.asMap();
        return map != null && map.get("format_version") != null && map.map("planned_values") != null;
    }

    /**
     * Maps the plan's resources into {@code into}. {@code planFile} is the plan's path (null for standard input)
     * and {@code displayFolder} its folder as findings show it.
     */
    public List<ParseProblem> load(PMap plan, Path planFile, String displayFolder, Workspace.Builder into) {
        List<ParseProblem> problems = new ArrayList<>();
        Map<String, PMap> afterUnknown = new HashMap<>();
        PList changes = plan.list("resource_changes");
        if (changes != null) {
            for (PNode change : changes.items()) {
                PMap c = change.asMap();
                if (c != null && c.text("address") != null && c.at("change", "after_unknown") instanceof PMap u) {
                    afterUnknown.put(c.text("address"), u);
                }
            }
        }
        PMap configuration = plan.map("configuration");
        PMap rootConfig = configuration == null ? null : configuration.map("root_module");
        Path folder = planFile == null ? null : planFile.toAbsolutePath().normalize().getParent();
        TfEvaluator evaluator = new TfEvaluator(new TerraformModule(null, List.of()), scope,
                new dev.netlint.core.parse.hcl.HclLoader());
        List<ResourceInstance> instances = new ArrayList<>();
        PMap root = plan.map("planned_values").map("root_module");
        if (root != null) {
            collect(root, new PlanScope("", rootConfig, folder, displayFolder), afterUnknown, evaluator, instances);
        }
        Location start = plan.location();
        TerraformLoader.ModuleMapping.mapAll(evaluator, instances, problems, start, into);
        problems.addAll(evaluator.budget().refusals());
        return problems;
    }

    /** A module of the plan: address prefix ({@code module.a.}), its configuration, and its files' folder. */
    private record PlanScope(String prefix, PMap config, Path folder, String displayFolder) {

        /** The scope of {@code module.name[...]} as the configuration describes it. */
        PlanScope child(String callName, String instancePrefix) {
            PMap call = config == null ? null : asMap(config.at("module_calls", callName));
            PMap childConfig = call == null ? null : call.map("module");
            String source = call == null ? null : call.text("source");
            Path childFolder = null;
            String childDisplay = displayFolder;
            if (folder != null && source != null && TerraformLoader.isLocalSource(source)) {
                childFolder = folder.resolve(source).normalize();
                childDisplay = TerraformLoader.joinDisplay(displayFolder, source);
            }
            return new PlanScope(instancePrefix, childConfig, childFolder, childDisplay);
        }
    }

    private static PMap asMap(PNode node) {
        return node == null ? null : node.asMap();
    }

    private void collect(PMap module, PlanScope scope, Map<String, PMap> afterUnknown, TfEvaluator evaluator,
                         List<ResourceInstance> out) {
        PList resources = module.list("resources");
        if (resources != null) {
            for (PNode node : resources.items()) {
                PMap resource = node.asMap();
                if (resource == null || !"managed".equals(resource.text("mode"))) {
                    continue;
                }
                String address = resource.text("address");
                String type = resource.text("type");
                String name = resource.text("name");
                if (address == null || type == null || name == null) {
                    continue;
                }
                out.add(instance(resource, address, type, name, scope, afterUnknown.get(address), evaluator));
            }
        }
        PList children = module.list("child_modules");
        if (children != null) {
            for (PNode node : children.items()) {
                PMap child = node.asMap();
                String address = child == null ? null : child.text("address");
                if (address == null || !address.startsWith(scope.prefix() + "module.")) {
                    continue;
                }
                String rest = address.substring(scope.prefix().length() + "module.".length());
                int bracket = rest.indexOf('[');
                String callName = bracket < 0 ? rest : rest.substring(0, bracket);
                collect(child, scope.child(callName, address + "."), afterUnknown, evaluator, out);
            }
        }
    }

    private ResourceInstance instance(PMap resource, String address, String type, String name, PlanScope scope,
                                      PMap unknown, TfEvaluator evaluator) {
        PMap expressions = null;
        if (scope.config() != null && scope.config().list("resources") != null) {
            for (PNode node : scope.config().list("resources").items()) {
                PMap config = node.asMap();
                if (config != null && (type + "." + name).equals(config.text("address"))) {
                    expressions = config.map("expressions");
                    break;
                }
            }
        }
        PNode addressNode = resource.get("address");
        Location at = locate(scope, type, name).orElse(addressNode.location());
        List<HclAttribute> attributes = new ArrayList<>();
        PMap values = resource.map("values");
        Set<String> keys = new LinkedHashSet<>();
        if (values != null) {
            keys.addAll(values.entries().keySet());
        }
        if (unknown != null) {
            keys.addAll(unknown.entries().keySet());
        }
        for (String key : keys) {
            PNode value = values == null ? null : values.get(key);
            PNode unknownPart = unknown == null ? null : unknown.get(key);
            PNode expression = expressions == null ? null : expressions.get(key);
            HclExpr expr = expr(key, value, unknownPart, expression, scope, at);
            if (expr != null) {
                attributes.add(new HclAttribute(key, expr, at));
            }
        }
        HclBlock block = new HclBlock("resource", List.of(type, name), new HclBody(attributes, List.of()), at);
        return new ResourceInstance(type, name, address, block, Bindings.NONE, evaluator);
    }

    /**
     * The expression for one planned attribute: its value where known; where the plan knows it only after apply,
     * the resources its configuration refers to, or unknown; null (not written) when it is a computed attribute
     * the configuration does not set.
     */
    private HclExpr expr(String key, PNode value, PNode unknown, PNode expression, PlanScope scope, Location at) {
        if (isTrue(unknown)) {
            if (expression == null) {
                return null;
            }
            List<HclExpr> refs = references(expression, scope, at);
            if (refs.isEmpty()) {
                return new HclExpr.Opaque(key + " is known only after apply", at);
            }
            return isListAttribute(key) ? new HclExpr.TupleCons(refs, at)
                    : refs.size() == 1 ? refs.get(0) : new HclExpr.Opaque(key + " is known only after apply", at);
        }
        if (value == null) {
            return null;
        }
        if (value instanceof PScalar scalar) {
            return scalar.isNull() ? null : literal(scalar, at);
        }
        if (value instanceof PList list) {
            List<HclExpr> items = new ArrayList<>();
            List<HclExpr> refs = null;
            int refIndex = 0;
            for (int i = 0; i < list.items().size(); i++) {
                PNode itemUnknown = unknown instanceof PList u && i < u.items().size() ? u.items().get(i) : null;
                PNode item = list.items().get(i);
                if (isTrue(itemUnknown)) {
                    if (refs == null) {
                        refs = expression == null ? List.of() : references(expression, scope, at);
                    }
                    items.add(refIndex < refs.size() && refs.size() == countTrue(unknown)
                            ? refs.get(refIndex++) : new HclExpr.Opaque(key + " is known only after apply", at));
                    continue;
                }
                PNode itemExpression = expression instanceof PList e && i < e.items().size() ? e.items().get(i) : null;
                HclExpr converted = expr(key, item, itemUnknown, itemExpression, scope, at);
                items.add(converted == null ? new HclExpr.Literal(null, at) : converted);
            }
            return new HclExpr.TupleCons(items, at);
        }
        PMap map = value.asMap();
        PMap mapUnknown = unknown == null ? null : unknown.asMap();
        PMap mapExpression = expression == null ? null : unwrapBlock(expression);
        List<HclExpr.ObjectItem> items = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>(map.entries().keySet());
        if (mapUnknown != null) {
            keys.addAll(mapUnknown.entries().keySet());
        }
        for (String k : keys) {
            HclExpr converted = expr(k, map.get(k), mapUnknown == null ? null : mapUnknown.get(k),
                    mapExpression == null ? null : mapExpression.get(k), scope, at);
            if (converted != null) {
                items.add(new HclExpr.ObjectItem(new HclExpr.Literal(k, at), converted));
            }
        }
        return new HclExpr.ObjectCons(items, at);
    }

    /** A nested block's configuration is a list of expression maps; a single block's is its first. */
    private static PMap unwrapBlock(PNode expression) {
        if (expression instanceof PList list && list.items().size() == 1) {
            return list.items().get(0).asMap();
        }
        return expression.asMap();
    }

    private static boolean isTrue(PNode node) {
        return node instanceof PScalar s && s.kind() == PScalar.Kind.BOOLEAN && s.text().equals("true");
    }

    private static int countTrue(PNode node) {
        return node instanceof PList list ? (int) list.items().stream().filter(PlanLoader::isTrue).count() : 0;
    }

    /** Attributes whose value is a list of ids or CIDRs, so one reference stands inside a list. */
    private static boolean isListAttribute(String key) {
        return key.endsWith("_ids") || key.endsWith("_blocks") || key.equals("security_groups")
                || key.equals("subnets") || key.endsWith("_cidrs");
    }

    private static HclExpr literal(PScalar scalar, Location at) {
        return switch (scalar.kind()) {
            case NUMBER -> new HclExpr.Literal(new BigDecimal(scalar.text()), at);
            case BOOLEAN -> new HclExpr.Literal(Boolean.parseBoolean(scalar.text()), at);
            case NULL -> new HclExpr.Literal(null, at);
            case STRING -> new HclExpr.Literal(scalar.text(), at);
        };
    }

    /**
     * The resource attributes an expression of the configuration refers to ({@code "references":
     * ["aws_security_group.nodes.id", "aws_security_group.nodes"]}), following {@code module.x.out} into the
     * module's output; only the most specific of nested references counts.
     */
    private List<HclExpr> references(PNode expression, PlanScope scope, Location at) {
        PMap map = expression.asMap();
        PList references = map == null ? null : map.list("references");
        if (references == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (PNode node : references.items()) {
            if (node instanceof PScalar s && !s.isNull()) {
                texts.add(s.text());
            }
        }
        List<HclExpr> result = new ArrayList<>();
        for (String text : texts) {
            boolean covered = texts.stream().anyMatch(o -> !o.equals(text)
                    && (o.startsWith(text + ".") || o.startsWith(text + "[")));
            if (covered) {
                continue;
            }
            Optional<HclExpr> resolved = resolve(text, scope, at, 0);
            if (resolved.isEmpty()) {
                return List.of(); // a value from a variable, data source or remote module: unknown as a whole
            }
            result.add(resolved.get());
        }
        return result;
    }

    private Optional<HclExpr> resolve(String reference, PlanScope scope, Location at, int depth) {
        if (depth > 16) {
            return Optional.empty();
        }
        if (reference.startsWith("module.")) {
            String[] parts = reference.split("\\.", 3);
            if (parts.length < 3 || parts[1].contains("[") || scope.config() == null) {
                return Optional.empty();
            }
            PMap call = asMap(scope.config().at("module_calls", parts[1]));
            if (call == null || call.get("count") != null || call.get("for_each") != null) {
                return Optional.empty();
            }
            String output = parts[2].split("[.\\[]", 2)[0];
            PNode outputExpression = call.at("module", "outputs", output, "expression");
            if (outputExpression == null || !parts[2].equals(output)) {
                return Optional.empty();
            }
            List<HclExpr> inner = references(outputExpression, scope.child(parts[1],
                    scope.prefix() + "module." + parts[1] + "."), at);
            return inner.size() == 1 ? Optional.of(inner.get(0)) : Optional.empty();
        }
        Matcher matcher = RESOURCE_REFERENCE.matcher(reference);
        if (!matcher.matches() || NOT_RESOURCES.contains(reference.substring(0, reference.indexOf('.')))) {
            return Optional.empty();
        }
        return Optional.of(new HclExpr.ResolvedReference(scope.prefix() + matcher.group(1), matcher.group(2), at));
    }

    /** The {@code resource "type" "name"} block in the scope's folder, when its files are in the scan. */
    private Optional<Location> locate(PlanScope scope, String type, String name) {
        if (scope.folder() == null || !this.scope.allows(scope.folder())) {
            return Optional.empty();
        }
        Map<String, Location> blocks = blocksByFolder.computeIfAbsent(scope.folder(),
                f -> indexBlocks(f, scope.displayFolder()));
        return Optional.ofNullable(blocks.get(type + "." + name));
    }

    private Map<String, Location> indexBlocks(Path folder, String displayFolder) {
        Map<String, Location> result = new HashMap<>();
        // within one line (HCL writes a block's labels on its first line), so no attempt scans past the line's end
        Pattern block = Pattern.compile("(?m)^resource[ \\t]+\"([^\"\\n]+)\"[ \\t]+\"([^\"\\n]+)\"");
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
        } catch (IOException | SecurityException e) {
            return result;
        }
        for (Path file : files) {
            if (!scope.allows(file)) {
                continue;
            }
            String text;
            try {
                if (Files.size(file) > ModuleFiles.MAX_BYTES) {
                    continue;
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            String display = (displayFolder.isEmpty() || displayFolder.equals(".") ? "" : displayFolder + "/")
                    + file.getFileName();
            Matcher matcher = block.matcher(text);
            // lines counted as the matches advance, never from the start again: a file of 55,000 `resource` lines
            // (in a comment) took 79 s counted from the start for each
            int line = 1;
            int counted = 0;
            while (matcher.find()) {
                for (; counted < matcher.start(); counted++) {
                    if (text.charAt(counted) == '\n') {
                        line++;
                    }
                }
                result.putIfAbsent(matcher.group(1) + "." + matcher.group(2),
                        new Location(display, line, 1, line, 1 + matcher.group().length()));
            }
        }
        return result;
    }
}
