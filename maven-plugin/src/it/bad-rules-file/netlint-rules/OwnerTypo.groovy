// Deliberately misspelt (.shoud): a compile error with this file's line and column fails the build.
rule('ACME002', 'services-name-an-owner') {
    severity ERROR
    summary 'Every Service names its owning team'
    fix 'Add the annotation example.com/owner.'
    check(services().that().areInNamespace('demo')
            .shoud().haveAnnotation('example.com/owner'))
}
