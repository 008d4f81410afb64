package dev.netlint.core.model;

import dev.netlint.core.model.aws.EksAddon;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.FargateProfile;
import dev.netlint.core.model.aws.HelmRelease;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.model.aws.NodeGroup;
import dev.netlint.core.model.aws.RouteTable;
import dev.netlint.core.model.aws.RouteTableAssociation;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.Subnet;
import dev.netlint.core.model.aws.TfResource;
import dev.netlint.core.model.aws.Vpc;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressClass;
import dev.netlint.core.model.k8s.IngressClassParams;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.TargetGroupBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import dev.netlint.core.model.k8s.IngressBackend;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run read, Kubernetes and Terraform together, so cross-file rules (a cluster's {@code ip_family} in
 * Terraform, an Ingress in YAML) meet. Elements are kept in location order, which makes rule evaluation order, and so
 * output, independent of how parsing was scheduled. Lookups used by cross-resource rules go through indexes built
 * once here, never through nested scans.
 */
public final class Workspace {

    private final List<Service> services;
    private final List<Ingress> ingresses;
    private final List<IngressClass> ingressClasses;
    private final List<IngressClassParams> ingressClassParams;
    private final List<TargetGroupBinding> targetGroupBindings;
    private final List<GenericK8sObject> otherK8sObjects;
    private final List<SecurityGroup> securityGroups;
    private final List<Vpc> vpcs;
    private final List<Subnet> subnets;
    private final List<EksCluster> clusters;
    private final List<NodeGroup> nodeGroups;
    private final List<LaunchTemplate> launchTemplates;
    private final List<EksAddon> addons;
    private final List<FargateProfile> fargateProfiles;
    private final List<RouteTable> routeTables;
    private final List<RouteTableAssociation> routeTableAssociations;
    private final List<HelmRelease> helmReleases;
    private final Map<String, TfResource> tfByAddress = new HashMap<>();
    /** Addresses that several Terraform root modules of the run define (environments/prod and staging, say). */
    private final java.util.Set<String> ambiguousAddresses = new java.util.HashSet<>();
    private final Map<String, Service> servicesByName = new HashMap<>();
    private final Map<String, IngressClass> ingressClassesByName = new HashMap<>();
    private final Map<String, IngressClassParams> ingressClassParamsByName = new HashMap<>();
    private final Map<String, List<GenericK8sObject>> otherK8sObjectsByKind = new HashMap<>();
    private final Map<String, List<Ingress>> ingressesByBackendService = new HashMap<>();
    private final Map<String, List<TargetGroupBinding>> bindingsByService = new HashMap<>();
    /** Values computed once per workspace by the analyses every rule shares (see {@link #derived}). */
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    private Workspace(Builder b) {
        services = sorted(b.services);
        ingresses = sorted(b.ingresses);
        ingressClasses = sorted(b.ingressClasses);
        ingressClassParams = sorted(b.ingressClassParams);
        targetGroupBindings = sorted(b.targetGroupBindings);
        otherK8sObjects = sorted(b.otherK8sObjects);
        securityGroups = sorted(b.securityGroups);
        vpcs = sorted(b.vpcs);
        subnets = sorted(b.subnets);
        clusters = sorted(b.clusters);
        launchTemplates = sorted(b.launchTemplates);
        // only EKS nodes are nodes: a web server's aws_instance is no concern of any node rule
        nodeGroups = dev.netlint.core.model.aws.EksNodeTies.eksNodes(sorted(b.nodeGroups), launchTemplates);
        addons = sorted(b.addons);
        fargateProfiles = sorted(b.fargateProfiles);
        routeTables = sorted(b.routeTables);
        routeTableAssociations = sorted(b.routeTableAssociations);
        helmReleases = sorted(b.helmReleases);
        // every compute resource keeps its address, node or not: a reference to it still resolves
        for (List<? extends TfResource> list : List.of(securityGroups, vpcs, subnets, clusters, sorted(b.nodeGroups),
                launchTemplates, addons, fargateProfiles, routeTables, routeTableAssociations)) {
            list.forEach(r -> {
                TfResource earlier = tfByAddress.putIfAbsent(r.address(), r);
                if (earlier != null && earlier != r && !folderOf(earlier).equals(folderOf(r))) {
                    ambiguousAddresses.add(r.address());
                }
            });
        }
        services.forEach(s -> servicesByName.putIfAbsent(s.meta().qualifiedName(), s));
        ingressClasses.forEach(c -> ingressClassesByName.putIfAbsent(c.name(), c));
        ingressClassParams.forEach(p -> ingressClassParamsByName.putIfAbsent(p.name(), p));
        otherK8sObjects.forEach(o -> otherK8sObjectsByKind.computeIfAbsent(o.meta().kind(), k -> new ArrayList<>()).add(o));
        for (Ingress ingress : ingresses) {
            Set<String> seen = new HashSet<>();
            for (IngressBackend backend : ingress.backends()) {
                String key = ingress.namespace() + "/" + backend.serviceName();
                if (seen.add(key)) {
                    ingressesByBackendService.computeIfAbsent(key, k -> new ArrayList<>()).add(ingress);
                }
            }
        }
        for (TargetGroupBinding binding : targetGroupBindings) {
            String service = binding.serviceName().orNull();
            if (service != null) {
                bindingsByService.computeIfAbsent(binding.namespace() + "/" + service, k -> new ArrayList<>()).add(binding);
            }
        }
    }

    private static <T extends ModelElement> List<T> sorted(List<T> elements) {
        List<T> copy = new ArrayList<>(elements);
        copy.sort(Comparator.comparing(ModelElement::location).thenComparing(ModelElement::describe));
        return List.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Service> services() { return services; }
    public List<Ingress> ingresses() { return ingresses; }
    public List<IngressClass> ingressClasses() { return ingressClasses; }
    public List<IngressClassParams> ingressClassParams() { return ingressClassParams; }
    public List<TargetGroupBinding> targetGroupBindings() { return targetGroupBindings; }
    public List<GenericK8sObject> otherK8sObjects() { return otherK8sObjects; }
    public List<SecurityGroup> securityGroups() { return securityGroups; }
    public List<Vpc> vpcs() { return vpcs; }
    public List<Subnet> subnets() { return subnets; }
    public List<EksCluster> clusters() { return clusters; }
    public List<NodeGroup> nodeGroups() { return nodeGroups; }
    public List<LaunchTemplate> launchTemplates() { return launchTemplates; }
    public List<EksAddon> addons() { return addons; }
    public List<FargateProfile> fargateProfiles() { return fargateProfiles; }
    public List<RouteTable> routeTables() { return routeTables; }
    public List<RouteTableAssociation> routeTableAssociations() { return routeTableAssociations; }
    /** Terraform {@code helm_release} resources (cluster add-ons installed with Terraform). */
    public List<HelmRelease> helmReleases() { return helmReleases; }

    /** True when the run read any Kubernetes object or Terraform resource at all. */
    public boolean hasKubernetes() {
        return !(services.isEmpty() && ingresses.isEmpty() && ingressClasses.isEmpty()
                && ingressClassParams.isEmpty() && targetGroupBindings.isEmpty() && otherK8sObjects.isEmpty());
    }

    /**
     * A Terraform resource by address ({@code aws_security_group.nodes}). Empty when no resource has it, and also
     * when several root modules of the run define it: a reference cannot then be tied to one of them, so it is
     * treated as unresolved (no finding) rather than resolved to the wrong module's resource. This happens only in
     * a configured workspace that holds several root modules: without configuration every root module is a
     * workspace of its own and resolves its own addresses.
     */
    public <T extends TfResource> Optional<T> resource(String address, Class<T> type) {
        if (ambiguousAddresses.contains(address)) {
            return Optional.empty();
        }
        TfResource resource = tfByAddress.get(address);
        return type.isInstance(resource) ? Optional.of(type.cast(resource)) : Optional.empty();
    }

    /** The folder a resource is written in: a plan's resources are located in the .tf files they come from. */
    private static String folderOf(TfResource resource) {
        String file = resource.location().file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    /** True when several root modules of the run define a resource at this address. */
    public boolean isAmbiguous(String address) {
        return ambiguousAddresses.contains(address);
    }

    /** A Service by namespace and name. */
    public Optional<Service> service(String namespace, String name) {
        return Optional.ofNullable(servicesByName.get(namespace + "/" + name));
    }

    public Optional<IngressClass> ingressClass(String name) {
        return Optional.ofNullable(ingressClassesByName.get(name));
    }

    /**
     * The IngressClasses marked as the cluster's default, one per name: IngressClasses are cluster-scoped, so two files
     * that define the same name (a copy of a manifest folder, the same class in two overlays) define one object, as
     * {@link #ingressClass} reads them. (Same-named classes with different controllers are split into workspaces of
     * their own before this.)
     */
    public List<IngressClass> defaultIngressClasses() {
        Map<String, IngressClass> byName = new java.util.LinkedHashMap<>();
        ingressClasses.stream().filter(IngressClass::isDefault).forEach(c -> byName.putIfAbsent(c.name(), c));
        return List.copyOf(byName.values());
    }

    public Optional<IngressClassParams> ingressClassParams(String name) {
        return Optional.ofNullable(ingressClassParamsByName.get(name));
    }

    /** The other Kubernetes objects of one kind ({@code DaemonSet}, {@code ServiceAccount}), in location order. */
    public List<GenericK8sObject> otherK8sObjects(String kind) {
        return otherK8sObjectsByKind.getOrDefault(kind, List.of());
    }

    /** The Ingresses with at least one backend naming Service {@code namespace/name}, in location order. */
    public List<Ingress> ingressesRoutingTo(String namespace, String name) {
        return ingressesByBackendService.getOrDefault(namespace + "/" + name, List.of());
    }

    /** The TargetGroupBindings whose serviceRef names Service {@code namespace/name}, in location order. */
    public List<TargetGroupBinding> targetGroupBindingsOf(String namespace, String name) {
        return bindingsByService.getOrDefault(namespace + "/" + name, List.of());
    }

    /**
     * A value derived from this workspace alone, computed on first use and then shared: analyses that every subject
     * of a rule (or several rules) needs, such as the CNI configurations, are computed once per run instead of once
     * per subject. {@code compute} must depend only on this workspace; {@code key} names the analysis.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
        Object value = derived.get(key);
        if (value == null) {
            value = compute.get();
            Object earlier = derived.putIfAbsent(key, value);
            if (earlier != null) {
                value = earlier;
            }
        }
        return (T) value;
    }

    /** All Kubernetes objects of the run, in location order. */
    public List<K8sResource> kubernetesObjects() {
        List<K8sResource> all = new ArrayList<>();
        all.addAll(services);
        all.addAll(ingresses);
        all.addAll(ingressClasses);
        all.addAll(ingressClassParams);
        all.addAll(targetGroupBindings);
        all.addAll(otherK8sObjects);
        return sorted(all);
    }

    /** Collects elements from loaders; not thread-safe, so each parsing task fills its own and they are merged. */
    public static final class Builder {
        private final List<Service> services = new ArrayList<>();
        private final List<Ingress> ingresses = new ArrayList<>();
        private final List<IngressClass> ingressClasses = new ArrayList<>();
        private final List<IngressClassParams> ingressClassParams = new ArrayList<>();
        private final List<TargetGroupBinding> targetGroupBindings = new ArrayList<>();
        private final List<GenericK8sObject> otherK8sObjects = new ArrayList<>();
        private final List<SecurityGroup> securityGroups = new ArrayList<>();
        private final List<Vpc> vpcs = new ArrayList<>();
        private final List<Subnet> subnets = new ArrayList<>();
        private final List<EksCluster> clusters = new ArrayList<>();
        private final List<NodeGroup> nodeGroups = new ArrayList<>();
        private final List<LaunchTemplate> launchTemplates = new ArrayList<>();
        private final List<EksAddon> addons = new ArrayList<>();
        private final List<FargateProfile> fargateProfiles = new ArrayList<>();
        private final List<RouteTable> routeTables = new ArrayList<>();
        private final List<RouteTableAssociation> routeTableAssociations = new ArrayList<>();
        private final List<HelmRelease> helmReleases = new ArrayList<>();

        public Builder add(ModelElement element) {
            if (element instanceof Service e) services.add(e);
            else if (element instanceof Ingress e) ingresses.add(e);
            else if (element instanceof IngressClass e) ingressClasses.add(e);
            else if (element instanceof IngressClassParams e) ingressClassParams.add(e);
            else if (element instanceof TargetGroupBinding e) targetGroupBindings.add(e);
            else if (element instanceof GenericK8sObject e) otherK8sObjects.add(e);
            else if (element instanceof SecurityGroup e) securityGroups.add(e);
            else if (element instanceof Vpc e) vpcs.add(e);
            else if (element instanceof Subnet e) subnets.add(e);
            else if (element instanceof EksCluster e) clusters.add(e);
            else if (element instanceof NodeGroup e) nodeGroups.add(e);
            else if (element instanceof LaunchTemplate e) launchTemplates.add(e);
            else if (element instanceof EksAddon e) addons.add(e);
            else if (element instanceof FargateProfile e) fargateProfiles.add(e);
            else if (element instanceof RouteTable e) routeTables.add(e);
            else if (element instanceof RouteTableAssociation e) routeTableAssociations.add(e);
            else if (element instanceof HelmRelease e) helmReleases.add(e);
            else throw new IllegalArgumentException("not a model element netlint knows: " + element);
            return this;
        }

        public Builder addAll(Builder other) {
            services.addAll(other.services);
            ingresses.addAll(other.ingresses);
            ingressClasses.addAll(other.ingressClasses);
            ingressClassParams.addAll(other.ingressClassParams);
            targetGroupBindings.addAll(other.targetGroupBindings);
            otherK8sObjects.addAll(other.otherK8sObjects);
            securityGroups.addAll(other.securityGroups);
            vpcs.addAll(other.vpcs);
            subnets.addAll(other.subnets);
            clusters.addAll(other.clusters);
            nodeGroups.addAll(other.nodeGroups);
            launchTemplates.addAll(other.launchTemplates);
            addons.addAll(other.addons);
            fargateProfiles.addAll(other.fargateProfiles);
            routeTables.addAll(other.routeTables);
            routeTableAssociations.addAll(other.routeTableAssociations);
            helmReleases.addAll(other.helmReleases);
            return this;
        }

        /** True when Terraform resources were collected (a root module, or a plan). */
        public boolean hasTerraform() {
            return !(securityGroups.isEmpty() && vpcs.isEmpty() && subnets.isEmpty() && clusters.isEmpty()
                    && nodeGroups.isEmpty() && launchTemplates.isEmpty() && addons.isEmpty()
                    && fargateProfiles.isEmpty() && routeTables.isEmpty() && routeTableAssociations.isEmpty());
        }

        /** The EKS clusters collected so far. */
        public List<EksCluster> clusters() {
            return List.copyOf(clusters);
        }

        /** The IngressClasses collected so far. */
        public List<IngressClass> ingressClasses() {
            return List.copyOf(ingressClasses);
        }

        public Workspace build() {
            return new Workspace(this);
        }
    }
}
