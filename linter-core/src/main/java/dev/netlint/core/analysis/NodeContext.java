package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.NodeGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the VPC CNI rules need to know about a node group's surroundings: its cluster's IP family and the CNI
 * settings that apply to it. A workspace is one cluster as a rule (README "Workspaces"); when a Terraform root
 * defines several, an {@code aws_eks_addon} of one cluster does not configure the nodes of another.
 */
public final class NodeContext {

    private NodeContext() {}

    public static Optional<EksCluster> cluster(NodeGroup nodes, AnalysisContext context) {
        Optional<EksCluster> linked = NodeSecurityGroups.of(nodes, context).cluster(context);
        if (linked.isPresent()) {
            return linked;
        }
        return context.workspace().clusters().size() == 1 ? Optional.of(context.workspace().clusters().get(0))
                : Optional.empty();
    }

    /** The IP family of the nodes' cluster, falling back to the run's cluster family. */
    public static Setting<Spelled<IpFamily>> ipFamily(NodeGroup nodes, AnalysisContext context) {
        return cluster(nodes, context).map(ClusterIpFamily::familyOf).orElseGet(() -> ClusterIpFamily.of(context));
    }

    /** TRUE when some CNI configuration of the input effectively sets {@code variable}; with the places that do. */
    public static Tri anyCniFlag(AnalysisContext context, CniVariable variable, List<RelatedLocation> because) {
        return anyCniFlag(CniConfiguration.sources(context), variable, because);
    }

    /** {@link #anyCniFlag(AnalysisContext, CniVariable, List)} over the configurations that apply to these nodes only. */
    public static Tri anyCniFlag(NodeGroup nodes, AnalysisContext context, CniVariable variable, List<RelatedLocation> because) {
        return anyCniFlag(CniConfiguration.sources(nodes, context), variable, because);
    }

    private static Tri anyCniFlag(List<CniSource> sources, CniVariable variable, List<RelatedLocation> because) {
        Tri result = Tri.FALSE;
        for (CniSource source : sources) {
            Tri flag = source.flag(variable);
            if (flag.isTrue()) {
                Value<String> value = source.variable(variable);
                because.add(new RelatedLocation(value.location(), variable + " is true in " + source.describe()));
            }
            result = result.or(flag);
        }
        return result;
    }

    /**
     * The node group's instance types that the catalog lists, each with where it is written. A type that is not
     * known, or not in the catalog, leaves the check undecided for that type, which {@code events} records.
     */
    public static List<TypedInstance> knownInstanceTypes(NodeGroup nodes, AnalysisContext context,
                                                         UndecidedChecks events) {
        List<TypedInstance> types = new ArrayList<>();
        Value<List<Value<String>>> written = NodeInstanceTypes.of(nodes, context);
        if (written instanceof Value.Known<List<Value<String>>> known) {
            for (Value<String> type : known.value()) {
                if (!type.isKnown()) {
                    events.unknown(nodes, type, "the instance type");
                    continue;
                }
                java.util.Optional<InstanceLimits> limits = InstanceCatalog.get().limits(type.orNull());
                if (limits.isPresent()) {
                    types.add(new TypedInstance(type, limits.get()));
                } else {
                    events.unverifiable(nodes, type, "instance type " + type.orNull()
                            + " is not in netlint's instance table, so its network limits are not known");
                }
            }
        } else if (written.isUnknown()) {
            events.unknown(nodes, written, "the instance types");
        }
        return types;
    }

    /** An instance type as written, with its catalog facts. */
    public record TypedInstance(Value<String> written, InstanceLimits limits) {}

    public static boolean isWindows(NodeGroup nodes) {
        String ami = nodes.amiType().orNull();
        return ami != null && ami.startsWith("WINDOWS_");
    }
}
