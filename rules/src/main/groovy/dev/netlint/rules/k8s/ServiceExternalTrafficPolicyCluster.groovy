package dev.netlint.rules.k8s

rule('NET025', 'service-external-traffic-policy-cluster') {
    severity ERROR
    summary 'externalTrafficPolicy: instance targets with Cluster lose client IPs; ClusterIP Services cannot set it'
    notes 'EKS-NETWORKING.md:185 "`externalTrafficPolicy=Cluster`: traffic may be sent to another node, source IP is ' +
            'changed to node\'s IP address, thereby the IP of the client is not preserved" (the notes\' next bullet repeats ' +
            '"Cluster" by mistake; it describes Local)'
    rationale 'With instance targets (the in-tree controller, or the AWS Load Balancer Controller in instance mode) the ' +
            'load balancer sends traffic to node ports and kube-proxy may forward it to another node, replacing the ' +
            'client\'s source address, unless externalTrafficPolicy is Local (info: a design choice, Local can spread ' +
            'load unevenly). IP targets bypass kube-proxy and are not affected. On a ClusterIP Service without ' +
            'externalIPs the API server rejects externalTrafficPolicy: "may only be set for externally-accessible services" (error).'
    fix 'Use externalTrafficPolicy: Local, or ip targets, when the client IP matters; remove externalTrafficPolicy from ClusterIP Services.'
    docs 'https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/#preserving-the-client-source-ip'

    yamlExample('''
apiVersion: v1
kind: Service
metadata: {name: internal}
spec:
  externalTrafficPolicy: Local
  selector: {app: internal}
  ports: [{port: 80}]''', '''
apiVersion: v1
kind: Service
metadata: {name: internal}
spec:
  selector: {app: internal}
  ports: [{port: 80}]''')

    check(INFO, services().that().haveType('LoadBalancer')
            .should().preserveClientIpsWithInstanceTargets()
            .because('instance targets behind externalTrafficPolicy Cluster rewrite the source address'))
    check(ERROR, services().should().setExternalTrafficPolicyOnlyWhenExternallyAccessible()
            .because('the API server rejects it on internal Services'))
}
