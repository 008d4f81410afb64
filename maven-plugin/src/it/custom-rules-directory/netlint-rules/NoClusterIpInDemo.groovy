// A team's own rule, as users will write them once netlint loads rules from a folder (--rules / rulesDirectory).
rule('ACME001', 'demo-services-need-no-cluster-ip') {
    severity ERROR
    summary 'A team rule: Services in the demo namespace must not be ClusterIP'
    check(ERROR, services().that().haveType('ClusterIP')
            .should().notBeExposedThroughNodePorts()
            .because('this IT only needs a rule that reports the one ClusterIP Service of the project'))
}
