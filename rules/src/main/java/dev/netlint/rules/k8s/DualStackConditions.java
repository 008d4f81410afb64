package dev.netlint.rules.k8s;

import dev.netlint.core.analysis.CniVariable;
import dev.netlint.core.analysis.ClusterIpFamily;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import java.util.List;

/** NET010's conditions: Services and the VPC CNI in one IP family, the cluster's. */
final class DualStackConditions {

    private DualStackConditions() {}

    /**
     * "be single-stack in the cluster's family" (NET010 a-c): EKS clusters are single-stack, so RequireDualStack or
     * two ipFamilies are rejected (error), PreferDualStack silently stays single-stack (warning), and an ipFamilies[0]
     * other than the cluster's family cannot be allocated (error).
     */
    static Condition<Service> beSingleStackInTheClusterFamily() {
        return new Condition<>("be single-stack in the cluster's IP family") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                Value<String> policy = service.ipFamilyPolicy();
                if ("RequireDualStack".equals(policy.orNull())) {
                    events.violation(service, policy, service.describe()
                            + " requires dual-stack, which EKS clusters do not support (IPv4 or IPv6, not both)");
                } else if (service.ipFamilies().size() > 1) {
                    events.violation(service, service.ipFamilies().get(1), service.describe()
                            + " asks for two IP families; EKS clusters are single-stack");
                } else if ("PreferDualStack".equals(policy.orNull())) {
                    events.add(new dev.netlint.core.lang.Violation(service, policy.location(), service.describe()
                            + " prefers dual-stack; EKS keeps it single-stack without saying so",
                            List.of(), dev.netlint.core.finding.Severity.WARNING));
                }
                Setting<Spelled<IpFamily>> cluster = ClusterIpFamily.of(context);
                Value<String> first = service.ipFamilies().isEmpty() ? null : service.ipFamilies().get(0);
                if (first != null && first.isKnown() && cluster.isKnown()) {
                    String wanted = cluster.means(IpFamily.IPV6) ? "IPv6" : "IPv4";
                    if (!wanted.equals(first.orNull())) {
                        List<RelatedLocation> related = cluster.writtenAt().isEmpty() ? List.of()
                                : List.of(new RelatedLocation(cluster.writtenAt().get(), "cluster ip_family = \"" + cluster.get() + "\" here"));
                        events.add(new dev.netlint.core.lang.Violation(service, first.location(), service.describe()
                                + " asks for " + first.orNull() + " in an " + cluster.get() + " cluster ("
                                + cluster.origin() + "); it cannot get such an address", related, null));
                    }
                }
            }
        };
    }

    /** "enable exactly one IP family" (NET010 d): ipamd refuses dual stack and needs one family. */
    static Condition<CniSource> enableExactlyOneIpFamily() {
        return new Condition<>("enable exactly one of ENABLE_IPv4 and ENABLE_IPv6") {
            @Override
            public void check(CniSource source, EvalContext context, ConditionEvents events) {
                Tri ipv4 = source.flag(CniVariable.ENABLE_IPv4);
                Tri ipv6 = source.flag(CniVariable.ENABLE_IPv6);
                if (ipv4.isUnknown() || ipv6.isUnknown()) {
                    CniVariable name = ipv4.isUnknown() ? CniVariable.ENABLE_IPv4 : CniVariable.ENABLE_IPv6;
                    events.unverifiable(source, source.placeOf(name), source.whyUnknown(name));
                } else if (ipv4 == ipv6) {
                    String both = ipv4.isTrue() ? "both true" : "both false";
                    events.violation(source, source.placeOf(ipv4.isTrue() ? CniVariable.ENABLE_IPv6 : CniVariable.ENABLE_IPv4),
                            source.describe() + " has ENABLE_IPv4 and ENABLE_IPv6 " + both
                                    + (ipv4.isTrue() ? "; the VPC CNI does not support dual stack mode"
                                    : "; the VPC CNI needs one IP family (a raw aws-node DaemonSet defaults ENABLE_IPv4 to false)"));
                }
            }
        };
    }
}
