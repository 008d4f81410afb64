// Compiler settings for the built-in rules. They are taken from RuleCompiler, the class that also compiles users'
// rule files at run time, so built-in and user rules are always compiled the same way.
def shared = dev.netlint.core.lang.groovy.RuleCompiler.configuration()
configuration.scriptBaseClass = shared.scriptBaseClass
configuration.addCompilationCustomizers(*shared.compilationCustomizers)
