rule('ORG901', 'owner-required') {
    severity WARNING
    summary 'Every Service names its owner'
    fix 'Add the annotation example.com/owner.'

    check(services().should(satisfy(haveAnnotation('example.com/owner'))))
}
