package dev.netlint.rules.aws;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.rules.aws.EndpointAccessConditions.keepAtLeastOneEndpointEnabled;
import static dev.netlint.core.lang.syntax.RuleDefinitions.clusters;

import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
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
}
