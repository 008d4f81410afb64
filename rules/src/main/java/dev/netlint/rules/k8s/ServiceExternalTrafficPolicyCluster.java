package dev.netlint.rules.k8s;

import static dev.netlint.core.finding.Severity.ERROR;
import static dev.netlint.core.finding.Severity.INFO;
import static dev.netlint.core.lang.syntax.RuleDefinitions.services;

import dev.netlint.core.analysis.LbcServiceAnalysis;
import dev.netlint.core.analysis.Setting;
import dev.netlint.core.lang.Condition;
import dev.netlint.core.lang.ConditionEvents;
import dev.netlint.core.lang.EvalContext;
import dev.netlint.core.lang.RuleBuilder;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.rules.Examples;
import java.util.Set;

/** NET025 service-external-traffic-policy-cluster. Its bad and good examples: {@code dev/netlint/rules/examples/NET025/}. */
public final class ServiceExternalTrafficPolicyCluster {

    private ServiceExternalTrafficPolicyCluster() {}

    public static RuleDefinition definition() {
        RuleBuilder rule = new RuleBuilder("NET025", "service-external-traffic-policy-cluster");
        rule.severity(ERROR);
        rule.summary("externalTrafficPolicy: instance targets with Cluster lose client IPs; ClusterIP Services "
                + "cannot set it");
        rule.notes("EKS-NETWORKING.md:185 \"`externalTrafficPolicy=Cluster`: traffic may be sent to another node, "
                + "source IP is changed to node's IP address, thereby the IP of the client is not preserved\" (the "
                + "notes' next bullet repeats \"Cluster\" by mistake; it describes Local). AWS documentation and "
                + "RULES.md disagree: RULES.md NET025 gives Local as the fix for the in-tree Classic Load Balancer "
                + "too; the ELB guide says a CLB needs proxy protocol, and netlint follows it.");
        rule.rationale("With instance targets (the in-tree controller's NLB, or the AWS Load Balancer "
                + "Controller in instance mode: aws-load-balancer-nlb-target-type instance, or no "
                + "target type and the controller default target type instance, which is the Helm "
                + "value defaultTargetType of a helm_release of the controller's chart when the input "
                + "has one, else --default-target-type, default instance) the load balancer sends "
                + "traffic to node ports and kube-proxy may forward it to another node, replacing the "
                + "client's source address, unless externalTrafficPolicy is Local (info: a design "
                + "choice, Local can spread load unevenly). IP targets bypass kube-proxy and are not "
                + "affected. A Classic Load Balancer (the in-tree controller without "
                + "aws-load-balancer-type: nlb) is a proxy: it replaces the client address whatever "
                + "externalTrafficPolicy says, so there Local does not help and the advice is proxy "
                + "protocol (service.beta.kubernetes.io/aws-load-balancer-proxy-protocol: \"*\") or an "
                + "NLB: the Elastic Load Balancing guide (\"Configure proxy protocol for your Classic "
                + "Load Balancer\") says the instances see the load balancer's address unless proxy "
                + "protocol is on. Controller and Auto Mode: a LoadBalancer Service without "
                + "spec.loadBalancerClass gets service.k8s.aws/nlb from the AWS Load Balancer "
                + "Controller's Service webhook (v2.5 and later, Helm value "
                + "enableServiceMutatorWebhook, on by default) when the input shows the controller (a "
                + "helm_release of its chart, or a Deployment running its image), and "
                + "eks.amazonaws.com/nlb when it shows EKS Auto Mode (an aws_eks_cluster with "
                + "elastic_load_balancing or compute_config enabled; the controller is taken when "
                + "both are present). With the webhook turned off, or a controller older than v2.5, "
                + "the in-tree controller takes it; when the input shows neither, netlint assumes the "
                + "in-tree controller. EKS Auto Mode's NLBs are not judged here. On a ClusterIP "
                + "Service without externalIPs the API server rejects externalTrafficPolicy: \"may "
                + "only be set for externally-accessible services\" (error).");
        rule.fix("On an NLB use externalTrafficPolicy: Local, or ip targets, when the client IP matters; on a "
                + "Classic Load Balancer enable proxy protocol (aws-load-balancer-proxy-protocol: \"*\") or move to an "
                + "NLB; remove externalTrafficPolicy from ClusterIP Services.");
        rule.docs("https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#preserving-the-client-source-ip");
        rule.example(Examples.of("NET025"));
        rule.check(INFO, services().that().haveType("LoadBalancer")
                .should().be(preserveClientIpsWithInstanceTargets())
                .because("instance targets behind externalTrafficPolicy Cluster rewrite the source address"));
        rule.check(ERROR, services().should().be(setExternalTrafficPolicyOnlyWhenExternallyAccessible())
                .because("the API server rejects it on internal Services"));
        return rule.build();
    }

    private static final Set<String> MODERN_TYPE_ANNOTATIONS = Set.of("nlb", "external", "nlb-ip");

    private static final String PROXY_PROTOCOL = "service.beta.kubernetes.io/aws-load-balancer-proxy-protocol";

    /**
     * "preserve client IPs" (NET025 a): with instance targets and {@code externalTrafficPolicy: Local} unset (Cluster
     * is the default) kube-proxy may forward to another node and replaces the client's source address; the advice is
     * Local or ip targets. A Classic Load Balancer (the in-tree controller without an {@code nlb} type annotation) is
     * a proxy: it replaces the client address whatever the policy, so there the advice is proxy protocol
     * ({@code aws-load-balancer-proxy-protocol: "*"}) or an NLB, and Local alone does not pass.
     */
    private static Condition<Service> preserveClientIpsWithInstanceTargets() {
        return new Condition<>("preserve client source IPs") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                if (!"LoadBalancer".equals(service.type().orNull())) {
                    return;
                }
                LbcServiceAnalysis lbc = LbcServiceAnalysis.of(service, context);
                Tri claimed = lbc.isClaimedByModernController();
                boolean inTree = service.loadBalancerClass().isAbsent() && claimed.isFalse();
                boolean lbcInstance = claimed.isTrue() && lbc.targetType(context).means(TargetType.INSTANCE)
                        && !lbc.effectiveClass().filter(LbcServiceAnalysis.AUTO_MODE_CLASS::equals).isPresent();
                if (!inTree && !lbcInstance) {
                    return;
                }
                Value<String> policy = service.externalTrafficPolicy();
                Value<String> type = service.meta().annotation(LbcServiceAnalysis.TYPE);
                if (inTree && type.isKnown() && MODERN_TYPE_ANNOTATIONS.contains(type.orNull())
                        && !"nlb".equals(type.orNull())) {
                    return; // external or nlb-ip the controller does not claim: no load balancer is made (NET024)
                }
                if (inTree && !"nlb".equals(type.orNull())) {
                    Value<String> proxy = service.meta().annotation(PROXY_PROTOCOL);
                    if (proxy.isUnknown()) {
                        events.unknown(service, proxy, "annotation " + PROXY_PROTOCOL);
                    } else if (!"*".equals(proxy.orNull())) {
                        events.violation(service, policy.isKnown() ? policy : service.type(), service.describe()
                                + " loses client source IPs: its Classic Load Balancer (in-tree controller) is a proxy "
                                + "and replaces the client address whatever externalTrafficPolicy says; enable proxy "
                                + "protocol (annotation " + PROXY_PROTOCOL + ": \"*\") and read it in the "
                                + "application, or use an NLB with ip targets");
                    }
                    return;
                }
                if (policy.isUnknown()) {
                    events.unknown(service, policy, "externalTrafficPolicy");
                } else if (policy.isAbsent() || "Cluster".equals(policy.orNull())) {
                    Setting<?> targetType = lbc.targetType(context);
                    events.violation(service, policy.isAbsent() ? service.type() : policy, service.describe()
                            + " loses client source IPs: instance targets"
                            + (inTree ? " (in-tree NLB)" : " (" + targetType.origin() + ")")
                            + " with externalTrafficPolicy " + (policy.isAbsent() ? "Cluster (the default)" : "Cluster")
                            + " forward through any node and rewrite the source address; set externalTrafficPolicy: "
                            + "Local, or use ip targets");
                }
            }
        };
    }

    /**
     * "set externalTrafficPolicy only on externally accessible Services" (NET025 b): the API server rejects it on a
     * ClusterIP Service without externalIPs.
     */
    private static Condition<Service> setExternalTrafficPolicyOnlyWhenExternallyAccessible() {
        return new Condition<>("set externalTrafficPolicy only when externally accessible") {
            @Override
            public void check(Service service, EvalContext context, ConditionEvents events) {
                Value<String> policy = service.externalTrafficPolicy();
                if (!policy.isKnown() || !service.effectiveType().test("ClusterIP"::equals).isTrue()
                        || !service.externalIPs().isEmpty()) {
                    return;
                }
                events.violation(service, policy, service.describe() + " sets externalTrafficPolicy on a ClusterIP "
                        + "Service without externalIPs; the API server rejects it: \"may only be set for externally-accessible services\"");
            }
        };
    }
}
