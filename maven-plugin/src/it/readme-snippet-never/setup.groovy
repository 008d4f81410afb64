// The same project as readme-snippet: the README's Maven plugin snippet pasted into an empty project (that script
// makes pom.xml here, in this project's folder, with this project's bindings); only the invocation differs.
return evaluate(new File(basedir, '../readme-snippet/setup.groovy'))
