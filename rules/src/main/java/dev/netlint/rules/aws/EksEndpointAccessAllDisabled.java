package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;
import static dev.netlint.core.analysis.EndpointAccess.privateAccess;
import static dev.netlint.core.analysis.EndpointAccess.publicAccess;
import static dev.netlint.core.analysis.EndpointAccess.reportUnknownEndpointAccess;
import static dev.netlint.core.analysis.EndpointAccess.settingOrBlock;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.rules.Examples;

/** NET007 eks-endpoint-access-all-disabled. Its bad and good examples: {@code dev/netlint/rules/examples/NET007/}. */
public final class EksEndpointAccessAllDisabled {

    private EksEndpointAccessAllDisabled() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET007", "eks-endpoint-access-all-disabled");
        rule.severity(ERROR);
        rule.summary("An EKS cluster must keep its public or its private API endpoint enabled");
        rule.notes("EKS-NETWORKING.md:55 \"In this case, the cluster endpoint can be reached only from the private "
                + "VPC\"");
        rule.rationale("A private-only cluster needs endpoint_private_access = true, which defaults to false. With "
                + "endpoint_public_access = false as well, the EKS API rejects the configuration (\"You must enable "
                + "private access to disable public access\"), so terraform apply fails.");
        rule.fix("Set endpoint_private_access = true.");
        rule.docs("https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html");
        rule.example(Examples.of("NET007"));
        rule.check(clusters().should(keepAtLeastOneEndpointEnabled())
                .because("EKS rejects a cluster whose API endpoint can be reached from nowhere"));
        return rule.build();
    }

    /** NET007: EKS rejects disabling both endpoints. */
    private static Condition<EksCluster> keepAtLeastOneEndpointEnabled() {
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
