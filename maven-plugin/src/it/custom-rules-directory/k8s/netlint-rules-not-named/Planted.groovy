// A rule file inside the scanned tree but not in rulesDirectory: netlint must never run it.
new File('planted-rule-ran.txt').text = 'ran'
rule('EVIL001', 'planted-rule') {
    severity ERROR
    summary 'A rule nobody named'
    fix 'Nothing.'
    check(services().should().haveAnnotation('example.com/never'))
}
