package dev.netlint.core.analysis;

import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressClass;
import dev.netlint.core.model.k8s.IngressClassParams;
import dev.netlint.core.model.k8s.Service;
import java.util.List;
import java.util.Optional;

/**
 * How the AWS Load Balancer Controller sees an Ingress (RULES.md §1.7, after the controller's group_loader.go and
 * model_build_target_group.go): whether it manages it, and the group, target type, scheme and IP address type in
 * effect once IngressClassParams and annotations have been weighed.
 */
public final class AlbIngressAnalysis {

    public static final String LEGACY_CLASS_ANNOTATION = "kubernetes.io/ingress.class";
    public static final String GROUP_NAME = "alb.ingress.kubernetes.io/group.name";
    public static final String TARGET_TYPE = "alb.ingress.kubernetes.io/target-type";
    public static final String IP_ADDRESS_TYPE = "alb.ingress.kubernetes.io/ip-address-type";
    public static final String SCHEME = "alb.ingress.kubernetes.io/scheme";
    /** Where an EKS Auto Mode load balancer's target type comes from when nothing sets it: Auto Mode's default, ip. */
    public static final String AUTO_MODE_DEFAULT_TARGET_TYPE = "EKS Auto Mode's default target type";

    private final Ingress ingress;
    private final AnalysisContext context;
    private final Tri managed;
    private final IngressClass ingressClass;
    private final IngressClassParams params;
    /** TRUE when the class in effect is EKS Auto Mode's; UNKNOWN only for an absent class {@code alb}. */
    private final Tri autoMode;
    private final String whyAutoModeUnknown;

    private AlbIngressAnalysis(Ingress ingress, AnalysisContext context) {
        this.ingress = ingress;
        this.context = context;
        Value<String> legacyClass = ingress.meta().annotation(LEGACY_CLASS_ANNOTATION);
        if (!legacyClass.isAbsent()) {
            // The annotation wins and IngressClassParams are not applied.
            this.managed = legacyClass.test("alb"::equals);
            this.ingressClass = null;
            this.params = null;
            this.autoMode = Tri.FALSE;
            this.whyAutoModeUnknown = null;
            return;
        }
        Optional<IngressClass> named = ingress.ingressClassName().isKnown()
                ? context.workspace().ingressClass(ingress.ingressClassName().orNull())
                : Optional.empty();
        if (ingress.ingressClassName().isUnknown()) {
            this.managed = Tri.UNKNOWN;
            this.ingressClass = null;
        } else if (ingress.ingressClassName().isKnown()) {
            this.ingressClass = named.orElse(null);
            this.managed = named.map(AlbIngressAnalysis::isAlbClass)
                    // A class that is not in the input: the conventional name "alb" is the controller's default.
                    .orElse("alb".equals(ingress.ingressClassName().orNull()) ? Tri.TRUE : Tri.UNKNOWN);
        } else {
            List<IngressClass> defaults = context.workspace().defaultIngressClasses();
            this.ingressClass = defaults.size() == 1 ? defaults.get(0) : null;
            this.managed = ingressClass != null ? isAlbClass(ingressClass) : Tri.UNKNOWN;
        }
        this.params = ingressClass == null ? null : paramsOf(ingressClass, context);
        if (ingressClass == null && named.isEmpty() && "alb".equals(ingress.ingressClassName().orNull())) {
            ServiceLoadBalancerDefault.AbsentAlbClass absent = ServiceLoadBalancerDefault.absentAlbClass(context);
            this.autoMode = absent.autoMode();
            this.whyAutoModeUnknown = absent.whyUnknown();
        } else {
            this.autoMode = Tri.of(ingressClass != null
                    && IngressClass.AUTO_MODE_ALB_CONTROLLER.equals(ingressClass.controller().orNull()));
            this.whyAutoModeUnknown = null;
        }
    }

    public static AlbIngressAnalysis of(Ingress ingress, AnalysisContext context) {
        return new AlbIngressAnalysis(ingress, context);
    }

    private static Tri isAlbClass(IngressClass ingressClass) {
        return ingressClass.controller().test(c -> c.equals(IngressClass.ALB_CONTROLLER)
                || c.equals(IngressClass.AUTO_MODE_ALB_CONTROLLER));
    }

    private static IngressClassParams paramsOf(IngressClass ingressClass, AnalysisContext context) {
        if (!"IngressClassParams".equals(ingressClass.parametersKind().orNull())) {
            return null;
        }
        String name = ingressClass.parametersName().orNull();
        return name == null ? null : context.workspace().ingressClassParams(name).orElse(null);
    }

    /** TRUE when the ALB controller (or EKS Auto Mode's) reconciles this Ingress. */
    public Tri isAlbManaged() {
        return managed;
    }

    /**
     * True when the Ingress's class belongs to EKS Auto Mode, which ignores the group.name annotation: its
     * IngressClass names Auto Mode's controller, or the class {@code alb} is not in the input and the workspace's
     * cluster has Auto Mode load balancing without the AWS Load Balancer Controller.
     */
    public boolean isAutoMode() {
        return autoMode.isTrue();
    }

    public Optional<IngressClass> ingressClass() {
        return Optional.ofNullable(ingressClass);
    }

    public Optional<IngressClassParams> params() {
        return Optional.ofNullable(params);
    }

    /** The IngressGroup: IngressClassParams' group wins over the annotation; null value when implicit. */
    public Setting<String> group() {
        if (params != null && !params.groupName().isAbsent()) {
            return fromClassParams(params.groupName(), "spec.group.name of IngressClassParams " + params.name());
        }
        Value<String> annotation = ingress.meta().annotation(GROUP_NAME);
        if (!annotation.isAbsent() && autoMode.isUnknown()) {
            return Setting.unknown(whyAutoModeUnknown, ingress.ingressClassName().location());
        }
        if (annotation.isAbsent() || isAutoMode()) {
            return Setting.byDefault("", "implicit group of its own");
        }
        return fromValue(annotation, "annotation " + GROUP_NAME);
    }

    /** Why {@link #isAlbManaged()} is UNKNOWN, where and in words (for --strict); empty when it is known. */
    public Optional<Undecided> whyManagedIsUnknown() {
        if (!managed.isUnknown()) {
            return Optional.empty();
        }
        Value<String> legacyClass = ingress.meta().annotation(LEGACY_CLASS_ANNOTATION);
        if (legacyClass.isUnknown()) {
            return Undecided.ofUnknown(legacyClass, "annotation " + LEGACY_CLASS_ANNOTATION);
        }
        Value<String> className = ingress.ingressClassName();
        if (className.isUnknown()) {
            return Undecided.ofUnknown(className, "ingressClassName");
        }
        if (className.isKnown()) {
            return Optional.of(ingressClass == null
                    ? reason(className.location(), "IngressClass " + className.orNull() + " is not in the input, so"
                    + " which controller serves it is not known")
                    : reason(ingressClass.controller().location(), "the controller of IngressClass "
                    + ingressClass.meta().name() + " is not known"));
        }
        long defaults = context.workspace().defaultIngressClasses().size();
        return Optional.of(reason(ingress.meta().metadataLocation(), defaults == 0
                ? "it names no IngressClass and the input has no default IngressClass"
                : "it names no IngressClass and the input has " + defaults + " default IngressClasses"));
    }

    private static Undecided reason(dev.netlint.core.source.Location at, String message) {
        return new Undecided(at, message);
    }

    /** True when the Ingress belongs to no explicit group, so it gets an ALB of its own. */
    public Tri isUngrouped() {
        Setting<String> group = group();
        return group.isKnown() ? Tri.of(group.get().isEmpty()) : Tri.UNKNOWN;
    }

    /**
     * The target type for traffic to {@code backend}: IngressClassParams, then the backend Service's annotation,
     * then the Ingress's, then the controller default: ip under EKS Auto Mode (EKS user guide, "Considerations for
     * load balancing with EKS Auto Mode": "The default targeting mode is IP Mode, not Instance Mode"), else the AWS
     * Load Balancer Controller's.
     */
    public Setting<Spelled<TargetType>> targetType(Service backend) {
        if (params != null && !params.targetType().isAbsent()) {
            return fromClassParams(params.targetType(), "spec.targetType of IngressClassParams " + params.name())
                    .map(TargetType::read);
        }
        if (backend != null && !backend.meta().annotation(TARGET_TYPE).isAbsent()) {
            return fromValue(backend.meta().annotation(TARGET_TYPE), TARGET_TYPE + " on " + backend.describe())
                    .map(TargetType::read);
        }
        Value<String> annotation = ingress.meta().annotation(TARGET_TYPE);
        if (!annotation.isAbsent()) {
            return fromValue(annotation, TARGET_TYPE + " on " + ingress.describe()).map(TargetType::read);
        }
        if (autoMode.isUnknown()) {
            return Setting.unknown(whyAutoModeUnknown, ingress.ingressClassName().location());
        }
        if (isAutoMode()) {
            return Setting.byDefault(TargetType.IP.spelled(), AUTO_MODE_DEFAULT_TARGET_TYPE);
        }
        return LoadBalancerControllerSettings.defaultTargetType(context);
    }

    public Setting<String> ipAddressType() {
        if (params != null && !params.ipAddressType().isAbsent()) {
            return fromClassParams(params.ipAddressType(), "spec.ipAddressType of IngressClassParams " + params.name());
        }
        Value<String> annotation = ingress.meta().annotation(IP_ADDRESS_TYPE);
        return annotation.isAbsent() ? Setting.byDefault("ipv4", "default ip-address-type")
                : fromValue(annotation, IP_ADDRESS_TYPE);
    }

    public Setting<String> scheme() {
        if (params != null && !params.scheme().isAbsent()) {
            return fromClassParams(params.scheme(), "spec.scheme of IngressClassParams " + params.name());
        }
        Value<String> annotation = ingress.meta().annotation(SCHEME);
        return annotation.isAbsent() ? Setting.byDefault("internal", "default scheme")
                : fromValue(annotation, SCHEME);
    }

    /** The backend Services of the Ingress that are in the input, in the Ingress's namespace. */
    public List<Service> backendServices() {
        return ingress.backends().stream()
                .map(b -> context.workspace().service(ingress.namespace(), b.serviceName()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** A setting read from a written value (trimmed), or unknown with why. */
    static Setting<String> fromValue(Value<String> value, String origin) {
        if (value instanceof Value.Known<String> known) {
            return Setting.written(known.value().trim(), known.location(), origin);
        }
        return Setting.unknown(value instanceof Value.Unknown<String> unknown
                ? origin + " is not known: " + unknown.reason() : origin + " cannot be resolved", value.location());
    }

    /** {@link #fromValue} for a value IngressClassParams writes. */
    private static Setting<String> fromClassParams(Value<String> value, String origin) {
        Setting<String> setting = fromValue(value, origin);
        return new Setting<>(setting.value(), setting.origin(), true);
    }
}
