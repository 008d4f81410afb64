package dev.netlint.core.parse.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.model.ModelElement;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.k8s.GenericK8sObject;
import dev.netlint.core.model.k8s.Ingress;
import dev.netlint.core.model.k8s.IngressBackend;
import dev.netlint.core.model.k8s.IngressClass;
import dev.netlint.core.model.k8s.IngressClassParams;
import dev.netlint.core.model.k8s.K8sResource;
import dev.netlint.core.model.k8s.Service;
import dev.netlint.core.model.k8s.ServicePort;
import dev.netlint.core.model.k8s.TargetGroupBinding;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How manifest documents become model elements: by apiVersion and kind, with every field keeping where it was
 * written, "default" for a namespaced object without a namespace, List expansion, and template placeholders read as
 * unknown values, never as literals.
 */
class K8sMapperTest {

    private static final String FILE = "k8s/app.yaml";

    private static List<ModelElement> map(String yaml) {
        YamlLoader.Result loaded = new YamlLoader()
                .load(new SourceText(new SourceFile(Path.of(FILE), FILE, SourceFormat.YAML), yaml));
        assertThat(loaded.problem()).isNull();
        K8sMapper mapper = new K8sMapper();
        return loaded.documents().stream().flatMap(d -> mapper.map(d).stream()).toList();
    }

    private static <T> T only(String yaml, Class<T> type) {
        List<ModelElement> elements = map(yaml);
        assertThat(elements).hasSize(1);
        assertThat(elements.get(0)).isInstanceOf(type);
        return type.cast(elements.get(0));
    }

    private static Location span(int line, int column, int endLine, int endColumn) {
        return new Location(FILE, line, column, endLine, endColumn);
    }

    private static <T> Value<T> known(T value, int line, int column, int endColumn) {
        return Value.known(value, span(line, column, line, endColumn));
    }

    @Nested
    class Services {

        private static final String SERVICE = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  namespace: shop
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-type: external
                spec:
                  type: NodePort
                  ipFamilies: [IPv6, IPv4]
                  loadBalancerClass: service.k8s.aws/nlb
                  externalTrafficPolicy: Local
                  selector: {app: web}
                  ports:
                    - name: http
                      port: 80
                      targetPort: 8080
                      nodePort: 30080
                      protocol: TCP
                    - port: 443
                  healthCheckNodePort: 32000
                  loadBalancerSourceRanges: [10.0.0.0/8]
                """;

        private final Service service = only(SERVICE, Service.class);

        @Test
        void namesTheServiceByNamespaceAndName() {
            assertThat(service.namespace()).isEqualTo("shop");
            assertThat(service.name()).isEqualTo("web");
            assertThat(service.describe()).isEqualTo("Service shop/web");
        }

        @Test
        void readsTypeAtItsValue() {
            assertThat(service.type()).isEqualTo(known("NodePort", 9, 9, 17));
        }

        @Test
        void readsEveryFieldOfAPortIncludingNodePort() {
            ServicePort http = service.ports().get(0);

            assertThat(http.name()).isEqualTo(known("http", 15, 13, 17));
            assertThat(http.port()).isEqualTo(known(80, 16, 13, 15));
            assertThat(http.targetPort()).isEqualTo(known("8080", 17, 19, 23));
            assertThat(http.nodePort()).isEqualTo(known(30080, 18, 17, 22));
            assertThat(http.protocol()).isEqualTo(known("TCP", 19, 17, 20));
        }

        @Test
        void locatesAMissingPortFieldAtItsListItem() {
            ServicePort https = service.ports().get(1);

            assertThat(https.port()).isEqualTo(known(443, 20, 13, 16));
            assertThat(https.nodePort().isAbsent()).isTrue();
            assertThat(https.nodePort().location()).isEqualTo(https.location());
            assertThat(https.location().line()).isEqualTo(20);
            assertThat(https.location().column()).isEqualTo(7);
        }

        @Test
        void readsIpFamiliesInOrder() {
            assertThat(service.ipFamilies()).containsExactly(known("IPv6", 10, 16, 20), known("IPv4", 10, 22, 26));
        }

        @Test
        void readsLoadBalancerClassAndTrafficPolicy() {
            assertThat(service.loadBalancerClass()).isEqualTo(known("service.k8s.aws/nlb", 11, 22, 41));
            assertThat(service.externalTrafficPolicy().orNull()).isEqualTo("Local");
        }

        @Test
        void readsTheFieldsUsersRulesAskFor() {
            assertThat(service.healthCheckNodePort()).isEqualTo(known(32000, 21, 24, 29));
            assertThat(service.loadBalancerSourceRanges()).containsExactly(known("10.0.0.0/8", 22, 30, 40));
        }

        @Test
        void readsAnnotationsAndSelector() {
            assertThat(service.meta().annotation("service.beta.kubernetes.io/aws-load-balancer-type"))
                    .isEqualTo(known("external", 7, 56, 64));
            assertThat(service.selector()).containsOnlyKeys("app");
        }

        @Test
        void locatesAMissingAnnotationAtTheMetadataKey() {
            Value<String> missing = service.meta().annotation("alb.ingress.kubernetes.io/group.name");

            assertThat(missing.isAbsent()).isTrue();
            assertThat(missing.location()).isEqualTo(span(3, 1, 3, 9));
        }

        @Test
        void absentTypeIsClusterIpInEffect() {
            Service plain = only("apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {}\n", Service.class);

            assertThat(plain.type().isAbsent()).isTrue();
            assertThat(plain.effectiveType().orNull()).isEqualTo("ClusterIP");
        }

        @Test
        void serviceWithoutSpecHasAbsentFieldsAndNoPorts() {
            Service bare = only("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n", Service.class);

            assertThat(bare.type().isAbsent()).isTrue();
            assertThat(bare.ports()).isEmpty();
        }

        @Test
        void serviceKindOfAnotherApiGroupIsNotACoreService() {
            List<ModelElement> elements = map("apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: a}\n");

            assertThat(elements).singleElement().isInstanceOf(GenericK8sObject.class);
        }
    }

    @Nested
    class Namespaces {

        @Test
        void namespacedObjectWithoutNamespaceIsInDefault() {
            Service service = only("apiVersion: v1\nkind: Service\nmetadata: {name: web}\n", Service.class);

            assertThat(service.namespace()).isEqualTo("default");
            assertThat(service.describe()).isEqualTo("Service default/web");
        }

        @Test
        void clusterScopedKindsHaveNoNamespace() {
            List<ModelElement> elements = map("""
                    apiVersion: networking.k8s.io/v1
                    kind: IngressClass
                    metadata: {name: alb}
                    ---
                    apiVersion: v1
                    kind: Namespace
                    metadata: {name: shop}
                    ---
                    apiVersion: crd.k8s.amazonaws.com/v1alpha1
                    kind: ENIConfig
                    metadata: {name: us-east-1a}
                    """);

            assertThat(elements).extracting(e -> ((K8sResource) e).namespace()).containsOnlyNulls();
            assertThat(elements).extracting(ModelElement::describe)
                    .containsExactly("IngressClass alb", "Namespace shop", "ENIConfig us-east-1a");
        }

        @Test
        void objectWithoutNameIsUnnamedAndGenerateNameIsMarkedAsAPrefix() {
            List<ModelElement> elements = map("""
                    apiVersion: v1
                    kind: Service
                    metadata: {}
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata: {generateName: web-}
                    """);

            assertThat(elements).extracting(ModelElement::describe)
                    .containsExactly("Service default/<unnamed>", "Service default/web-*");
        }
    }

    @Nested
    class Lists {

        @Test
        void expandsTheItemsOfAList() {
            List<ModelElement> elements = map("""
                    apiVersion: v1
                    kind: List
                    items:
                      - apiVersion: v1
                        kind: Service
                        metadata: {name: a}
                      - apiVersion: networking.k8s.io/v1
                        kind: Ingress
                        metadata: {name: b, namespace: shop}
                    """);

            assertThat(elements).extracting(ModelElement::describe).containsExactly("Service default/a", "Ingress shop/b");
            assertThat(((K8sResource) elements.get(0)).meta().metadataLocation()).isEqualTo(span(6, 5, 6, 13));
        }

        @Test
        void expandsATypedListSuchAsServiceList() {
            List<ModelElement> elements = map("""
                    apiVersion: v1
                    kind: ServiceList
                    items:
                      - {apiVersion: v1, kind: Service, metadata: {name: a}}
                    """);

            assertThat(elements).singleElement().isInstanceOf(Service.class);
        }

        @Test
        void skipsListItemsThatAreNotKubernetesObjects() {
            List<ModelElement> elements = map("""
                    apiVersion: v1
                    kind: List
                    items:
                      - just text
                      - {kind: Service}
                      - {apiVersion: v1, kind: Service, metadata: {name: a}}
                    """);

            assertThat(elements).extracting(ModelElement::describe).containsExactly("Service default/a");
        }
    }

    @Nested
    class Ingresses {

        @Test
        void readsV1BackendsFromServiceNameWithPortNumberOrName() {
            Ingress ingress = only("""
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: web}
                    spec:
                      ingressClassName: alb
                      rules:
                        - http:
                            paths:
                              - path: /
                                backend:
                                  service: {name: web, port: {number: 80}}
                              - path: /api
                                backend:
                                  service: {name: api, port: {name: http}}
                    """, Ingress.class);

            assertThat(ingress.ingressClassName()).isEqualTo(known("alb", 5, 21, 24));
            assertThat(ingress.backends()).containsExactly(
                    new IngressBackend("web", "80", span(11, 31, 11, 34)),
                    new IngressBackend("api", "http", span(14, 31, 14, 34)));
        }

        @Test
        void readsV1beta1BackendsFromServiceName() {
            Ingress ingress = only("""
                    apiVersion: networking.k8s.io/v1beta1
                    kind: Ingress
                    metadata: {name: web}
                    spec:
                      backend: {serviceName: fallback, servicePort: 8080}
                      rules:
                        - http:
                            paths:
                              - backend: {serviceName: web, servicePort: http}
                    """, Ingress.class);

            assertThat(ingress.backends()).extracting(IngressBackend::serviceName, IngressBackend::port)
                    .containsExactly(tuple("fallback", "8080"), tuple("web", "http"));
            assertThat(ingress.backends().get(1).location()).isEqualTo(span(9, 36, 9, 39));
        }

        @Test
        void readsTheDefaultBackendFirst() {
            Ingress ingress = only("""
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: web}
                    spec:
                      rules:
                        - http:
                            paths:
                              - backend: {service: {name: web, port: {number: 80}}}
                      defaultBackend:
                        service: {name: default-http, port: {number: 8080}}
                    """, Ingress.class);

            assertThat(ingress.backends()).extracting(IngressBackend::serviceName).containsExactly("default-http", "web");
        }

        @Test
        void ignoresABackendWhoseServiceNameIsTemplated() {
            Ingress ingress = only("""
                    apiVersion: networking.k8s.io/v1
                    kind: Ingress
                    metadata: {name: web}
                    spec:
                      defaultBackend:
                        service: {name: "{{ .Values.backend }}", port: {number: 80}}
                    """, Ingress.class);

            assertThat(ingress.backends()).isEmpty();
        }

        @Test
        void ingressWithoutClassNameHasAnAbsentClassLocatedAtSpec() {
            Ingress ingress = only("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n  rules: []\n",
                    Ingress.class);

            assertThat(ingress.ingressClassName().isAbsent()).isTrue();
            assertThat(ingress.ingressClassName().location().line()).isEqualTo(5);
        }
    }

    @Nested
    class LoadBalancerControllerKinds {

        @Test
        void readsIngressClassControllerParametersAndDefaultFlag() {
            IngressClass ingressClass = only("""
                    apiVersion: networking.k8s.io/v1
                    kind: IngressClass
                    metadata:
                      name: alb
                      annotations: {ingressclass.kubernetes.io/is-default-class: "true"}
                    spec:
                      controller: ingress.k8s.aws/alb
                      parameters:
                        apiGroup: elbv2.k8s.aws
                        kind: IngressClassParams
                        name: shared
                    """, IngressClass.class);

            assertThat(ingressClass.controller()).isEqualTo(known(IngressClass.ALB_CONTROLLER, 7, 15, 34));
            assertThat(ingressClass.parametersApiGroup().orNull()).isEqualTo("elbv2.k8s.aws");
            assertThat(ingressClass.parametersKind().orNull()).isEqualTo("IngressClassParams");
            assertThat(ingressClass.parametersName()).isEqualTo(known("shared", 11, 11, 17));
            assertThat(ingressClass.isDefault()).isTrue();
        }

        @Test
        void ingressClassWithoutTheAnnotationIsNotTheDefault() {
            IngressClass ingressClass = only(
                    "apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: nginx}\nspec: {controller: k8s.io/ingress-nginx}\n",
                    IngressClass.class);

            assertThat(ingressClass.isDefault()).isFalse();
            assertThat(ingressClass.parametersName().isAbsent()).isTrue();
        }

        @Test
        void readsIngressClassParamsOfTheLoadBalancerController() {
            IngressClassParams params = only("""
                    apiVersion: elbv2.k8s.aws/v1beta1
                    kind: IngressClassParams
                    metadata: {name: shared}
                    spec:
                      group: {name: shop}
                      scheme: internet-facing
                      ipAddressType: dualstack
                      targetType: ip
                      namespaceSelector: {matchLabels: {team: shop}}
                    """, IngressClassParams.class);

            assertThat(params.describe()).isEqualTo("IngressClassParams shared");
            assertThat(params.groupName()).isEqualTo(known("shop", 5, 17, 21));
            assertThat(params.scheme().orNull()).isEqualTo("internet-facing");
            assertThat(params.ipAddressType().orNull()).isEqualTo("dualstack");
            assertThat(params.targetType()).isEqualTo(known("ip", 8, 15, 17));
            assertThat(params.hasNamespaceSelector()).isTrue();
        }

        @Test
        void readsIngressClassParamsOfEksAutoMode() {
            List<ModelElement> elements = map(
                    "apiVersion: eks.amazonaws.com/v1\nkind: IngressClassParams\nmetadata: {name: auto}\nspec: {scheme: internal}\n");

            assertThat(elements).singleElement().isInstanceOf(IngressClassParams.class);
        }

        @Test
        void ingressClassParamsOfAnotherApiGroupAreNotTheControllers() {
            List<ModelElement> elements = map(
                    "apiVersion: example.com/v1\nkind: IngressClassParams\nmetadata: {name: other}\n");

            assertThat(elements).singleElement().isInstanceOf(GenericK8sObject.class);
        }

        @Test
        void readsTargetGroupBindingServiceAndTargetType() {
            TargetGroupBinding binding = only("""
                    apiVersion: elbv2.k8s.aws/v1beta1
                    kind: TargetGroupBinding
                    metadata: {name: web, namespace: shop}
                    spec:
                      serviceRef: {name: web, port: 80}
                      targetType: instance
                      targetGroupARN: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc
                    """, TargetGroupBinding.class);

            assertThat(binding.describe()).isEqualTo("TargetGroupBinding shop/web");
            assertThat(binding.serviceName()).isEqualTo(known("web", 5, 22, 25));
            assertThat(binding.targetType()).isEqualTo(known("instance", 6, 15, 23));
        }
    }

    @Nested
    class TemplatedValues {

        private final Service service = only("""
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  annotations:
                    service.beta.kubernetes.io/aws-load-balancer-scheme: "{{ .Values.scheme }}"
                spec:
                  type: "{{ .Values.t }}"
                  ports:
                    - port: 80
                      nodePort: "{{ .Values.nodePort }}"
                """, Service.class);

        @Test
        void templatedTypeIsUnknownAtItsValueAndHasNoEffectiveType() {
            assertThat(service.type()).isEqualTo(Value.unknown("template expression {{ .Values.t }}", span(8, 9, 8, 26)));
            assertThat(service.effectiveType().isUnknown()).isTrue();
        }

        @Test
        void templatedNodePortIsUnknown() {
            assertThat(service.ports().get(0).nodePort().isUnknown()).isTrue();
        }

        @Test
        void templatedAnnotationIsUnknown() {
            assertThat(service.meta().annotation("service.beta.kubernetes.io/aws-load-balancer-scheme").isUnknown())
                    .isTrue();
        }
    }

    @Nested
    class NotKubernetes {

        @Test
        void documentWithoutApiVersionYieldsNothing() {
            assertThat(map("kind: Service\nmetadata: {name: web}\n")).isEmpty();
        }

        @Test
        void documentWithoutKindYieldsNothing() {
            assertThat(map("apiVersion: v1\nmetadata: {name: web}\n")).isEmpty();
        }

        @Test
        void helmValuesFileYieldsNothing() {
            assertThat(map("replicaCount: 2\nservice:\n  type: NodePort\n")).isEmpty();
        }

        @Test
        void scalarOrListDocumentYieldsNothing() {
            assertThat(new K8sMapper().map(map0("- a\n- b\n"))).isEmpty();
            assertThat(K8sMapper.isKubernetesObject(null)).isFalse();
        }

        private PNode map0(String yaml) {
            return new YamlLoader().load(new SourceText(new SourceFile(Path.of(FILE), FILE, SourceFormat.YAML), yaml))
                    .documents().get(0);
        }
    }

    /** Objects without a model class keep only what the analyses read of their trees (issue 18). */
    @Nested
    class OtherObjects {

        private static final String DEPLOYMENT = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 3
                  template:
                    metadata:
                      labels: {app: web}
                      annotations: {a: b}
                    spec:
                      serviceAccountName: web
                      nodeSelector: {kubernetes.io/os: linux}
                      containers:
                      - name: web
                        image: nginx:1.27
                        env: [{name: A, value: "1"}]
                """;

        @Test
        void aPodTemplateKeepsItsLabelsAccountNodeSelectionAndImagesWhereTheyWereWritten() {
            GenericK8sObject deployment = only(DEPLOYMENT, GenericK8sObject.class);

            PNode template = deployment.document().at("spec", "template");
            assertThat(template.asMap().entries().keySet()).containsExactly("metadata", "spec");
            assertThat(template.asMap().map("metadata").entries().keySet()).containsExactly("labels");
            assertThat(template.asMap().at("metadata", "labels", "app").location()).isEqualTo(span(8, 21, 8, 24));
            assertThat(template.asMap().map("spec").entries().keySet())
                    .containsExactly("serviceAccountName", "nodeSelector", "containers");
            PNode container = template.asMap().at("spec", "containers").asList().items().get(0);
            assertThat(container.asMap().entries().keySet()).containsExactly("name", "image");
            assertThat(container.asMap().scalar("image").location()).isEqualTo(span(15, 16, 15, 26));
        }

        @Test
        void theRestOfTheTreeIsDropped() {
            GenericK8sObject deployment = only(DEPLOYMENT, GenericK8sObject.class);
            GenericK8sObject configMap = only("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n",
                    GenericK8sObject.class);

            assertThat(deployment.document().entries().keySet()).containsExactly("spec");
            assertThat(deployment.document().map("spec").entries().keySet()).containsExactly("template");
            assertThat(configMap.document().entries()).isEmpty();
            assertThat(configMap.document().location()).isEqualTo(configMap.location());
        }

        @Test
        void theAwsNodeDaemonSetAndASecurityGroupPolicySpecAreKeptWhole() {
            GenericK8sObject awsNode = only("""
                    apiVersion: apps/v1
                    kind: DaemonSet
                    metadata: {name: aws-node, namespace: kube-system}
                    spec:
                      template:
                        spec:
                          containers: [{name: aws-node, env: [{name: AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG, value: "true"}]}]
                    """, GenericK8sObject.class);
            GenericK8sObject policy = only("""
                    apiVersion: vpcresources.k8s.aws/v1beta1
                    kind: SecurityGroupPolicy
                    metadata: {name: p}
                    spec:
                      podSelector: {matchLabels: {app: web}}
                      securityGroups: {groupIds: [sg-1]}
                    """, GenericK8sObject.class);

            assertThat(awsNode.document().at("spec", "template", "spec", "containers").asList().items().get(0)
                    .asMap().list("env").items()).hasSize(1);
            assertThat(policy.document().map("spec").entries().keySet()).containsExactly("podSelector", "securityGroups");
        }
    }
}
