package dev.netlint.core.analysis;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.HelmRelease;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who provisions the load balancer of a LoadBalancer Service that names no {@code loadBalancerClass}, as far as the
 * workspace shows it (AWS documentation, which RULES.md §1.8 predates):
 * <ul>
 *   <li>the AWS Load Balancer Controller v2.5+ installs a mutating webhook for Services (Helm value
 *   {@code enableServiceMutatorWebhook}, on by default) that sets {@code loadBalancerClass: service.k8s.aws/nlb}
 *   on every new LoadBalancer Service without one, so the controller makes an NLB;</li>
 *   <li>EKS Auto Mode with load balancing enabled makes {@code eks.amazonaws.com/nlb} the cluster's default class;</li>
 *   <li>otherwise the in-tree cloud controller makes a Classic Load Balancer.</li>
 * </ul>
 * The controller is seen as a {@code helm_release} of its chart (chart 1.5.0 ships v2.5.0) or a Deployment running
 * its image; Auto Mode as an {@code aws_eks_cluster} with it enabled. When both are present the controller's webhook
 * is taken. When neither is present netlint assumes the in-tree controller and says so ({@link Kind#IN_TREE_ASSUMED}).
 * Computed once per workspace.
 */
public record ServiceLoadBalancerDefault(Kind kind, RelatedLocation evidence, String reason) {

    public enum Kind {
        /** The controller's Service webhook gives classless Services {@code service.k8s.aws/nlb}. */
        LOAD_BALANCER_CONTROLLER,
        /** EKS Auto Mode gives classless Services {@code eks.amazonaws.com/nlb}. */
        AUTO_MODE,
        /** The input shows the controller without its Service webhook: the in-tree controller stays the default. */
        IN_TREE,
        /** The input shows neither the controller nor Auto Mode: netlint assumes the in-tree controller. */
        IN_TREE_ASSUMED,
        /** A setting that decides it is not known. */
        UNKNOWN
    }

    /** Said in findings that rest on {@link Kind#IN_TREE_ASSUMED}. */
    public static final String ASSUMPTION = "netlint assumes the in-tree controller is the default: the input shows no "
            + "AWS Load Balancer Controller v2.5+ (whose Service webhook would give it an NLB) and no EKS Auto Mode";

    private static final String WEBHOOK = "enableServiceMutatorWebhook";
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)");
    private static final Object KEY = new Object();
    private static final Object ABSENT_ALB_CLASS_KEY = new Object();

    public static ServiceLoadBalancerDefault of(AnalysisContext context) {
        return context.workspace().derived(KEY, () -> compute(context.workspace()));
    }

    /** The class a classless LoadBalancer Service ends up with; empty for the in-tree controller or when unknown. */
    public java.util.Optional<String> defaultClass() {
        return switch (kind) {
            case LOAD_BALANCER_CONTROLLER -> java.util.Optional.of(LbcServiceAnalysis.LBC_CLASS);
            case AUTO_MODE -> java.util.Optional.of(LbcServiceAnalysis.AUTO_MODE_CLASS);
            default -> java.util.Optional.empty();
        };
    }

    /** The evidence as related locations of a finding: none when nothing in the input decided the default. */
    public java.util.List<RelatedLocation> related() {
        return evidence == null ? java.util.List.of() : java.util.List.of(evidence);
    }

    /** What a finding that rests on this default adds to its message: the assumption, when one was made. */
    public String assumptionNote() {
        return kind == Kind.IN_TREE_ASSUMED ? " (" + ASSUMPTION + ")" : "";
    }

    private static ServiceLoadBalancerDefault compute(Workspace workspace) {
        ServiceLoadBalancerDefault controller = controller(workspace);
        if (controller != null && controller.kind() == Kind.LOAD_BALANCER_CONTROLLER) {
            return controller;
        }
        AutoModeSetting autoMode = autoModeSetting(workspace);
        if (autoMode != null && autoMode.enabled() instanceof Value.Known<Boolean> enabled) {
            return new ServiceLoadBalancerDefault(Kind.AUTO_MODE, new RelatedLocation(enabled.location(),
                    "EKS Auto Mode load balancing is enabled here: LoadBalancer Services without a class get "
                            + LbcServiceAnalysis.AUTO_MODE_CLASS), null);
        }
        if (controller != null && controller.kind() == Kind.UNKNOWN) {
            return controller;
        }
        if (autoMode != null) {
            return new ServiceLoadBalancerDefault(Kind.UNKNOWN, null, "whether EKS Auto Mode of "
                    + autoMode.cluster().address() + " is enabled is not known: " + autoMode.whyUnknown());
        }
        return controller != null ? controller
                : new ServiceLoadBalancerDefault(Kind.IN_TREE_ASSUMED, null, ASSUMPTION);
    }

    /**
     * A cluster's Auto Mode load balancing setting: {@code enabled} is known (true) for the first cluster that enables
     * it, else unknown for the first cluster whose setting cannot be worked out.
     */
    private record AutoModeSetting(EksCluster cluster, Value<Boolean> enabled) {
        String whyUnknown() {
            return ((Value.Unknown<Boolean>) enabled).reason();
        }
    }

    /** See {@link AutoModeSetting}; null when every cluster of the workspace is known not to enable it. */
    private static AutoModeSetting autoModeSetting(Workspace workspace) {
        AutoModeSetting unknown = null;
        for (EksCluster cluster : workspace.clusters()) {
            Value<Boolean> enabled = cluster.autoModeLoadBalancing();
            if (Boolean.TRUE.equals(enabled.orNull())) {
                return new AutoModeSetting(cluster, enabled);
            }
            if (enabled.isUnknown() && unknown == null) {
                unknown = new AutoModeSetting(cluster, enabled);
            }
        }
        return unknown;
    }

    /**
     * Whether the IngressClass {@code alb}, named by an Ingress but not in the input, is EKS Auto Mode's: TRUE when a
     * cluster of the workspace enables Auto Mode load balancing and no AWS Load Balancer Controller is seen (the EKS
     * user guide's Auto Mode examples name their class {@code alb} too), UNKNOWN when that setting cannot be worked
     * out, FALSE otherwise (the controller's conventional class). The answer's words say why when it is UNKNOWN.
     */
    public static AbsentAlbClass absentAlbClass(AnalysisContext context) {
        return context.workspace().derived(ABSENT_ALB_CLASS_KEY, () -> {
            Workspace workspace = context.workspace();
            AutoModeSetting autoMode = controller(workspace) != null ? null : autoModeSetting(workspace);
            if (autoMode == null) {
                return new AbsentAlbClass(Tri.FALSE, null);
            }
            if (autoMode.enabled().isKnown()) {
                return new AbsentAlbClass(Tri.TRUE, null);
            }
            return new AbsentAlbClass(Tri.UNKNOWN, "IngressClass alb is not in the input: it is EKS Auto Mode's if "
                    + "Auto Mode load balancing of " + autoMode.cluster().address() + " is enabled, which is not known: "
                    + autoMode.whyUnknown());
        });
    }

    /** See {@link #absentAlbClass}; {@code whyUnknown} is null unless {@code autoMode} is UNKNOWN. */
    public record AbsentAlbClass(Tri autoMode, String whyUnknown) {}

    /** What the AWS Load Balancer Controller in the input does to classless Services; null when none is seen. */
    private static ServiceLoadBalancerDefault controller(Workspace workspace) {
        for (HelmRelease release : workspace.helmReleases()) {
            if (!release.isLoadBalancerController()) {
                continue;
            }
            Value<String> version = release.version();
            int[] chart = version(version.orNull());
            if (chart != null && chart[0] == 1 && chart[1] < 5) {
                return new ServiceLoadBalancerDefault(Kind.IN_TREE, new RelatedLocation(version.location(),
                        "chart version " + version.orNull() + " installs the AWS Load Balancer Controller before "
                                + "v2.5, which has no Service webhook"), null);
            }
            Value<String> webhook = release.value(WEBHOOK);
            if (webhook.isUnknown()) {
                return new ServiceLoadBalancerDefault(Kind.UNKNOWN, null, WEBHOOK + " of " + release.address()
                        + " is not known: " + ((Value.Unknown<String>) webhook).reason());
            }
            if ("false".equals(webhook.orNull())) {
                return new ServiceLoadBalancerDefault(Kind.IN_TREE, new RelatedLocation(webhook.location(),
                        WEBHOOK + " = false here: the AWS Load Balancer Controller leaves Services without a class "
                                + "to the in-tree controller"), null);
            }
            return new ServiceLoadBalancerDefault(Kind.LOAD_BALANCER_CONTROLLER, new RelatedLocation(
                    webhook.isKnown() ? webhook.location() : release.location(), "the AWS Load Balancer Controller "
                    + "is installed here; its Service webhook (on by default since v2.5) gives LoadBalancer Services "
                    + "without a class " + LbcServiceAnalysis.LBC_CLASS), null);
        }
        for (GenericK8sObject deployment : workspace.otherK8sObjects("Deployment")) {
            PScalarAt image = controllerImage(deployment);
            if (image == null) {
                continue;
            }
            int[] tag = version(image.text().substring(image.text().lastIndexOf(':') + 1));
            if (image.text().lastIndexOf(':') > image.text().lastIndexOf('/') && tag != null
                    && tag[0] == 2 && tag[1] < 5) {
                return new ServiceLoadBalancerDefault(Kind.IN_TREE, new RelatedLocation(image.location(),
                        "this AWS Load Balancer Controller is older than v2.5 and has no Service webhook"), null);
            }
            return new ServiceLoadBalancerDefault(Kind.LOAD_BALANCER_CONTROLLER, new RelatedLocation(image.location(),
                    "the AWS Load Balancer Controller runs here; its Service webhook (on by default since v2.5) "
                            + "gives LoadBalancer Services without a class " + LbcServiceAnalysis.LBC_CLASS), null);
        }
        return null;
    }

    private record PScalarAt(String text, Location location) {}

    private static PScalarAt controllerImage(GenericK8sObject deployment) {
        PNode containers = deployment.document().at("spec", "template", "spec", "containers");
        PList list = containers == null ? null : containers.asList();
        if (list == null) {
            return null;
        }
        for (PNode item : list.items()) {
            PMap container = item.asMap();
            String image = container == null ? null : container.text("image");
            if (image != null && !container.scalar("image").isUnknown()
                    && image.contains("/aws-load-balancer-controller")) {
                return new PScalarAt(image, container.scalar("image").location());
            }
        }
        return null;
    }

    private static int[] version(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = VERSION.matcher(text.trim());
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }
}
