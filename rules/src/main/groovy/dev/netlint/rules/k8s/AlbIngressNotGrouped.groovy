package dev.netlint.rules.k8s

rule('NET003', 'alb-ingress-not-grouped') {
    severity WARNING
    summary 'An ALB Ingress outside any IngressGroup gets an ALB of its own'
    notes 'EKS-NETWORKING.md:180 "We can also share ALB with multiple services by using the following annotation: ' +
            '`alb.ingress.kubernetes.io/group.name: my-group`"; EKS-NETWORKING.md:173 "Each service needs a dedicated ' +
            'NLB => scaling and management is a challenge"'
    rationale 'The AWS Load Balancer Controller provisions one ALB per IngressGroup. An Ingress without ' +
            'IngressClassParams spec.group.name and without the group.name annotation is an implicit group of its own, ' +
            'so every such Ingress costs a load balancer. Ingresses with the same scheme and IP address type could ' +
            'share one (warning); a lone ungrouped Ingress is reported as info. EKS Auto Mode ignores the annotation, ' +
            'so there only IngressClassParams spec.group.name groups Ingresses. Group only within one trust boundary.'
    fix 'Add the annotation alb.ingress.kubernetes.io/group.name with a team group name, or set spec.group.name in the IngressClassParams.'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup'

    yamlExample('''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: cart, namespace: shop}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: cart, port: {number: 80}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: orders, namespace: shop}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: orders, port: {number: 80}}}''', '''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: cart
  namespace: shop
  annotations: {alb.ingress.kubernetes.io/group.name: shop}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: cart, port: {number: 80}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: orders
  namespace: shop
  annotations: {alb.ingress.kubernetes.io/group.name: shop}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: orders, port: {number: 80}}}''')

    check(ingresses().that().areManagedByTheAlbController()
            .should().joinAnIngressGroup()
            .because('without a group every Ingress provisions its own ALB'))
}
