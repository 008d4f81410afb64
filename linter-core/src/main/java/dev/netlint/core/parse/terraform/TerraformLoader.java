package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Workspace;
import dev.netlint.core.parse.LimitRefusal;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclFile;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.parse.hcl.HclParseResult;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads Terraform modules into the common model: parses each file ({@link HclLoader}), evaluates the module
 * ({@link TfEvaluator}) and maps the AWS resources netlint's rules read. Reads no file besides the given ones,
 * except {@code file()}/{@code templatefile()} targets and local module folders ({@code source = "./modules/x"})
 * inside the {@link ScanScope}; remote modules stay opaque (one note each). Never uses the network or
 * environment variables.
 */
public final class TerraformLoader {

    /**
     * Variable values given on the command line for root modules: {@code --var-file} files (parsed as tfvars,
     * applied in order after {@code terraform.tfvars} and {@code *.auto.tfvars}), then {@code --var name=value}.
     */
    public record Variables(List<SourceText> varFiles, Map<String, String> values) {
        public static final Variables NONE = new Variables(List.of(), Map.of());

        public Variables {
            varFiles = List.copyOf(varFiles);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * Reads the Terraform files ({@code .tf}, {@code .tf.json}) directly inside a local module's folder, which the
     * loader has already checked lies inside the scan scope; {@code displayFolder} is the folder as findings show it.
     * Unreadable files are reported through {@code problems}.
     */
    public interface ModuleFolderReader {
        List<SourceText> read(Path folder, String displayFolder, List<ParseProblem> problems);
    }

    /**
     * What loading found: {@code problems} (unparsable files, with location) and {@code notExpanded} (module
     * blocks netlint did not expand, one each: remote sources, folders outside the scan, unknown count).
     */
    public record Result(List<ParseProblem> problems, List<ParseProblem> notExpanded, CallSites callSites) {
        public Result(List<ParseProblem> problems, List<ParseProblem> notExpanded) {
            this(problems, notExpanded, CallSites.NONE);
        }
    }

    private final ScanScope scope;
    private final HclLoader hcl = new HclLoader();
    private final Variables variables;
    private final ModuleFolderReader folders;
    /** The root module's {@code .terraform/modules} cache, when it has one (set per {@link #load}). */
    private ModuleCache cache;
    private CallSites.Builder callSites = new CallSites.Builder();

    public TerraformLoader(ScanScope scope) {
        this(scope, Variables.NONE, null);
    }

    public TerraformLoader(ScanScope scope, Variables variables, ModuleFolderReader folders) {
        this.scope = scope;
        this.variables = variables;
        this.folders = folders;
    }

    /**
     * Loads one Terraform module: all .tf, .tf.json and .tfvars files of one folder, given together. Adds model
     * elements to {@code into}; returns the problems (unparsable files, with location). Never throws for bad input.
     */
    public List<ParseProblem> loadModule(List<SourceText> moduleFiles, Workspace.Builder into) {
        return load(moduleFiles, into).problems();
    }

    /**
     * Loads one root module and the local modules it calls (expanded with the caller's arguments, their resources
     * addressed {@code module.x.type.name} and located in the module's files).
     */
    public Result load(List<SourceText> moduleFiles, Workspace.Builder into) {
        List<ParseProblem> problems = new ArrayList<>();
        List<ParseProblem> notes = new ArrayList<>();
        List<SourceText> ordered = moduleFiles.stream()
                .filter(f -> f.file().format() != null && f.file().format().isTerraform())
                .sorted(Comparator.comparing((SourceText f) -> f.file().displayPath()))
                .toList();
        List<HclFile> files = parseAll(ordered, problems);
        if (files.isEmpty()) {
            return new Result(problems, notes);
        }
        List<HclFile> varFiles = variables.varFiles().isEmpty() ? List.of() : parseAll(variables.varFiles(), problems);
        Path directory = ordered.get(0).file().moduleDirectory();
        TerraformModule module = new TerraformModule(directory, files, true, varFiles, variables.values());
        TfEvaluator evaluator = new TfEvaluator(module, scope, hcl);
        String display = displayFolderOf(ordered.get(0));
        cache = folders == null ? null : ModuleCache.of(directory, display, scope).orElse(null);
        callSites = new CallSites.Builder();
        Calls calls = new Calls(evaluator, display, 0, Set.of(), problems, notes,
                new HashMap<>(), "", null);
        evaluator.setModuleCalls(calls);
        new ModuleMapping(evaluator, calls, problems, Location.fileStart(ordered.get(0).file().displayPath()))
                .mapInto(into);
        problems.addAll(evaluator.budget().refusals());
        return new Result(problems, notes, callSites.build());
    }

    private List<HclFile> parseAll(List<SourceText> sources, List<ParseProblem> problems) {
        List<HclFile> files = new ArrayList<>();
        for (SourceText source : sources) {
            HclParseResult result = hcl.load(source);
            if (result.isParsed()) {
                files.add(result.file());
            } else {
                problems.add(result.problem());
            }
        }
        return files;
    }

    private static String displayFolderOf(SourceText file) {
        String display = file.file().displayPath();
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "" : display.substring(0, slash);
    }

    /** {@code ./modules/nodes} below {@code infra} is {@code infra/modules/nodes}, with forward slashes. */
    static String joinDisplay(String folder, String relative) {
        String joined = Path.of(folder.isEmpty() ? "." : folder).resolve(relative).normalize().toString()
                .replace('\\', '/');
        return joined.isEmpty() ? "." : joined;
    }

    /** True for a module {@code source} Terraform reads from the local file system. */
    public static boolean isLocalSource(String source) {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.equals("..");
    }

    /** One expanded instance of a local module call. */
    private record Child(String key, TfEvaluator evaluator, Calls calls) {}

    /** A module block: its instances when expanded, else null. */
    private record Call(HclBlock block, List<Child> children) {}

    /**
     * The {@code module} blocks of one (root or child) module, expanded on first use: resolves
     * {@code module.x.output} for its evaluator and gives the mapping every child's resources.
     */
    private final class Calls implements TfEvaluator.ModuleCalls {
        private final TfEvaluator caller;
        private final String displayFolder;
        private final int depth;
        private final Set<Path> ancestors;
        private final List<ParseProblem> problems;
        private final List<ParseProblem> notes;
        private final Map<Path, List<HclFile>> parsedFolders;
        private final Map<String, Call> calls = new HashMap<>();
        /** The calls from the root to this module ({@code eks.eks_managed_node_group}), as modules.json keys them. */
        private final String keyPath;
        /** For a module read from the cache: the call in the user's files it belongs to; else null. */
        private final HclBlock userCall;

        Calls(TfEvaluator caller, String displayFolder, int depth, Set<Path> ancestors, List<ParseProblem> problems,
              List<ParseProblem> notes, Map<Path, List<HclFile>> parsedFolders, String keyPath, HclBlock userCall) {
            this.keyPath = keyPath;
            this.userCall = userCall;
            this.caller = caller;
            this.displayFolder = displayFolder;
            this.depth = depth;
            this.ancestors = ancestors;
            this.problems = problems;
            this.notes = notes;
            this.parsedFolders = parsedFolders;
        }

        Call call(String name) {
            Call existing = calls.get(name);
            if (existing != null) {
                return existing;
            }
            Optional<HclBlock> block = caller.module().moduleCall(name);
            if (block.isEmpty()) {
                return null;
            }
            calls.put(name, new Call(block.get(), null)); // a call that refers to itself stays unexpanded
            Call built;
            try {
                built = new Call(block.get(), expand(name, block.get()));
            } catch (NotExpanded e) {
                notes.add(new ParseProblem(block.get().location(), e.getMessage()));
                built = new Call(block.get(), null);
            } catch (LimitRefusal e) {
                caller.budget().refuse(e.at(), e.getMessage());
                built = new Call(block.get(), null);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(new ParseProblem(block.get().location(), "Terraform module." + name
                        + " could not be evaluated: " + e.getClass().getSimpleName()));
                built = new Call(block.get(), null);
            }
            calls.put(name, built);
            return built;
        }

        private List<Child> expand(String name, HclBlock block) {
            String address = caller.prefix() + "module." + name;
            // notes name the block as written, so a module reached through several callers is noted once
            String shown = "module." + name;
            Optional<String> source = block.body().attribute("source")
                    .flatMap(a -> TfFunctions.asText(caller.evaluate(a.expr(), Bindings.NONE)));
            if (source.isEmpty()) {
                return notExpanded(block, shown + " was not expanded: its source is not a known string");
            }
            String key = keyPath.isEmpty() ? name : keyPath + "." + name;
            Path directory = caller.module().directory();
            Path folder;
            String childDisplay;
            HclBlock childUserCall = userCall;
            List<HclFile> files;
            Map<String, Bindings> expanded = null;
            if (!isLocalSource(source.get())) {
                if (!RemoteModules.isReadByRules(source.get())) {
                    return null; // IAM, KMS, S3, ...: nothing a rule reads, so neither expanded nor noted
                }
                if (cache == null) {
                    return notExpanded(block, shown + " (source \"" + source.get() + "\") was not expanded: "
                            + "netlint does not fetch remote modules; run terraform init -backend=false in this "
                            + "folder, then netlint again, to lint it from " + ModuleCache.MANIFEST);
                }
                ModuleCache.Lookup cached = cache.lookup(key, scope);
                if (cached.entry() == null) {
                    return notExpanded(block, shown + " (source \"" + source.get() + "\") was not expanded: "
                            + cached.problem());
                }
                folder = cached.entry().folder();
                childDisplay = cached.entry().displayFolder();
                if (childUserCall == null) {
                    childUserCall = block;
                }
                expanded = instances(address, block);
                if (expanded.isEmpty()) {
                    return List.of(); // count = 0 or an empty for_each: nothing to read
                }
                List<ParseProblem> unread = new ArrayList<>();
                files = readFolder(folder, childDisplay, unread);
                if (!unread.isEmpty()) {
                    return notExpanded(block, shown + " (source \"" + source.get() + "\") was not expanded: "
                            + "its cached copy in " + childDisplay + " could not be read: " + unread.get(0).location()
                            + ": " + unread.get(0).message());
                }
                if (userCall == null) {
                    callSites.add(childDisplay, block, shown);
                } else { // a registry module a cached module calls: its findings go to the user's call too
                    callSites.add(childDisplay, userCall, "module." + userCall.label(0));
                }
            } else {
                if (directory == null || folders == null) {
                    return notExpanded(block, shown + " was not expanded: local modules are read only from files");
                }
                folder = directory.resolve(source.get()).normalize();
                if (!scope.allows(folder)) {
                    return notExpanded(block, shown + " (source \"" + source.get() + "\") was not expanded: its "
                            + "folder is outside the scanned paths; scan a folder that contains both");
                }
                childDisplay = joinDisplay(displayFolder, source.get());
                if (userCall != null) {
                    expanded = instances(address, block);
                    if (expanded.isEmpty()) {
                        return List.of();
                    }
                    // inside a cached module: problems go to the user's call, not to a file under .terraform
                    List<ParseProblem> unread = new ArrayList<>();
                    files = readFolder(folder, childDisplay, unread);
                    if (!unread.isEmpty()) {
                        return notExpanded(block, shown + " was not expanded: " + unread.get(0).location() + ": "
                                + unread.get(0).message());
                    }
                } else {
                    files = readFolder(folder, childDisplay, problems);
                }
            }
            if (ancestors.contains(folder) || folder.equals(directory)) {
                return notExpanded(block, shown + " was not expanded: modules call each other in a cycle");
            }
            if (depth >= ExpansionBudget.MAX_MODULE_DEPTH) {
                throw new LimitRefusal(shown + " nests modules deeper than netlint's limit of "
                        + ExpansionBudget.MAX_MODULE_DEPTH + " levels; it was not expanded, so values it outputs are "
                        + "unknown and its resources are not linted", block.location());
            }
            if (files.isEmpty()) {
                return notExpanded(block, shown + " (source \"" + source.get() + "\") was not expanded: no "
                        + "Terraform files in " + childDisplay + " (missing or unreadable)");
            }
            if (childUserCall != null) {
                callSites.addDefaults(files);
            }
            TerraformModule module = new TerraformModule(folder, files, false, List.of(), Map.of());
            Set<Path> chain = new java.util.HashSet<>(ancestors);
            chain.add(directory);
            List<Child> children = new ArrayList<>();
            boolean fromUser = userCall == null && childUserCall != null; // the user's call of a cached module
            for (Map.Entry<String, Bindings> instance : (expanded != null ? expanded : instances(address, block))
                    .entrySet()) {
                Bindings bindings = instance.getValue();
                Map<String, TfValue> memo = new HashMap<>();
                java.util.function.Function<String, TfValue> inputs = variable -> {
                    if (isMetaArgument(variable)) {
                        return null;
                    }
                    TfValue cached = memo.get(variable);
                    if (cached != null) {
                        return cached;
                    }
                    Optional<HclAttribute> argument = block.body().attribute(variable);
                    if (argument.isEmpty()) {
                        return null;
                    }
                    TfValue value = caller.evaluate(argument.get().expr(), bindings);
                    if (fromUser) {
                        value = value.at(argument.get().location()); // the argument decided it: report it there
                    }
                    memo.put(variable, value);
                    return value;
                };
                TfEvaluator child = new TfEvaluator(module, scope, hcl,
                        address + instance.getKey() + ".", inputs, caller.budget());
                Calls childCalls = new Calls(child, childDisplay, depth + 1, Set.copyOf(chain), problems, notes,
                        parsedFolders, key, childUserCall);
                child.setModuleCalls(childCalls);
                children.add(new Child(instance.getKey(), child, childCalls));
            }
            return children;
        }

        private List<HclFile> readFolder(Path folder, String childDisplay, List<ParseProblem> into) {
            List<ParseProblem> found = new ArrayList<>();
            List<HclFile> files = parsedFolders.computeIfAbsent(folder, f -> {
                List<SourceText> texts = folders.read(f, childDisplay, found).stream()
                        .filter(t -> t.file().format() == SourceFormat.TERRAFORM
                                || t.file().format() == SourceFormat.TERRAFORM_JSON)
                        .sorted(Comparator.comparing((SourceText t) -> t.file().displayPath()))
                        .toList();
                List<HclFile> parsed = parseAll(texts, found);
                return found.isEmpty() || userCall == null && !ModuleCache.isCached(childDisplay) ? parsed
                        : List.of();
            });
            into.addAll(found);
            return files;
        }

        /** The instance keys ({@code ""}, {@code [0]}, {@code ["a"]}) and their bindings; throws when not known. */
        private Map<String, Bindings> instances(String address, HclBlock block) {
            String shown = "module." + block.label(0);
            Map<String, Bindings> result = new LinkedHashMap<>();
            Optional<HclAttribute> count = block.body().attribute("count");
            Optional<HclAttribute> forEach = block.body().attribute("for_each");
            if (count.isPresent()) {
                java.math.BigInteger n = TfFunctions.integerOrNull(caller.evaluate(count.get().expr(), Bindings.NONE));
                if (n == null || n.signum() < 0) {
                    throw new NotExpanded(shown + " was not expanded: its count is not known");
                }
                takeModuleInstances(n, "count = " + n, count.get().location());
                for (int i = 0; i < n.intValue(); i++) {
                    result.put("[" + i + "]", Bindings.forCount(new TfValue.Num(java.math.BigDecimal.valueOf(i),
                            count.get().expr().location())));
                }
            } else if (forEach.isPresent()) {
                Optional<Map<String, TfValue>> entries = caller.forEachEntries(
                        caller.evaluate(forEach.get().expr(), Bindings.NONE));
                if (entries.isEmpty()) {
                    throw new NotExpanded(shown + " was not expanded: its for_each is not known");
                }
                takeModuleInstances(java.math.BigInteger.valueOf(entries.get().size()),
                        "for_each over " + entries.get().size() + " entries", forEach.get().location());
                Location at = forEach.get().expr().location();
                entries.get().forEach((key, value) ->
                        result.put("[\"" + key + "\"]", Bindings.forEach(new TfValue.Str(key, at), value)));
            } else {
                takeModuleInstances(java.math.BigInteger.ONE, shown, block.location());
                result.put("", Bindings.NONE);
            }
            return result;
        }

        /** Takes {@code n} module instances from the budget, or refuses the call at {@code at}. */
        private void takeModuleInstances(java.math.BigInteger n, String written, Location at) {
            if (n.compareTo(java.math.BigInteger.valueOf(ExpansionBudget.MAX_INSTANCES_PER_MODULE_CALL)) > 0) {
                throw new LimitRefusal(written + " exceeds netlint's limit of "
                        + ExpansionBudget.count(ExpansionBudget.MAX_INSTANCES_PER_MODULE_CALL) + " instances per "
                        + "module; it was not expanded, so values it outputs are unknown and its resources are not "
                        + "linted", at);
            }
            if (!caller.budget().takeModuleInstances(n.longValue())) {
                throw new LimitRefusal(written + " would take this configuration beyond netlint's limit of "
                        + ExpansionBudget.count(ExpansionBudget.MAX_MODULE_INSTANCES_TOTAL) + " module instances in "
                        + "all (every level counted); it was not expanded, so values it outputs are unknown and its "
                        + "resources are not linted", at);
            }
        }

        private List<Child> notExpanded(HclBlock block, String message) {
            notes.add(new ParseProblem(block.location(), message));
            return null;
        }

        @Override
        public TfValue reference(String name, List<HclExpr.TraversalStep> steps, Bindings bindings, Location at) {
            Call call = call(name);
            if (call == null) {
                return TfValue.unknown("module." + name + " is not declared in this module", at);
            }
            if (call.children() == null) {
                String output = steps.size() > 1 && steps.get(1) instanceof HclExpr.TraversalStep.GetAttr attr
                        ? "module." + name + "." + attr.name() : "module." + name;
                return TfValue.unknown(output + " is an output of a module netlint does not expand", at);
            }
            int next = 1;
            Child child;
            boolean repeated = call.block().body().attribute("count").isPresent()
                    || call.block().body().attribute("for_each").isPresent();
            if (!repeated) {
                child = call.children().get(0);
            } else {
                if (steps.size() < 2 || !(steps.get(1) instanceof HclExpr.TraversalStep.Index index)) {
                    return TfValue.unknown("reference to all instances of module." + name, at);
                }
                TfValue key = caller.evaluate(index.key(), bindings);
                Optional<String> text = TfFunctions.asText(key);
                if (text.isEmpty()) {
                    return TfFunctions.unknownFrom(key, at);
                }
                String wanted = call.block().body().attribute("for_each").isPresent()
                        ? "[\"" + text.get() + "\"]" : "[" + text.get() + "]";
                child = call.children().stream().filter(c -> c.key().equals(wanted)).findFirst().orElse(null);
                if (child == null) {
                    return TfValue.failed("module." + name + wanted + " does not exist", at);
                }
                next = 2;
            }
            if (next >= steps.size() || !(steps.get(next) instanceof HclExpr.TraversalStep.GetAttr output)) {
                return TfValue.unknown("reference to the whole of module." + name, at);
            }
            return caller.applySteps(child.evaluator().output(output.name(), at).at(at), steps, next + 1, bindings, at);
        }

        /** Every instance of every resource of this module and of the modules it calls, expanded. */
        void collect(java.util.function.Function<HclBlock, List<ResourceInstance>> safeInstances, TfEvaluator of,
                     List<ResourceInstance> out) {
            for (HclBlock resource : of.module().resources()) {
                // A cached registry module makes many resources no rule reads (IAM roles, KMS keys, log groups):
                // they are expanded only if something read refers to them (issue 15: the cache's cost).
                if (userCall == null || ModuleMapping.isMapped(resource.label(0))) {
                    out.addAll(safeInstances.apply(resource));
                }
            }
            for (HclBlock block : of.module().moduleCalls()) {
                Call call = call(block.label(0));
                if (call != null && call.children() != null) {
                    for (Child child : call.children()) {
                        child.calls().collect(r -> safeInstances(child.evaluator(), r), child.evaluator(), out);
                    }
                }
            }
        }
    }


    /** Signals a module call whose instances are not known; becomes a note. */
    private static final class NotExpanded extends RuntimeException {
        NotExpanded(String message) {
            super(message, null, false, false);
        }
    }

    private static boolean isMetaArgument(String name) {
        return switch (name) {
            case "source", "version", "count", "for_each", "providers", "depends_on" -> true;
            default -> false;
        };
    }

    static List<ResourceInstance> safeInstances(TfEvaluator evaluator, HclBlock resource) {
        try {
            return evaluator.instances(resource);
        } catch (RuntimeException | StackOverflowError e) {
            return List.of();
        }
    }

    /**
     * Maps the resources of one evaluated root module and of the local modules it calls, with one set of mappers so
     * references between them (a rule in the root on a group made in a module) resolve; one resource that cannot
     * be mapped does not stop the others.
     */
    static final class ModuleMapping {
        private final TfEvaluator evaluator;
        private final Calls calls;
        private final List<ParseProblem> problems;
        private final Location moduleStart;

        private ModuleMapping(TfEvaluator evaluator, Calls calls, List<ParseProblem> problems, Location moduleStart) {
            this.evaluator = evaluator;
            this.calls = calls;
            this.problems = problems;
            this.moduleStart = moduleStart;
        }

        void mapInto(Workspace.Builder into) {
            List<ResourceInstance> all = new ArrayList<>();
            try {
                calls.collect(r -> safeInstances(evaluator, r), evaluator, all);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(failure(moduleStart, "modules", e));
            }
            mapAll(evaluator, all, problems, moduleStart, into);
        }

        /** Maps given instances (of one configuration or plan) with one set of mappers. */
        static void mapAll(TfEvaluator evaluator, List<ResourceInstance> all, List<ParseProblem> problems,
                           Location moduleStart, Workspace.Builder into) {
            SecurityGroupMapper securityGroups = new SecurityGroupMapper(evaluator);
            NetworkMapper network = new NetworkMapper(evaluator);
            RoutingMapper routing = new RoutingMapper(evaluator);
            ComputeMapper compute = new ComputeMapper(evaluator, ofType(all, "aws_eks_cluster"),
                    ofType(all, "aws_launch_template"));
            KubernetesResourceMapper kubernetes = new KubernetesResourceMapper(evaluator);
            for (ResourceInstance instance : all) {
                try {
                    if (KubernetesResourceMapper.isKubernetes(instance.type())) {
                        kubernetes.map(instance).forEach(into::add);
                        continue;
                    }
                    if (instance.type().equals("helm_release")) {
                        HelmReleaseMapper.elements(evaluator, instance).forEach(into::add);
                        continue;
                    }
                    map(instance, securityGroups, network, routing, compute, into);
                } catch (RuntimeException | StackOverflowError e) {
                    problems.add(failure(instance.block().location(), instance.address(), e));
                }
            }
            problems.addAll(kubernetes.refusals());
            try {
                securityGroups.build().forEach(into::add);
                network.buildVpcs().forEach(into::add);
                routing.buildTables().forEach(into::add);
                routing.associations().forEach(into::add);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(failure(all.isEmpty() ? moduleStart : all.get(0).block().location(),
                        "security groups, VPCs and routes", e));
            }
        }

        /** True for the resource types {@link #map} and the other mappers read. */
        static boolean isMapped(String type) {
            if (type == null) {
                return false;
            }
            if (SecurityGroupMapper.isGroup(type) || SecurityGroupMapper.isStandaloneRule(type)
                    || KubernetesResourceMapper.isKubernetes(type) || type.equals("helm_release")) {
                return true;
            }
            return switch (type) {
                case "aws_vpc", "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association",
                        "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_route_table",
                        "aws_default_route_table", "aws_route", "aws_route_table_association",
                        "aws_main_route_table_association", "aws_eks_addon", "aws_eks_fargate_profile", "aws_subnet",
                        "aws_eks_cluster", "aws_eks_node_group", "aws_autoscaling_group", "aws_instance",
                        "aws_launch_template" -> true;
                default -> false;
            };
        }

        private static List<ResourceInstance> ofType(List<ResourceInstance> all, String type) {
            return all.stream().filter(i -> i.type().equals(type)).toList();
        }

        private static void map(ResourceInstance instance, SecurityGroupMapper securityGroups, NetworkMapper network,
                         RoutingMapper routing, ComputeMapper compute, Workspace.Builder into) {
            String type = instance.type();
            if (SecurityGroupMapper.isGroup(type)) {
                securityGroups.addGroup(instance);
            } else if (SecurityGroupMapper.isStandaloneRule(type)) {
                securityGroups.addStandaloneRule(instance);
            } else {
                switch (type) {
                    case "aws_vpc" -> {
                        network.addVpc(instance);
                        routing.addVpc(instance);
                    }
                    case "aws_vpc_ipv4_cidr_block_association" -> network.addCidrAssociation(instance);
                    case "aws_vpc_ipv6_cidr_block_association" -> network.addIpv6CidrAssociation(instance);
                    case "aws_vpc_dhcp_options" -> network.addDhcpOptions(instance);
                    case "aws_vpc_dhcp_options_association" -> network.addDhcpOptionsAssociation(instance);
                    case "aws_route_table", "aws_default_route_table" -> routing.addRouteTable(instance);
                    case "aws_route" -> routing.addRoute(instance);
                    case "aws_route_table_association", "aws_main_route_table_association" ->
                            routing.addAssociation(instance);
                    case "aws_eks_addon" -> into.add(compute.addon(instance));
                    case "aws_eks_fargate_profile" -> into.add(compute.fargateProfile(instance));
                    case "aws_subnet" -> into.add(network.subnet(instance));
                    case "aws_eks_cluster" -> into.add(compute.cluster(instance));
                    case "aws_eks_node_group" -> into.add(compute.managedNodeGroup(instance));
                    case "aws_autoscaling_group" -> into.add(compute.autoscalingGroup(instance));
                    case "aws_instance" -> into.add(compute.instance(instance));
                    case "aws_launch_template" -> into.add(compute.launchTemplate(instance));
                    default -> {
                        // not read by any rule (keep isMapped in step with this switch)
                    }
                }
            }
        }

        private static ParseProblem failure(Location at, String what, Throwable e) {
            return new ParseProblem(at, "Terraform " + what + " could not be evaluated: " + e.getClass().getSimpleName());
        }
    }
}
