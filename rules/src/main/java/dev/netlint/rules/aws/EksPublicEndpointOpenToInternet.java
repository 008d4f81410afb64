package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.WARNING;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;
import static dev.netlint.core.analysis.EndpointAccess.publicAccess;
import static dev.netlint.core.analysis.EndpointAccess.settingOrBlock;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.net.Cidr;
import dev.netlint.rules.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** NET005 eks-public-endpoint-open-to-internet. Its bad and good examples: {@code dev/netlint/rules/examples/NET005/}. */
public final class EksPublicEndpointOpenToInternet {

    private EksPublicEndpointOpenToInternet() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET005", "eks-public-endpoint-open-to-internet");
        rule.severity(WARNING);
        rule.summary("The EKS API endpoint must not be public to 0.0.0.0/0");
        rule.notes("EKS-NETWORKING.md:51 \"EKS cluster endpoint can be reached by anyone over the internet. We can "
                + "restrict this access with using allowed CIDR blocks\"");
        rule.rationale("endpoint_public_access defaults to true and, when public_access_cidrs is not set, EKS allows "
                + "0.0.0.0/0 (EKS user guide, cluster endpoint access control; aws_eks_cluster vpc_config). Anyone on "
                + "the internet can then reach the Kubernetes API server and probe it; authentication is the only "
                + "barrier. An empty list, or a list holding 0.0.0.0/0 or ::/0, is the same.");
        rule.fix("Set endpoint_private_access = true, then either endpoint_public_access = false or restrict "
                + "public_access_cidrs to known networks.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html");
        rule.example(Examples.of("NET005"));
        rule.check(clusters().should(notOpenThePublicEndpointToTheInternet())
                .because("a public endpoint without allowed CIDR blocks can be reached by anyone"));
        return rule.build();
    }

    /** NET005: a public endpoint (the default) must not accept 0.0.0.0/0 or ::/0 (the EKS default list). */
    private static Condition<EksCluster> notOpenThePublicEndpointToTheInternet() {
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
}
