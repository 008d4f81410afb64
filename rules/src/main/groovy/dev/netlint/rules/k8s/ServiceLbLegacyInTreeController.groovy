package dev.netlint.rules.k8s

rule('NET023', 'service-lb-legacy-in-tree-controller') {
    severity WARNING
    summary 'A LoadBalancer Service left to the in-tree controller gets a Classic Load Balancer'
    notes 'EKS-NETWORKING.md:169 "Deploys AWS CLB (default) or NLB in instance mode"; EKS-NETWORKING.md:171 ' +
            '"Supported by the newer controller called AWS Load Balancer Controller with which we can use NLB (CLB is not recommended to be used)"'
    rationale 'Without spec.loadBalancerClass and without an aws-load-balancer-type annotation the AWS Load Balancer ' +
            'Controller does not claim the Service (service_utils.go), so the legacy in-tree cloud controller creates a ' +
            'Classic Load Balancer (warning). With aws-load-balancer-type: nlb the in-tree controller creates an NLB with ' +
            'instance targets only; it receives only critical fixes (info). A loadBalancerClass of another controller ' +
            '(for example EKS Auto Mode\'s eks.amazonaws.com/nlb) passes.'
    fix 'Set spec.loadBalancerClass: service.k8s.aws/nlb (or the annotations aws-load-balancer-type: external and aws-load-balancer-nlb-target-type: ip) when creating the Service; these cannot be changed on an existing Service.'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/nlb/'

    yamlExample('''
apiVersion: v1
kind: Service
metadata: {name: api}
spec:
  type: LoadBalancer
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080}]''', '''
apiVersion: v1
kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
spec:
  type: LoadBalancer
  loadBalancerClass: service.k8s.aws/nlb
  selector: {app: api}
  ports: [{port: 80, targetPort: 8080}]''')

    check(services().that().haveType('LoadBalancer')
            .should().useTheLoadBalancerController()
            .because('the in-tree controller creates Classic Load Balancers'))
}
