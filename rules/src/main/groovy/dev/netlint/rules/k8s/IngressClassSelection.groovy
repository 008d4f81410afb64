package dev.netlint.rules.k8s

rule('NET028', 'ingress-class-selection') {
    severity ERROR
    summary 'An Ingress should choose its controller through spec.ingressClassName alone'
    notes 'EKS-NETWORKING.md:174-176 "`ServiceType=Ingress`: ... Handled by AWS Load Balancer Controller"'
    rationale 'The API server rejects an Ingress that sets both the kubernetes.io/ingress.class annotation and ' +
            'spec.ingressClassName ("can not be set when the class field is also set"). The annotation alone is ' +
            'deprecated: the AWS Load Balancer Controller gives it priority and then does not apply IngressClassParams, ' +
            'and EKS Auto Mode does not support it (info). An Ingress with neither, and no default IngressClass in the ' +
            'input, is ignored by the controller by default (info). Checking that the named IngressClass exists needs a ' +
            'complete input and is not done. Controller and Auto Mode: a helm_release of the AWS Load Balancer ' +
            'Controller\'s chart counts as the IngressClass the chart creates (named by ingressClass, default alb; the ' +
            'default class when ingressClassConfig.default is true; none when createIngressClassResource is false); ' +
            'EKS Auto Mode\'s own IngressClass must be in the input to count.'
    fix 'Use only spec.ingressClassName, naming an IngressClass whose controller is ingress.k8s.aws/alb.'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/ingress_class/'

    yamlExample('''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: {kubernetes.io/ingress.class: alb}
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: web, port: {number: 80}}}''', '''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    alb.ingress.kubernetes.io/group.name: web
spec:
  ingressClassName: alb
  defaultBackend: {service: {name: web, port: {number: 80}}}''')

    check(ingresses().should().selectTheirClassOneWay()
            .because('the class decides which controller, if any, provisions the Ingress'))
}
