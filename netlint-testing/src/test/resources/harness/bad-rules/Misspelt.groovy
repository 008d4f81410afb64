rule('ORG902', 'misspelt') {
    severity WARNING
    summary 'A rule with a misspelt word'
    fix 'None.'

    check(services().should(satisfy(haveAnotation('example.com/owner'))))
}
