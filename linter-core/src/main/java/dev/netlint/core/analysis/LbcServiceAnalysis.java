package dev.netlint.core.analysis;

import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Service;
import java.util.Optional;

/**
 * Which controller provisions a LoadBalancer Service's NLB and how (RULES.md §1.8, after the controller's
 * service_utils.go and model_build_target_group.go).
 */
public final class LbcServiceAnalysis {

    public static final String LBC_CLASS = "service.k8s.aws/nlb";
    public static final String AUTO_MODE_CLASS = "eks.amazonaws.com/nlb";
    public static final String TYPE = "service.beta.kubernetes.io/aws-load-balancer-type";
    public static final String NLB_TARGET_TYPE = "service.beta.kubernetes.io/aws-load-balancer-nlb-target-type";
    public static final String IP_ADDRESS_TYPE = "service.beta.kubernetes.io/aws-load-balancer-ip-address-type";

    private final Service service;
    /** Who takes classless LoadBalancer Services in this workspace. */
    private final ServiceLoadBalancerDefault byDefault;

    private LbcServiceAnalysis(Service service, ServiceLoadBalancerDefault byDefault) {
        this.service = service;
        this.byDefault = byDefault;
    }

    /**
     * Judged with what the workspace shows about the default: the AWS Load Balancer Controller's Service webhook or
     * EKS Auto Mode give a Service without a class theirs ({@link ServiceLoadBalancerDefault}).
     */
    public static LbcServiceAnalysis of(Service service, AnalysisContext context) {
        return new LbcServiceAnalysis(service, ServiceLoadBalancerDefault.of(context));
    }

    /** What decides a classless Service's controller here. */
    public ServiceLoadBalancerDefault byDefault() {
        return byDefault;
    }

    /**
     * The class the Service ends up with: its own when written, else the workspace's default; empty when it has none
     * or it is not known.
     */
    public Optional<String> effectiveClass() {
        if (!service.loadBalancerClass().isAbsent()) {
            return Optional.ofNullable(service.loadBalancerClass().orNull());
        }
        return !"LoadBalancer".equals(service.type().orNull()) ? Optional.empty()
                : byDefault.defaultClass();
    }

    /** TRUE when the AWS Load Balancer Controller (or EKS Auto Mode) provisions this Service's load balancer. */
    public Tri isClaimedByModernController() {
        Tri loadBalancer = service.type().test("LoadBalancer"::equals);
        if (!loadBalancer.isTrue()) {
            return loadBalancer;
        }
        Value<String> loadBalancerClass = service.loadBalancerClass();
        if (!loadBalancerClass.isAbsent()) {
            return loadBalancerClass.test(c -> c.equals(LBC_CLASS) || c.equals(AUTO_MODE_CLASS));
        }
        if (byDefault.defaultClass().isPresent()) {
            return Tri.TRUE; // a webhook gives it a class on creation
        }
        Tri annotated = claimedByAnnotations();
        return annotated.isFalse() && byDefault.kind() == ServiceLoadBalancerDefault.Kind.UNKNOWN
                ? Tri.UNKNOWN : annotated;
    }

    private Tri claimedByAnnotations() {
        Value<String> type = service.meta().annotation(TYPE);
        if (type.isUnknown()) {
            return Tri.UNKNOWN;
        }
        String typeValue = type.orNull();
        if ("nlb-ip".equals(typeValue)) {
            return Tri.TRUE;
        }
        if ("external".equals(typeValue)) {
            Value<String> targetType = service.meta().annotation(NLB_TARGET_TYPE);
            return targetType.test(t -> t.equals("ip") || t.equals("instance"));
        }
        return Tri.FALSE;
    }

    /**
     * The target type the AWS Load Balancer Controller gives this Service's target groups: ip for {@code nlb-ip}, the
     * {@code aws-load-balancer-nlb-target-type} annotation when written, else the controller's
     * {@code --default-target-type} ({@link LoadBalancerControllerSettings#defaultTargetType}) when the controller
     * claims the Service, as its model_build_target_group.go buildTargetType starts from {@code defaultTargetType}
     * and lets the annotation override it. A Service the controller does not claim (in-tree NLB) keeps instance; one
     * that EKS Auto Mode's class claims gets Auto Mode's default, ip (see {@link AlbIngressAnalysis#targetType}): the
     * workspace's controller settings are not Auto Mode's.
     */
    public Setting<Spelled<TargetType>> targetType(AnalysisContext context) {
        Value<String> type = service.meta().annotation(TYPE);
        if (type instanceof Value.Known<String> known && known.value().equals("nlb-ip")) {
            return Setting.written(TargetType.IP.spelled(), known.location(), TYPE + ": nlb-ip");
        }
        Value<String> targetType = service.meta().annotation(NLB_TARGET_TYPE);
        if (!targetType.isAbsent()) {
            return AlbIngressAnalysis.fromValue(targetType, NLB_TARGET_TYPE).map(TargetType::read);
        }
        if (effectiveClass().filter(AUTO_MODE_CLASS::equals).isPresent()) {
            return Setting.byDefault(TargetType.IP.spelled(), AlbIngressAnalysis.AUTO_MODE_DEFAULT_TARGET_TYPE);
        }
        if (isClaimedByModernController().isTrue()) {
            Setting<Spelled<TargetType>> configured = LoadBalancerControllerSettings.defaultTargetType(context);
            if (configured.writtenAt().isPresent() || !configured.means(TargetType.INSTANCE)) {
                return configured;
            }
        }
        return Setting.byDefault(TargetType.INSTANCE.spelled(), "the default NLB target type");
    }

    public Setting<String> ipAddressType() {
        Value<String> annotation = service.meta().annotation(IP_ADDRESS_TYPE);
        return annotation.isAbsent() ? Setting.byDefault("ipv4", "default ip-address-type")
                : AlbIngressAnalysis.fromValue(annotation, IP_ADDRESS_TYPE);
    }
}
