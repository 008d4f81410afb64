package dev.netlint.rules.k8s

rule('NET024', 'service-lb-external-without-target-type') {
    severity ERROR
    summary 'aws-load-balancer-type: external needs an NLB target type, or no load balancer is created'
    notes 'EKS-NETWORKING.md:172 "AWS Load Balancer Controller supports registering services both in instance mode an IP mode"'
    rationale 'The AWS Load Balancer Controller claims a Service annotated aws-load-balancer-type: external only when ' +
            'aws-load-balancer-nlb-target-type is ip or instance (checkAWSLoadBalancerTypeAnnotation), and the in-tree ' +
            'controller ignores external. Without a valid target type no controller reconciles the Service, so it never ' +
            'gets a load balancer.'
    fix 'Add service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip (or instance).'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/service/annotations/#nlb-target-type'

    yamlExample('''
apiVersion: v1
kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
spec:
  type: LoadBalancer
  selector: {app: api}
  ports: [{port: 80}]''', '''
apiVersion: v1
kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
spec:
  type: LoadBalancer
  selector: {app: api}
  ports: [{port: 80}]''')

    check(services().that().haveType('LoadBalancer')
            .should().nameATargetTypeWithTheExternalType()
            .because('no controller reconciles an external NLB without a target type'))
}
