package dev.netlint.rules.aws;

import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.net.Cidr;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What EKS clusters should have: the EKS API server endpoint (NET005 public endpoint open to the internet, NET006 restricted public endpoint without private access, NET007 both endpoints disabled). Defaults come from RULES.md §1.2; unknown
 * values never give a finding, they count as unverifiable.
 */
final class EndpointAccessConditions {

    private EndpointAccessConditions() {}

    /** The effective {@code endpoint_public_access} (default true). */
    private static Tri publicAccess(EksCluster cluster) {
        return cluster.endpointPublicAccess().orElse(true).test(Boolean::booleanValue);
    }

    /** The effective {@code endpoint_private_access} (default false). */
    private static Tri privateAccess(EksCluster cluster) {
        return cluster.endpointPrivateAccess().orElse(false).test(Boolean::booleanValue);
    }


    /** Records which endpoint access setting left a check undecided. */
    private static void reportUnknownEndpointAccess(EksCluster cluster, Tri isPublic, ConditionEvents events) {
        if (isPublic.isUnknown()) {
            events.unknown(cluster, cluster.endpointPublicAccess(), "endpoint_public_access");
        } else {
            events.unknown(cluster, cluster.endpointPrivateAccess(), "endpoint_private_access");
        }
    }

    /** Where a finding about a setting of {@code vpc_config} goes: the setting when written, else the block. */
    private static Location settingOrBlock(Value<?> value, EksCluster cluster) {
        return value.isAbsent() ? cluster.vpcConfigLocation() : value.location();
    }

    /** NET005: a public endpoint (the default) must not accept 0.0.0.0/0 or ::/0 (the EKS default list). */
    static Condition<EksCluster> notOpenThePublicEndpointToTheInternet() {
        return new Condition<>("not open the public API endpoint to the internet") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Tri isPublic = publicAccess(cluster);
                if (isPublic.isUnknown()) {
                    events.unknown(cluster, cluster.endpointPublicAccess(), "endpoint_public_access");
                    return;
                }
                if (isPublic.isFalse()) {
                    return;
                }
                String how = cluster.describe() + (cluster.endpointPublicAccess().isAbsent()
                        ? " is public by default" : " has endpoint_public_access = true");
                Value<List<Value<String>>> cidrs = cluster.publicAccessCidrs();
                if (cidrs.isAbsent()) {
                    events.violation(cluster, () -> settingOrBlock(cluster.endpointPublicAccess(), cluster),
                            how + " and sets no public_access_cidrs, so EKS allows 0.0.0.0/0: anyone on the "
                                    + "internet can reach the Kubernetes API endpoint");
                    return;
                }
                if (!(cidrs instanceof Value.Known<List<Value<String>>> known)) {
                    events.unknown(cluster, cidrs, "public_access_cidrs");
                    return;
                }
                if (known.value().isEmpty()) {
                    events.violation(cluster, known, how + " and public_access_cidrs is empty, so EKS keeps its "
                            + "default 0.0.0.0/0: anyone on the internet can reach the Kubernetes API endpoint");
                    return;
                }
                Value<String> unknownItem = null;
                for (Value<String> cidr : known.value()) {
                    if (!cidr.isKnown()) {
                        unknownItem = unknownItem == null ? cidr : unknownItem;
                        continue;
                    }
                    Optional<Cidr> parsed = Cidr.parse(cidr.orNull());
                    if (parsed.isPresent() && parsed.get().isEverything()) {
                        // the item may be written in a variable default or a local: point back at the setting
                        List<RelatedLocation> related = new java.util.ArrayList<>();
                        if (!cidr.location().file().equals(known.location().file())
                                || cidr.location().line() != known.location().line()) {
                            related.add(new RelatedLocation(known.location(),
                                    "public_access_cidrs of " + cluster.address() + " takes its value from there"));
                        }
                        // a default list written in another file (a module's variables): the flag is the setting
                        // the user wrote, and where a module's finding goes (CallSites)
                        Value<Boolean> flag = cluster.endpointPublicAccess();
                        if (flag.isKnown() && !flag.location().file().equals(cidr.location().file())) {
                            related.add(new RelatedLocation(flag.location(), "endpoint_public_access = true is set "
                                    + "here"));
                        }
                        events.violation(cluster, cidr, how + " and public_access_cidrs allows " + parsed.get()
                                + ": anyone on the internet can reach the Kubernetes API endpoint",
                                related.toArray(new RelatedLocation[0]));
                        return;
                    }
                }
                if (unknownItem != null) {
                    events.unknown(cluster, unknownItem, "an entry of public_access_cidrs");
                    return;
                }
                java.math.BigInteger covered = ipv4Coverage(known.value());
                if (covered.shiftLeft(1).compareTo(java.math.BigInteger.ONE.shiftLeft(32)) >= 0) {
                    events.violation(cluster, known, how + " and public_access_cidrs together cover half or more "
                            + "of the IPv4 address space: the endpoint is as good as open to the internet");
                }
            }
        };
    }

    /** How many IPv4 addresses the blocks cover together (CIDR blocks either nest or are disjoint). */
    private static java.math.BigInteger ipv4Coverage(List<Value<String>> cidrs) {
        List<Cidr> blocks = new ArrayList<>();
        for (Value<String> cidr : cidrs) {
            Cidr.parse(cidr.orNull()).filter(Cidr::isIpv4).ifPresent(blocks::add);
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (int i = 0; i < blocks.size(); i++) {
            Cidr block = blocks.get(i);
            boolean nested = false;
            for (int j = 0; j < blocks.size() && !nested; j++) {
                Cidr other = blocks.get(j);
                nested = j != i && other.contains(block) && (!block.equals(other) || j < i);
            }
            if (!nested) {
                total = total.add(block.addressCount());
            }
        }
        return total;
    }

    /** NET006: a public endpoint restricted by CIDRs needs the private endpoint for nodes inside the VPC. */
    static Condition<EksCluster> enablePrivateAccessWhenThePublicEndpointIsRestricted() {
        return new Condition<>("enable private endpoint access when the public endpoint is restricted") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Tri isPublic = publicAccess(cluster);
                Tri isPrivate = privateAccess(cluster);
                if (isPublic.isUnknown() || isPrivate.isUnknown()) {
                    reportUnknownEndpointAccess(cluster, isPublic, events);
                    return;
                }
                if (isPublic.isFalse() || isPrivate.isTrue()
                        || !(cluster.publicAccessCidrs() instanceof Value.Known<List<Value<String>>> cidrs)
                        || cidrs.value().isEmpty()) {
                    if (cluster.publicAccessCidrs().isUnknown() && isPublic.isTrue() && isPrivate.isFalse()) {
                        events.unknown(cluster, cluster.publicAccessCidrs(), "public_access_cidrs");
                    }
                    return;
                }
                for (Value<String> cidr : cidrs.value()) {
                    if (!cidr.isKnown()) {
                        // it could be 0.0.0.0/0, which is NET005's case
                        events.unknown(cluster, cidr, "an entry of public_access_cidrs");
                        return;
                    }
                    if (Cidr.parse(cidr.orNull()).map(Cidr::isEverything).orElse(false)) {
                        return; // open to everything: NET005
                    }
                }
                String privateSetting = cluster.describe() + (cluster.endpointPrivateAccess().isAbsent()
                        ? " does not set endpoint_private_access (default false)"
                        : " has endpoint_private_access = false");
                events.violation(cluster, () -> settingOrBlock(cluster.endpointPrivateAccess(), cluster),
                        privateSetting + " while public_access_cidrs restricts the public endpoint: nodes and "
                                + "Fargate pods reach the API through the public endpoint, from their NAT or "
                                + "public IPs, which must then all be in public_access_cidrs",
                        new RelatedLocation(cidrs.location(), "public_access_cidrs restricts the public endpoint"));
            }
        };
    }

    /** NET007: EKS rejects disabling both endpoints. */
    static Condition<EksCluster> keepAtLeastOneEndpointEnabled() {
        return new Condition<>("keep the public or the private API endpoint enabled") {
            @Override
            public void check(EksCluster cluster, EvalContext context, ConditionEvents events) {
                Tri isPublic = publicAccess(cluster);
                Tri isPrivate = privateAccess(cluster);
                if (isPublic.isTrue() || isPrivate.isTrue()) {
                    return;
                }
                if (isPublic.isUnknown() || isPrivate.isUnknown()) {
                    reportUnknownEndpointAccess(cluster, isPublic, events);
                    return;
                }
                String privateSetting = cluster.describe() + (cluster.endpointPrivateAccess().isAbsent()
                        ? " does not set endpoint_private_access (default false)"
                        : " has endpoint_private_access = false");
                events.violation(cluster, () -> settingOrBlock(cluster.endpointPrivateAccess(), cluster),
                        privateSetting + " while endpoint_public_access = false: EKS rejects a cluster with no "
                                + "API endpoint (\"You must enable private access to disable public access\")",
                        new RelatedLocation(cluster.endpointPublicAccess().location(), "public access disabled here"));
            }
        };
    }
}
