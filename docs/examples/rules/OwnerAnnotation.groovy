// 1. An annotation policy: every Service that AWS load balances names the team that owns it.
rule('ORG101', 'load-balancer-owner-required') {
    severity WARNING
    summary 'Every Service that AWS load balances names its owning team and its application'
    rationale 'The on-call team of a load balancer must be found from the AWS console in one step.'
    fix 'Add the annotation example.com/owner: <team> and the label app.kubernetes.io/name to the Service.'

    check(services().that(allOf(haveType('LoadBalancer'),
                                not(have('metadata.namespace', equalTo('kube-system'))),
                                not(haveLabel('example.com/sandbox', 'true')),
                                not(haveAnnotation('example.com/owner-exempt', 'true'))))
            .should(satisfy(allOf(haveAnnotation('example.com/owner'), haveLabel('app.kubernetes.io/name')))))
}
