package dev.netlint.core.lang.groovy;

import dev.netlint.core.analysis.CniSource;
import dev.netlint.core.analysis.PodTemplate;
import dev.netlint.core.analysis.SecurityGroupPolicy;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.syntax.GivenElements;
import dev.netlint.core.lang.syntax.GivenIngresses;
import dev.netlint.core.lang.syntax.GivenNodeGroups;
import dev.netlint.core.lang.syntax.GivenServices;
import dev.netlint.core.lang.syntax.RuleDefinitions;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.Vpc;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * The base class of a user's rule file. A rule file is a script of {@code rule(...) { ... }} blocks; this class gives
 * it the DSL's entry points as typed methods, so rule files compile under {@code @CompileStatic}. Each entry point is
 * the one of {@link RuleDefinitions} that the built-in rules (Java) call, so both write rules with the same words.
 */
public abstract class RuleScript extends Script {

    private final List<RuleDefinition> defined = new ArrayList<>();
    private boolean ran;

    /**
     * Declares a rule. {@code DELEGATE_FIRST} (not {@code DELEGATE_ONLY}) so that {@code services()} and friends,
     * which live on this script, resolve inside the block.
     */
    public void rule(String id, String name,
                     @DelegatesTo(value = RuleSpec.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        RuleSpec spec = new RuleSpec(id, name);
        Closure<?> block = (Closure<?>) body.clone();
        block.setDelegate(spec);
        block.setResolveStrategy(Closure.DELEGATE_FIRST);
        block.call();
        defined.add(spec.build());
    }

    /** The rules this file declares (it runs once). */
    public final synchronized List<RuleDefinition> definitions() {
        if (!ran) {
            run();
            ran = true;
        }
        return List.copyOf(defined);
    }

    public static GivenServices services() {
        return RuleDefinitions.services();
    }

    public static GivenIngresses ingresses() {
        return RuleDefinitions.ingresses();
    }

    public static GivenNodeGroups nodeGroups() {
        return RuleDefinitions.nodeGroups();
    }

    public static GivenElements<SecurityGroup> securityGroups() {
        return RuleDefinitions.securityGroups();
    }

    public static GivenElements<EksCluster> clusters() {
        return RuleDefinitions.clusters();
    }

    public static GivenElements<Vpc> vpcs() {
        return RuleDefinitions.vpcs();
    }

    public static GivenElements<Subnet> subnets() {
        return RuleDefinitions.subnets();
    }

    public static GivenElements<LaunchTemplate> launchTemplates() {
        return RuleDefinitions.launchTemplates();
    }

    public static GivenElements<CniSource> cniConfigurations() {
        return RuleDefinitions.cniConfigurations();
    }

    public static GivenElements<PodTemplate> workloads() {
        return RuleDefinitions.workloads();
    }

    public static GivenElements<SecurityGroupPolicy> securityGroupPolicies() {
        return RuleDefinitions.securityGroupPolicies();
    }
}
