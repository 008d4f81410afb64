import java.util.function.BiFunction

// 3. A cross-resource check: in a Terraform input that creates an EKS cluster, no security group opens the kubelet
// port or the node port range beyond the VPC's private range (the internet is an error, anything else a warning).
def inAnInputWithACluster = DescribedPredicate.<SecurityGroup>of('are in an input that creates an EKS cluster',
        { SecurityGroup group, EvalContext context -> Tri.of(!context.workspace().clusters().isEmpty()) }
                as BiFunction<SecurityGroup, EvalContext, Tri>)
def nodePorts = anyOf(tcp(10250), portRange(30000, 32767))

rule('ORG103', 'node-ports-stay-private') {
    severity ERROR
    summary 'No security group opens the kubelet port or the node port range beyond 10.0.0.0/8'
    fix 'Narrow cidr_blocks to the VPC range, or allow the load balancer\'s security group instead.'

    check(ERROR, securityGroups().that(inAnInputWithACluster)
            .should(satisfy(not(have('ingress', allOf(nodePorts, openToInternet()))))))
    check(WARNING, securityGroups().that(inAnInputWithACluster)
            .should(satisfy(not(have('ingress', allOf(nodePorts, not(openToInternet()),
                                                      not(cidrWithin('10.0.0.0/8'))))))))
}
