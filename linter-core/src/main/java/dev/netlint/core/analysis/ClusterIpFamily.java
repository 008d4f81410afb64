package dev.netlint.core.analysis;

import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import java.util.List;

/**
 * The IP family of the cluster the Kubernetes inputs run on (RULES.md §1.9): the {@code ip_family} of the run's
 * Terraform EKS cluster, else the user's {@code --cluster-ip-family}, else unknown. With several clusters of
 * different families the manifests cannot be linked to one, so the family is unknown.
 */
public final class ClusterIpFamily {

    private ClusterIpFamily() {}

    public static Setting<Spelled<IpFamily>> of(AnalysisContext context) {
        List<EksCluster> clusters = context.workspace().clusters();
        if (clusters.isEmpty()) {
            return context.clusterIpFamily()
                    .map(configured -> Setting.byDefault(configured.spelled(), "--cluster-ip-family"))
                    .orElseGet(() -> Setting.unknown("no EKS cluster in the input and no --cluster-ip-family"));
        }
        Setting<Spelled<IpFamily>> first = null;
        for (EksCluster cluster : clusters) {
            Setting<Spelled<IpFamily>> family = familyOf(cluster);
            if (!family.isKnown()) {
                return family;
            }
            if (first == null) {
                first = family;
            } else if (!first.get().equals(family.get())) {
                return Setting.unknown("clusters of different IP families in the input");
            }
        }
        return first;
    }

    public static Setting<Spelled<IpFamily>> familyOf(EksCluster cluster) {
        Value<String> family = cluster.ipFamily();
        if (family instanceof Value.Known<String> known) {
            return Setting.written(IpFamily.read(known.value()), known.location(), cluster.address() + " ip_family");
        }
        if (family.isUnknown()) {
            return Setting.unknown(cluster.address() + " ip_family is not known: "
                    + ((Value.Unknown<String>) family).reason(), family.location());
        }
        return Setting.written(IpFamily.IPV4.spelled(), cluster.location(), cluster.address() + " has the default ip_family ipv4");
    }
}
