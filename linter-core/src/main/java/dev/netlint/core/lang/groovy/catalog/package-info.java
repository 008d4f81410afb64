/**
 * The build-time translation of the built-in Groovy rule files into one Java {@link dev.netlint.core.lang.RuleCatalog}
 * class, so that a run with only built-in rules never starts Groovy's runtime. The entry point is
 * {@link dev.netlint.core.lang.groovy.JavaCatalogWriter}; here, in the order they run:
 * <ul>
 *   <li>{@link dev.netlint.core.lang.groovy.catalog.CatalogTranslator}: the whole translation, from rule files to
 *       the catalog's Java source;</li>
 *   <li>{@code RuleFileCompiler}: compiles the rule files as the build does, up to static type checking;</li>
 *   <li>{@code RuleFileTranslator}: one file's {@code rule(id, name) { ... }} blocks to Java methods, with its
 *       problems in file order;</li>
 *   <li>{@code ExpressionTranslator}: the arguments of the rule words to Java expressions, rejecting what is outside
 *       the supported subset ({@code UnsupportedConstruct});</li>
 *   <li>{@code CatalogClassSource}: the text of the generated class; {@code JavaSourceText}: literals and names.</li>
 * </ul>
 */
package dev.netlint.core.lang.groovy.catalog;
