// A team's own netlint rule: every internet-facing ALB must redirect HTTP to HTTPS.
// Run it with: java -jar cli/target/netlint.jar --rules samples/custom-rules samples/kubernetes
// Same words as the built-in rules (rules/src/main/java/dev/netlint/rules), compiled with static type checking when --rules names
// this folder, so a misspelt word is an error with this file's line and column, not a rule that silently never fires.

rule('ORG001', 'alb-ssl-redirect-required') {
    severity WARNING
    summary 'An internet-facing ALB Ingress must redirect HTTP to HTTPS'
    rationale 'Our policy: nothing public is served over plain HTTP. The AWS Load Balancer Controller redirects ' +
            'every HTTP listener of the ALB to HTTPS when alb.ingress.kubernetes.io/ssl-redirect names the HTTPS ' +
            'port. This rule reads the scheme from the Ingress annotation only; a scheme set in IngressClassParams ' +
            'is not seen.'
    fix 'Add the annotation alb.ingress.kubernetes.io/ssl-redirect: "443" (with an HTTPS listener in listen-ports).'
    docs 'https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/guide/ingress/annotations/#ssl-redirect'

    check(ingresses().that().areManagedByTheAlbController()
            .and().haveAnnotation('alb.ingress.kubernetes.io/scheme', 'internet-facing')
            .should().haveAnnotation('alb.ingress.kubernetes.io/ssl-redirect')
            .because('public traffic must not be served over plain HTTP'))
}
