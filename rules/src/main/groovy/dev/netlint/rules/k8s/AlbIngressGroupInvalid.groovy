package dev.netlint.rules.k8s

rule('NET029', 'alb-ingress-group-invalid') {
    severity ERROR
    summary 'An IngressGroup needs a valid name and order, and its Ingresses must agree on exclusive settings'
    notes 'EKS-NETWORKING.md:180 "We can also share ALB with multiple services by using the following annotation: ' +
            '`alb.ingress.kubernetes.io/group.name: my-group`"'
    rationale 'The AWS Load Balancer Controller (group_loader.go) accepts group names matching ' +
            '^([a-z0-9][-a-z0-9.]*)?[a-z0-9]$ of at most 63 characters and group.order integers from -1000 to 1000. ' +
            'Settings such as scheme, ip-address-type, subnets, security-groups, ssl-policy or wafv2-acl-arn belong to ' +
            'the one ALB of a group: when two Ingresses of a group set different values, the controller fails the whole ' +
            'group. A group that spans namespaces without an IngressClassParams namespaceSelector lets any namespace ' +
            'change the shared ALB (info; the controller documentation warns to group only within one trust boundary).'
    fix 'Use a lowercase DNS-label-like group name, an order from -1000 to 1000, and set each exclusive annotation on one Ingress of the group only (or to the same value everywhere).'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ingressgroup'

    yamlExample('''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: {alb.ingress.kubernetes.io/group.name: Team_A}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: web, port: {number: 80}}}''', '''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: {alb.ingress.kubernetes.io/group.name: team-a}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: web, port: {number: 80}}}''')

    check(ingresses().that().areManagedByTheAlbController()
            .should().haveAValidGroupNameAndOrder()
            .because('the controller rejects the Ingress otherwise'))
    check(ingresses().that().areManagedByTheAlbController()
            .should().agreeWithTheirGroup()
            .because('one ALB cannot have two values of an exclusive setting'))
}
