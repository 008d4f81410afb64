// A team's own rule, loaded from the folder named by rulesDirectory (the CLI's --rules).
rule('ACME001', 'demo-services-name-an-owner') {
    severity ERROR
    summary 'A team rule: every Service in the demo namespace names its owning team'
    fix 'Add the annotation example.com/owner with the owning team.'
    check(services().that().areInNamespace('demo')
            .should().haveAnnotation('example.com/owner')
            .because('on-call needs to know whom to page'))
}
