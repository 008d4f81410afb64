package dev.netlint.core.lang.syntax;

import dev.netlint.core.analysis.CniConfiguration;
import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.PodTemplate;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.analysis.Workloads;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;

/** Where every rule starts: the subjects of the common model. */
public final class RuleDefinitions {

    private RuleDefinitions() {}

    public static GivenServices services() {
        // a Service written for GKE's or AKS's load balancer is not an EKS Service (OtherCloudServices)
        return new GivenServices(Subjects.of("services", w -> w.services().stream()
                .filter(s -> !dev.netlint.core.analysis.OtherCloudServices.isForAnotherCloud(s)).toList()));
    }

    public static GivenIngresses ingresses() {
        return new GivenIngresses(Subjects.of("ingresses", Workspace::ingresses));
    }

    public static GivenNodeGroups nodeGroups() {
        return new GivenNodeGroups(Subjects.of("node groups", Workspace::nodeGroups));
    }

    public static GivenElements<SecurityGroup> securityGroups() {
        return new GivenElements<>(Subjects.of("security groups", Workspace::securityGroups));
    }

    public static GivenElements<EksCluster> clusters() {
        return new GivenElements<>(Subjects.of("EKS clusters", Workspace::clusters));
    }

    public static GivenElements<Vpc> vpcs() {
        return new GivenElements<>(Subjects.of("VPCs", Workspace::vpcs));
    }

    public static GivenElements<Subnet> subnets() {
        return new GivenElements<>(Subjects.of("subnets", Workspace::subnets));
    }

    public static GivenElements<LaunchTemplate> launchTemplates() {
        return new GivenElements<>(Subjects.of("launch templates", Workspace::launchTemplates));
    }

    /** Every VPC CNI configuration of the input: vpc-cni add-ons and aws-node DaemonSets. */
    public static GivenElements<CniSource> cniConfigurations() {
        return new GivenElements<>(Subjects.derived("VPC CNI configurations", CniConfiguration::sources));
    }

    /** The pod templates of the input's workloads. */
    public static GivenElements<PodTemplate> workloads() {
        return new GivenElements<>(Subjects.derived("workloads", Workloads::podTemplates));
    }

    public static GivenElements<SecurityGroupPolicy> securityGroupPolicies() {
        return new GivenElements<>(Subjects.derived("security group policies", SecurityGroupPolicy::all));
    }
}
