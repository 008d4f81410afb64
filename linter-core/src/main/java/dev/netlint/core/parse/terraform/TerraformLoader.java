package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Workspace;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclFile;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.parse.hcl.HclParseResult;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Loads Terraform modules into the common model: parses each file ({@link HclLoader}), evaluates the module
 * ({@link TfEvaluator}) and maps the AWS resources netlint's rules read. Reads no file besides the given ones,
 * except {@code file()}/{@code templatefile()} targets inside the {@link ScanScope}; never uses the network or
 * environment variables.
 */
public final class TerraformLoader {

    private final ScanScope scope;
    private final HclLoader hcl = new HclLoader();

    public TerraformLoader(ScanScope scope) {
        this.scope = scope;
    }

    /**
     * Loads one Terraform module: all .tf, .tf.json and .tfvars files of one folder, given together. Adds model
     * elements to {@code into}; returns the problems (unparsable files, with location). Never throws for bad input.
     */
    public List<ParseProblem> loadModule(List<SourceText> moduleFiles, Workspace.Builder into) {
        List<ParseProblem> problems = new ArrayList<>();
        List<SourceText> ordered = moduleFiles.stream()
                .filter(f -> f.file().format() != null && f.file().format().isTerraform())
                .sorted(Comparator.comparing((SourceText f) -> f.file().displayPath()))
                .toList();
        List<HclFile> files = new ArrayList<>();
        for (SourceText source : ordered) {
            HclParseResult result = hcl.load(source);
            if (result.isParsed()) {
                files.add(result.file());
            } else {
                problems.add(result.problem());
            }
        }
        if (files.isEmpty()) {
            return problems;
        }
        Path directory = ordered.get(0).file().moduleDirectory();
        TerraformModule module = new TerraformModule(directory, files);
        TfEvaluator evaluator = new TfEvaluator(module, scope, hcl);
        new ModuleMapping(module, evaluator, problems).mapInto(into);
        return problems;
    }

    /** Maps the resources of one evaluated module; one resource that cannot be mapped does not stop the others. */
    private static final class ModuleMapping {
        private final TerraformModule module;
        private final TfEvaluator evaluator;
        private final List<ParseProblem> problems;

        ModuleMapping(TerraformModule module, TfEvaluator evaluator, List<ParseProblem> problems) {
            this.module = module;
            this.evaluator = evaluator;
            this.problems = problems;
        }

        void mapInto(Workspace.Builder into) {
            SecurityGroupMapper securityGroups = new SecurityGroupMapper(evaluator);
            NetworkMapper network = new NetworkMapper(evaluator);
            RoutingMapper routing = new RoutingMapper(evaluator);
            ComputeMapper compute = new ComputeMapper(evaluator, instancesOf("aws_eks_cluster"),
                    instancesOf("aws_launch_template"));
            for (HclBlock resource : module.resources()) {
                for (ResourceInstance instance : safeInstances(resource)) {
                    try {
                        map(instance, securityGroups, network, routing, compute, into);
                    } catch (RuntimeException | StackOverflowError e) {
                        problems.add(failure(resource.location(), instance.address(), e));
                    }
                }
            }
            try {
                securityGroups.build().forEach(into::add);
                network.buildVpcs().forEach(into::add);
                routing.buildTables().forEach(into::add);
                routing.associations().forEach(into::add);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(failure(module.resources().get(0).location(), "security groups, VPCs and routes", e));
            }
        }

        private void map(ResourceInstance instance, SecurityGroupMapper securityGroups, NetworkMapper network,
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
                        // not read by any rule
                    }
                }
            }
        }

        private List<ResourceInstance> instancesOf(String type) {
            List<ResourceInstance> result = new ArrayList<>();
            for (HclBlock resource : module.resources()) {
                if (type.equals(resource.label(0))) {
                    result.addAll(safeInstances(resource));
                }
            }
            return result;
        }

        private List<ResourceInstance> safeInstances(HclBlock resource) {
            try {
                return evaluator.instances(resource);
            } catch (RuntimeException | StackOverflowError e) {
                return List.of();
            }
        }

        private static ParseProblem failure(Location at, String what, Throwable e) {
            return new ParseProblem(at, "Terraform " + what + " could not be evaluated: " + e.getClass().getSimpleName());
        }
    }
}
