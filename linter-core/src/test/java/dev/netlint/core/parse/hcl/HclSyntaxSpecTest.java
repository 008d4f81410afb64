package dev.netlint.core.parse.hcl;

import static dev.netlint.core.parse.hcl.HclTestFiles.parse;
import static dev.netlint.core.parse.hcl.HclTestFiles.source;
import static dev.netlint.core.parse.hcl.HclTrees.shape;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HCL's native syntax specification (hashicorp/hcl {@code hclsyntax/spec.md}), construct by construct: each valid
 * form with the tree and exact positions it gives, and each invalid form with the parse error, Terraform's message
 * and its exact place. Cases in the spirit of hashicorp/hcl's {@code specsuite}, written for netlint.
 */
class HclSyntaxSpecTest {

    private static HclExpr expr(String expression) {
        return parse("main.tf", "x = " + expression + "\n").body().attribute("x").orElseThrow().expr();
    }

    private static ParseProblem problem(String text) {
        HclParseResult result = new HclLoader().load(source("bad.tf", text));
        assertThat(result.isParsed()).as("expected a parse error for:%n%s", text).isFalse();
        return result.problem();
    }

    private static Location loc(int line, int column, int endLine, int endColumn) {
        return new Location("main.tf", line, column, endLine, endColumn);
    }

    private static Location bad(int line, int column, int endLine, int endColumn) {
        return new Location("bad.tf", line, column, endLine, endColumn);
    }

    @Nested
    class Structure {

        @Test
        void emptyFileAndCommentsOnly() {
            assertThat(parse("main.tf", "").body()).isEqualTo(HclBody.EMPTY);
            assertThat(parse("main.tf", "# a\n// b\n/* c\n d */\n").body()).isEqualTo(HclBody.EMPTY);
            assertThat(parse("main.tf", "a = 1 # no newline at the end").body().attributes()).hasSize(1);
        }

        @Test
        void blocksTakeIdentifierAndQuotedLabels() {
            HclBlock block = parse("main.tf", "resource aws_vpc \"main\" {\n}\n").body().blocks().get(0);

            assertThat(block.type()).isEqualTo("resource");
            assertThat(block.labels()).containsExactly("aws_vpc", "main");
            assertThat(block.location()).isEqualTo(loc(1, 1, 1, 24));
            assertThat(block.labelLocations()).containsExactly(loc(1, 10, 1, 17), loc(1, 18, 1, 24));
        }

        @Test
        void quotedLabelsResolveEscapes() {
            HclBlock block = parse("main.tf", "a \"x\\\"y\\u00e9\" {}\n").body().blocks().get(0);

            assertThat(block.labels()).containsExactly("x\"yé");
        }

        @Test
        void oneLineBlocks() {
            HclBody body = parse("main.tf", "a { b = \"foo\" }\nc {}\nd \"l\" { e = [1, 2] }\n").body();

            assertThat(body.blocks()).extracting(HclBlock::type).containsExactly("a", "c", "d");
            HclAttribute b = body.blocks().get(0).body().attribute("b").orElseThrow();
            assertThat(b.location()).isEqualTo(loc(1, 5, 1, 14));
            assertThat(body.blocks().get(1).body()).isEqualTo(HclBody.EMPTY);
            assertThat(body.blocks().get(2).location()).isEqualTo(loc(3, 1, 3, 6));
        }

        @Test
        void oneLineBlockWithTwoArgumentsIsAnError() {
            ParseProblem p = problem("a { b = \"foo\", c = \"bar\" }\n");

            assertThat(p.location()).isEqualTo(bad(1, 14, 1, 15));
            assertThat(p.message()).startsWith("HCL syntax error: Invalid single-argument block definition:");
        }

        @Test
        void oneLineBlockClosedOnTheNextLineIsAnError() {
            ParseProblem p = problem("a { b = \"foo\"\n}\n");

            assertThat(p.location()).isEqualTo(bad(1, 14, 2, 1));
            assertThat(p.message()).contains("must also be closed on the same line");
        }

        @Test
        void oneLineBlockCannotHoldABlock() {
            ParseProblem p = problem("a { d {} }\n");

            assertThat(p.location()).isEqualTo(bad(1, 5, 1, 8));
            assertThat(p.message()).startsWith("HCL syntax error: Argument definition required:");
        }

        @Test
        void unclosedBlockPointsAtItsBrace() {
            ParseProblem p = problem("a {\n");

            assertThat(p.location()).isEqualTo(bad(1, 3, 1, 4));
            assertThat(p.message()).isEqualTo("HCL syntax error: Unclosed configuration block: There is no closing"
                    + " brace for this block before the end of the file. This may be caused by incorrect brace"
                    + " nesting elsewhere in this file.");
        }

        @Test
        void unclosedBlockDoesNotSwallowTheNextResourceSilently() {
            ParseProblem p = problem("resource \"a\" \"b\" {\n  x = 1\n\nresource \"c\" \"d\" {\n  y = 2\n}\n");

            assertThat(p.location()).isEqualTo(bad(1, 18, 1, 19));
            assertThat(p.message()).contains("Unclosed configuration block");
        }

        @Test
        void attributesOnOneLineSeparatedByCommasAreAnError() {
            ParseProblem p = problem("a = \"a value\", b = \"b value\"\n");

            assertThat(p.location()).isEqualTo(bad(1, 14, 1, 15));
            assertThat(p.message()).startsWith("HCL syntax error: Unexpected comma after argument:");
        }

        @Test
        void garbageLinesAtTheTopLevelAreErrors() {
            assertThat(problem("resource \"a\" \"b\" {\n}\nthis is garbage\n").location())
                    .isEqualTo(bad(3, 16, 4, 1));
            ParseProblem stray = problem("a = 1\n)\n");
            assertThat(stray.location()).isEqualTo(bad(2, 1, 2, 2));
            assertThat(stray.message()).startsWith("HCL syntax error: Argument or block definition required:");
            assertThat(problem("a = 1\nb\n").message()).contains("use the equals sign");
            assertThat(problem("}\n").location()).isEqualTo(bad(1, 1, 1, 2));
        }

        @Test
        void blockHeaderErrors() {
            assertThat(problem("a = {\n}\nb \"x\" = 1\n").message()).contains("must not be used when defining a block");
            assertThat(problem("a \"x\"\n{\n}\n").location()).isEqualTo(bad(1, 6, 2, 1));
            assertThat(problem("a \"x\" 1 {\n}\n").message()).contains("Either a quoted string block label");
            assertThat(problem("a \"${x}\" {\n}\n").message()).contains("Template sequences are not allowed");
            assertThat(problem("a {\n}\tb = 1\n").message()).startsWith("HCL syntax error: Missing newline after block");
        }

        @Test
        void quotedArgumentNamesAreAnError() {
            ParseProblem p = problem("\"a\" = 1\n");

            assertThat(p.location()).isEqualTo(bad(1, 1, 1, 2));
            assertThat(p.message()).isEqualTo("HCL syntax error: Invalid argument name: Argument names must not be"
                    + " quoted.");
        }

        @Test
        void anArgumentSetTwiceIsAnError() {
            ParseProblem p = problem("a = 1\nb = 2\na = 3\n");

            assertThat(p.location()).isEqualTo(bad(3, 1, 3, 2));
            assertThat(p.message()).contains("Attribute redefined").contains("already set at line 1");
        }

        @Test
        void commentsOfEveryForm() {
            HclBody body = parse("main.tf", "# hash\na = 1 // slash\n/* block */ b /* inline */ = 2\nc = [ # in list\n"
                    + "  3, /* x */ 4\n]\n").body();

            assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("a", "b", "c");
            assertThat(shape(body.attribute("c").orElseThrow().expr())).isEqualTo("[3, 4]");
            assertThat(body.attribute("b").orElseThrow().location()).isEqualTo(loc(3, 13, 3, 31));
        }

        @Test
        void unterminatedBlockCommentIsAnError() {
            ParseProblem p = problem("a = 1\n/* never closed\n");

            assertThat(p.location()).isEqualTo(bad(2, 1, 2, 3));
            assertThat(p.message()).contains("Unterminated comment");
        }

        @Test
        void crlfAndLoneCrLineEnds() {
            HclBody crlf = parse("main.tf", "a = 1\r\nb {\r\n  c = \"x\"\r\n}\r\n").body();
            HclBody cr = parse("main.tf", "a = 1\rb {\r  c = \"x\"\r}\r").body();

            assertThat(crlf.blocks().get(0).body().attribute("c").orElseThrow().location()).isEqualTo(loc(3, 3, 3, 10));
            assertThat(cr.blocks().get(0).body().attribute("c").orElseThrow().location()).isEqualTo(loc(3, 3, 3, 10));
            assertThat(HclTrees.erase(cr)).isEqualTo(HclTrees.erase(crlf));
        }

        @Test
        void unicodeIdentifiersAndDashes() {
            HclBody body = parse("main.tf", "résumé = 1\n名前 = \"x\"\nwith-dash = a-b.c-d\n").body();

            assertThat(body.attributes()).extracting(HclAttribute::name).containsExactly("résumé", "名前", "with-dash");
            assertThat(shape(body.attribute("with-dash").orElseThrow().expr())).isEqualTo("a-b.c-d");
            assertThat(body.attribute("名前").orElseThrow().expr().location()).isEqualTo(loc(2, 6, 2, 9));
        }

        @Test
        void columnsCountTabsAsOneAndSurrogatePairsAsTwo() {
            HclBody body = parse("main.tf", "\ta = \"😀${var.x}\"\n").body();

            HclExpr.Template template = (HclExpr.Template) body.attribute("a").orElseThrow().expr();
            assertThat(template.location()).isEqualTo(loc(1, 6, 1, 18));
            assertThat(template.parts().get(1).location()).isEqualTo(loc(1, 11, 1, 16));
        }

        @Test
        void invalidCharactersAreErrorsAtTheirPlace() {
            ParseProblem p = problem("a = 1\nb = 2 @ 3\n");

            assertThat(p.location()).isEqualTo(bad(2, 7, 2, 8));
            assertThat(p.message()).contains("Invalid character").contains("'@'");
        }
    }

    @Nested
    class Literals {

        @Test
        void numbersWithFractionsAndExponents() {
            assertThat(expr("5")).isEqualTo(new HclExpr.Literal(new BigDecimal("5"), loc(1, 5, 1, 6)));
            assertThat(((HclExpr.Literal) expr("1e3")).value()).isEqualTo(new BigDecimal("1e3"));
            assertThat(((HclExpr.Literal) expr("2.5E-2")).value()).isEqualTo(new BigDecimal("0.025"));
            assertThat(expr("1.5e+2").location()).isEqualTo(loc(1, 5, 1, 11));
            assertThat(((HclExpr.Literal) expr("3.14159265358979323846264338327950288419716939937510582097494459"))
                    .value()).isEqualTo(new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459"));
        }

        @Test
        void keywordsAndNegativeNumbers() {
            assertThat(shape(expr("true"))).isEqualTo("true");
            assertThat(shape(expr("false"))).isEqualTo("false");
            assertThat(shape(expr("null"))).isEqualTo("null");
            assertThat(expr("-1")).isEqualTo(new HclExpr.Literal(new BigDecimal("-1"), loc(1, 5, 1, 7)));
            assertThat(shape(expr("-46+5"))).isEqualTo("(-46 + 5)");
        }

        @Test
        void aNumberCannotEndInADotOrExponentMark() {
            assertThat(problem("a = 1.\n").message()).contains("Invalid attribute name");
            assertThat(problem("a = 1e\n").message()).contains("Missing newline after argument");
        }
    }

    @Nested
    class Operators {

        @Test
        void precedenceLevelsHighestFirst() {
            assertThat(shape(expr("a || b && c == d < e + f * g"))).isEqualTo("(a || (b && (c == (d < (e + (f * g))))))");
            assertThat(shape(expr("a * b + c > d != e && f || g"))).isEqualTo("((((((a * b) + c) > d) != e) && f) || g)");
            assertThat(shape(expr("x / y * z"))).isEqualTo("((x / y) * z)");
            assertThat(shape(expr("11 % 5 - 1"))).isEqualTo("((11 % 5) - 1)");
            assertThat(shape(expr("1 <= 2 == 3 >= 4"))).isEqualTo("((1 <= 2) == (3 >= 4))");
        }

        @Test
        void unaryOperatorsBindToOneTermWithItsTraversals() {
            assertThat(shape(expr("!a == b"))).isEqualTo("((!a) == b)");
            assertThat(shape(expr("-a.b[0] * 2"))).isEqualTo("((-a.b[0]) * 2)");
            assertThat(shape(expr("!!a"))).isEqualTo("(!(!a))");
            assertThat(shape(expr("- -1"))).isEqualTo("(--1)");
        }

        @Test
        void conditionalsAreRightAssociativeWithLocations() {
            HclExpr.Conditional c = (HclExpr.Conditional) expr("a ? b : c ? d : e");

            assertThat(shape(c)).isEqualTo("(a ? b : (c ? d : e))");
            assertThat(c.location()).isEqualTo(loc(1, 5, 1, 22));
            assertThat(c.whenFalse().location()).isEqualTo(loc(1, 13, 1, 22));
        }

        @Test
        void operatorsNeedAnOperandAndAFalseBranch() {
            ParseProblem missing = problem("a = 1 +\n");
            assertThat(missing.message()).contains("Invalid expression");
            assertThat(missing.location()).isEqualTo(bad(1, 8, 2, 1));
            assertThat(problem("a = b ? c\n").message()).contains("Missing false expression in conditional");
            assertThat(problem("a = 1 & 2\n").message()).contains("Invalid character");
        }

        @Test
        void newlinesInsideParenthesesAreWhiteSpace() {
            assertThat(shape(expr("(\n  a +\n  b\n)"))).isEqualTo("P((a + b))");
            assertThat(problem("a = (b\n").message()).contains("Unbalanced parentheses");
        }
    }

    @Nested
    class References {

        @Test
        void attributeIndexAndLegacyIndexSteps() {
            HclExpr.Traversal t = (HclExpr.Traversal) expr("aws_instance.web.0.tags[\"Name\"]");

            assertThat(shape(t)).isEqualTo("aws_instance.web[0].tags['Name']");
            assertThat(t.location()).isEqualTo(loc(1, 5, 1, 36));
            assertThat(t.steps().get(0).location()).isEqualTo(loc(1, 18, 1, 21));
            assertThat(t.steps().get(1).location()).isEqualTo(loc(1, 22, 1, 23));
            assertThat(t.steps().get(3).location()).isEqualTo(loc(1, 28, 1, 36));
        }

        @Test
        void chainedLegacyIndexesAreAnError() {
            ParseProblem p = problem("a = foo.0.1.bar\n");

            assertThat(p.location()).isEqualTo(bad(1, 9, 1, 12));
            assertThat(p.message()).contains("Invalid legacy index syntax");
        }

        @Test
        void aDotNeedsAnAttributeName() {
            assertThat(problem("a = foo.\n").message()).contains("Invalid attribute name");
            assertThat(problem("a = foo[1\n").message()).contains("Missing close bracket on index");
        }

        @Test
        void stepsOnAnyTermAreRelativeTraversals() {
            HclExpr.RelativeTraversal r = (HclExpr.RelativeTraversal) expr("(local.x).y");

            assertThat(shape(r)).isEqualTo("rel(P(local.x)).y");
            assertThat(r.location()).isEqualTo(loc(1, 5, 1, 16));
            assertThat(shape(expr("tolist(var.s)[0]"))).isEqualTo("rel(tolist[var.s])[0]");
            assertThat(shape(expr("[1, 2][0]"))).isEqualTo("rel([1, 2])[0]");
            assertThat(shape(expr("{a = 1}.a"))).isEqualTo("rel({'a'=1}).a");
        }

        @Test
        void fullSplatTakesEveryFollowingStep() {
            HclExpr.Splat s = (HclExpr.Splat) expr("aws_subnet.this[*].id[0]");

            assertThat(shape(s)).isEqualTo("splat[*](aws_subnet.this each rel(item).id[0])");
            assertThat(s.location()).isEqualTo(loc(1, 5, 1, 29));
            assertThat(s.each().location()).isEqualTo(loc(1, 20, 1, 29));
            assertThat(((HclExpr.RelativeTraversal) s.each()).source().location()).isEqualTo(loc(1, 20, 1, 23));
        }

        @Test
        void legacySplatTakesOnlyAttributes() {
            HclExpr e = expr("aws_subnet.this.*.id[0]");

            assertThat(shape(e)).isEqualTo("rel(splat.*(aws_subnet.this each rel(item).id))[0]");
            assertThat(((HclExpr.RelativeTraversal) e).source().location()).isEqualTo(loc(1, 5, 1, 25));
            assertThat(shape(expr("a.*"))).isEqualTo("splat.*(a each item)");
            assertThat(shape(expr("a.*.b.0.c"))).isEqualTo("splat.*(a each rel(item).b[0].c)");
        }

        @Test
        void nestedSplats() {
            assertThat(shape(expr("a[*].b[*].c")))
                    .isEqualTo("splat[*](a each splat[*](rel(item).b each rel(item).c))");
            assertThat(problem("x = a.*.b.*\n").message()).contains("Nested splat expression not allowed");
            assertThat(problem("x = a[*\n").message()).contains("Missing close bracket on splat index");
        }
    }

    @Nested
    class Calls {

        @Test
        void argumentsExpansionAndTrailingComma() {
            HclExpr.FunctionCall call = (HclExpr.FunctionCall) expr("concat(\n  var.a,\n  var.b...\n)");

            assertThat(shape(call)).isEqualTo("concat[var.a, var.b]...");
            assertThat(call.location()).isEqualTo(loc(1, 5, 4, 2));
            assertThat(shape(expr("f(1,\n 2,\n)"))).isEqualTo("f[1, 2]");
            assertThat(shape(expr("f()"))).isEqualTo("f[]");
        }

        @Test
        void providerFunctions() {
            assertThat(shape(expr("provider::aws::arn_parse(var.arn).region")))
                    .isEqualTo("rel(provider::aws::arn_parse[var.arn]).region");
            assertThat(problem("a = provider::(1)\n").message()).contains("Missing function name");
            assertThat(problem("a = provider::aws::f\n").message()).contains("Missing open parenthesis");
        }

        @Test
        void callErrors() {
            ParseProblem unterminated = problem("a = f(1, 2\n");
            assertThat(unterminated.message()).contains("Unterminated function call");
            assertThat(unterminated.location()).isEqualTo(bad(1, 5, 1, 7));
            assertThat(problem("a = f(1 2)\n").message()).contains("Missing argument separator");
            assertThat(problem("a = f(x..., y)\n").message()).contains("Missing closing parenthesis");
        }

        @Test
        void legacyListAndMultiLineTypeConstructorsAreCalls() {
            assertThat(shape(expr("list(a, b)"))).isEqualTo("list[a, b]");
            assertThat(shape(expr("list(v ? \"\" : \"b\")"))).isEqualTo("list[(v ? '' : 'b')]");
            assertThat(shape(expr("optional(list(object({\n    a = string\n  })\n), [])")))
                    .isEqualTo("optional[list[object[{'a'=string}]], []]");
        }
    }

    @Nested
    class Collections {

        @Test
        void tuplesWithNewlinesCommentsAndTrailingCommas() {
            HclExpr.TupleCons t = (HclExpr.TupleCons) expr("[\n  1, # one\n  \"two\",\n]");

            assertThat(shape(t)).isEqualTo("[1, 'two']");
            assertThat(t.location()).isEqualTo(loc(1, 5, 4, 2));
            assertThat(t.items().get(1).location()).isEqualTo(loc(3, 3, 3, 8));
            assertThat(shape(expr("[]"))).isEqualTo("[]");
        }

        @Test
        void tupleItemsNeedCommas() {
            assertThat(problem("a = [1\n 2]\n").message()).contains("Missing item separator");
            ParseProblem p = problem("a = [1,\n");
            assertThat(p.message()).contains("Unterminated tuple constructor expression");
            assertThat(p.location()).isEqualTo(bad(1, 5, 1, 6));
        }

        @Test
        void objectsWithEqualsColonsCommasAndNewlines() {
            HclExpr.ObjectCons o = (HclExpr.ObjectCons) expr("{\n  a = 1, b: 2\n  \"c d\" = 3\n}");

            assertThat(shape(o)).isEqualTo("{'a'=1,'b'=2,'c d'=3}");
            assertThat(o.items().get(0).key().location()).isEqualTo(loc(2, 3, 2, 4));
            assertThat(o.items().get(2).key().location()).isEqualTo(loc(3, 3, 3, 8));
            assertThat(o.location()).isEqualTo(loc(1, 5, 4, 2));
        }

        @Test
        void parenthesisedAndExpressionKeys() {
            assertThat(shape(expr("{ (local.k) = 1 }"))).isEqualTo("{P(local.k)=1}");
            assertThat(shape(expr("{ \"${f(\"a\")}\" = 1 }"))).isEqualTo("{tpl[f['a']]=1}");
            assertThat(shape(expr("{ true = 1, for2 = 2 }"))).isEqualTo("{'true'=1,'for2'=2}");
        }

        @Test
        void objectErrors() {
            assertThat(problem("a = { b }\n").message()).contains("Missing key/value separator");
            assertThat(problem("a = { b\n}\n").message()).contains("Missing attribute value");
            assertThat(problem("a = { b = 1 c = 2 }\n").message()).contains("Missing attribute separator");
            assertThat(problem("a = { b = 1\n").message()).contains("Unterminated object constructor expression");
            assertThat(problem("a = { for = 1 }\n").message()).contains("Invalid 'for' expression");
        }
    }

    @Nested
    class ForExpressions {

        @Test
        void tupleFor() {
            HclExpr.ForExpr f = (HclExpr.ForExpr) expr("[for s in var.list : upper(s) if s != \"\"]");

            assertThat(shape(f)).isEqualTo("for(null,s in var.list: - => upper[s] if (s != ''))");
            assertThat(f.producesObject()).isFalse();
            assertThat(f.location()).isEqualTo(loc(1, 5, 1, 46));
        }

        @Test
        void objectForWithGroupingAndACommentBeforeFor() {
            HclExpr.ForExpr f = (HclExpr.ForExpr) expr("{\n  # by key\n  for k, v in var.m : v.key => v...\n"
                    + "  if v.on\n}");

            assertThat(shape(f)).isEqualTo("for(k,v in var.m: v.key => v... if v.on)");
            assertThat(f.location()).isEqualTo(loc(1, 5, 5, 2));
            assertThat(f.key().location()).isEqualTo(loc(3, 23, 3, 28));
        }

        @Test
        void forErrors() {
            assertThat(problem("a = [for k, v in m : k => v]\n").message())
                    .contains("Key expression is not valid when building a tuple");
            assertThat(problem("a = {for v in l : v}\n").message())
                    .contains("Key expression is required when building an object");
            assertThat(problem("a = [for v in l : v...]\n").message()).contains("Grouping ellipsis");
            assertThat(problem("a = [for in l : v]\n").message()).contains("requires the 'in' keyword");
            assertThat(problem("a = [for 1 in l : v]\n").message()).contains("requires variable name");
            assertThat(problem("a = [for v in l v]\n").message()).contains("requires a colon");
            assertThat(problem("a = [for v in l : v w]\n").message()).contains("Extra characters after the end");
        }
    }

    @Nested
    class Templates {

        @Test
        void literalsAndInterpolationsWithExactPlaces() {
            HclExpr.Template t = (HclExpr.Template) expr("\"a-${var.x}-b\"");

            assertThat(shape(t)).isEqualTo("tpl['a-', var.x, '-b']");
            assertThat(t.parts().get(0).location()).isEqualTo(loc(1, 6, 1, 8));
            assertThat(t.parts().get(1).location()).isEqualTo(loc(1, 10, 1, 15));
            assertThat(t.parts().get(2).location()).isEqualTo(loc(1, 16, 1, 18));
        }

        @Test
        void aSingleInterpolationIsKeptForUnwrapping() {
            assertThat(shape(expr("\"${var.x}\""))).isEqualTo("tpl[var.x]");
            assertThat(shape(expr("\"\""))).isEqualTo("''");
        }

        @Test
        void escapes() {
            assertThat(((HclExpr.Literal) expr("\"\\n\\r\\t\\\"\\\\\\u00e9\\U0001F600\"")).value())
                    .isEqualTo("\n\r\t\"\\é😀");
            assertThat(((HclExpr.Literal) expr("\"$${a} %%{b} $ % $$\"")).value()).isEqualTo("${a} %{b} $ % $$");
        }

        @Test
        void invalidEscapes() {
            ParseProblem p = problem("a = \"x\\qy\"\n");
            assertThat(p.location()).isEqualTo(bad(1, 7, 1, 9));
            assertThat(p.message()).contains("Invalid escape sequence").contains("\"q\"");
            assertThat(problem("a = \"\\u12\"\n").message()).contains("four hexadecimal digits");
            assertThat(problem("a = \"\\U12\"\n").message()).contains("eight hexadecimal digits");
            assertThat(problem("a = \"\\U0011FFFF\"\n").message()).contains("Cannot encode character U+11FFFF");
            assertThat(problem("a = \"\\uD800\"\n").message()).contains("Cannot encode character U+D800");
        }

        @Test
        void stripMarkers() {
            assertThat(shape(expr("\"hello ${~ \"world\" }\""))).isEqualTo("tpl['hello', 'world']");
            assertThat(shape(expr("\"a  ${~ x ~}  b\""))).isEqualTo("tpl['a', x, 'b']");
            assertThat(shape(expr("\"${\"hello\" ~}${\" world\"}\""))).isEqualTo("tpl['hello', ' world']");
        }

        @Test
        void nestedTemplatesInsideInterpolations() {
            assertThat(shape(expr("\"${\"in-${var.x}\"}\""))).isEqualTo("tpl[tpl['in-', var.x]]");
            assertThat(shape(expr("\"${ {a = \"}\"}.a }\""))).isEqualTo("tpl[rel({'a'='}'}).a]");
        }

        @Test
        void directivesAreCheckedAndOpaque() {
            HclExpr e = expr("\"%{ if var.x }y%{ else }z%{ endif }\"");
            assertThat(e).isEqualTo(new HclExpr.Opaque("template directive", loc(1, 5, 1, 41)));
            assertThat(shape(expr("\"%{~ for k, v in var.m ~}${k}=${v} %{~ endfor ~}\"")))
                    .isEqualTo("OPAQUE(template directive)");
            assertThat(problem("a = \"%{ endif }\"\n").message()).contains("Unexpected endif directive");
            assertThat(problem("a = \"%{ if x }y\"\n").message()).contains("Unterminated template if directive");
            assertThat(problem("a = \"%{ else }\"\n").message()).contains("Unexpected else directive");
            assertThat(problem("a = \"%{ if x }a%{ else }b%{ else }c%{ endif }\"\n").message())
                    .contains("Unexpected else directive");
            assertThat(problem("a = \"%{ unless x }\"\n").message()).contains("Invalid template control keyword");
            assertThat(problem("a = \"%{ 1 }\"\n").message()).contains("Invalid template directive");
            assertThat(problem("a = \"%{ for in x }%{ endfor }\"\n").message()).contains("Invalid 'for' directive");
        }

        @Test
        void unterminatedStringsAndSequences() {
            ParseProblem string = problem("a = \"abc");
            assertThat(string.location()).isEqualTo(bad(1, 5, 1, 6));
            assertThat(string.message()).contains("Unterminated template string");
            ParseProblem multiLine = problem("a = \"abc\nb = 1\n");
            assertThat(multiLine.location()).isEqualTo(bad(1, 9, 2, 1));
            assertThat(multiLine.message()).contains("Invalid multi-line string");
            assertThat(problem("a = \"${x\"\n").message()).contains("Unclosed template interpolation sequence");
            assertThat(problem("a = \"${x y}\"\n").message()).contains("Extra characters after interpolation");
            assertThat(problem("a = \"${x:y}\"\n").message()).contains("doesn't expect a colon");
            assertThat(problem("a = \"${").message()).contains("Missing expression");
        }
    }

    @Nested
    class Heredocs {

        @Test
        void plainHeredocKeepsIndentation() {
            HclExpr e = expr("<<EOT\n    Foo\n      Bar\n  EOT\n");

            assertThat(e).isEqualTo(new HclExpr.Literal("    Foo\n      Bar\n", loc(1, 5, 4, 6)));
        }

        @Test
        void flushHeredocRemovesTheSmallestIndentation() {
            assertThat(((HclExpr.Literal) expr("<<-EOT\n    Foo\n  Bar\n\n    Baz\n  EOT")).value())
                    .isEqualTo("  Foo\nBar\n\n  Baz\n");
            assertThat(((HclExpr.Literal) expr("<<-EOT\n\tFoo\n  Bar\n  EOT")).value()).isEqualTo("Foo\n Bar\n");
            assertThat(shape(expr("<<-EOT\n    Foo\n  ${bar}\n    Baz\n  EOT"))).isEqualTo("tpl['  Foo\n', bar, '\n  Baz\n']");
        }

        @Test
        void aMarkerMustStandAloneOnItsLine() {
            assertThat(((HclExpr.Literal) expr("<<EOT\n    NOT EOT\n  EOT")).value()).isEqualTo("    NOT EOT\n");
            assertThat(((HclExpr.Literal) expr("<<EOT\nEOTX\nEOT")).value()).isEqualTo("EOTX\n");
        }

        @Test
        void heredocsStandWhereverAnExpressionMay() {
            assertThat(shape(expr("try(var.a, <<-EOT\n    x\n  EOT\n)"))).isEqualTo("try[var.a, 'x\n']");
            assertThat(shape(expr("[\n  <<EOT\na\nEOT\n  , <<EOT\nb\nEOT\n]"))).isEqualTo("['a\n', 'b\n']");
            assertThat(shape(expr("{ a = <<EOT\nv\nEOT\n  b = 1 }"))).isEqualTo("{'a'='v\n','b'=1}");
            assertThat(shape(expr("base64encode(<<-EOT\n  ${var.x}\n  EOT\n)"))).isEqualTo("base64encode[tpl[var.x, '\n']]");
        }

        @Test
        void interpolationsInHeredocsSpanLinesAndKeepTheirPlace() {
            HclExpr.Template t = (HclExpr.Template) expr("<<EOT\nname=${\n  var.name\n}!\nEOT");

            assertThat(shape(t)).isEqualTo("tpl['name=', var.name, '!\n']");
            assertThat(t.parts().get(1).location()).isEqualTo(loc(3, 3, 3, 11));
            assertThat(t.location()).isEqualTo(loc(1, 5, 5, 4));
        }

        @Test
        void unterminatedHeredoc() {
            ParseProblem p = problem("a = <<EOT\nnever ended\n");

            assertThat(p.location()).isEqualTo(bad(1, 5, 1, 10));
            assertThat(p.message()).contains("Unterminated template string").contains("\"EOT\"");
        }
    }

    @Nested
    class Limits {

        @Test
        @Timeout(300) // a hang guard only: a loaded machine may be slow, never wrong
        void deepNestingIsRefusedWithAMessage() {
            ParseProblem p = problem("a = " + "[".repeat(300) + "]".repeat(300) + "\n");

            assertThat(p.message()).contains("Too deeply nested").contains("256");
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(problem("a = " + "-".repeat(100_000) + "1\n").message()).contains("Too deeply nested");
            assertThat(problem("a = \"" + "${\"".repeat(200) + "x" + "\"}".repeat(200) + "\"\n").message())
                    .contains("Too deeply nested");
            assertThat(parse("main.tf", "a = " + "[".repeat(60) + "]".repeat(60) + "\n").body().attributes()).hasSize(1);
        }

        @Test
        @Timeout(300) // a hang guard only: a loaded machine may be slow, never wrong
        void tooManyTokensAreRefusedWithAMessage() {
            ParseProblem p = problem("a = [" + "1,".repeat(HclParser.MAX_TOKENS / 2 + 1) + "]\n");

            assertThat(p.message()).contains("Too many tokens");
        }

        @Test
        @Timeout(300) // a hang guard only: a loaded machine may be slow, never wrong
        void inputsThatWereQuadraticForHcl4jParseInLinearTime() {
            assertThat(problem("resource \"aws_vpc\" \"a\" {\n}\n" + "x".repeat(400_000) + "\n").message())
                    .contains("Argument or block definition required");
            assertThat(problem("a = \"" + "${".repeat(100_000)).message()).contains("Invalid expression");
            HclExpr e = parse("main.tf", "a = \"" + "$${".repeat(200_000) + "\"\n").body().attributes().get(0).expr();
            assertThat((String) ((HclExpr.Literal) e).value()).hasSize(400_000);
        }
    }

    @Nested
    class Fragments {

        private final Location at = Location.at("vars", 1, 1);

        @Test
        void standaloneTemplatesHaveNoEscapesButSequences() {
            HclLoader loader = new HclLoader();

            assertThat(shape(loader.parseTemplate("a\\n${var.x}%{ if y }z%{ endif }", at)))
                    .isEqualTo("OPAQUE(template directive)");
            assertThat(shape(loader.parseTemplate("a\\n\"${var.x}", at))).isEqualTo("tpl['a\\n\"', var.x]");
            assertThat(loader.parseTemplate("${", at)).isEqualTo(new HclExpr.Opaque("interpolation netlint cannot parse", at));
            assertThat(loader.parseTemplate("$${x}", at)).isEqualTo(new HclExpr.Literal("${x}", at));
        }

        @Test
        void expressionsGivenOnTheCommandLine() {
            HclLoader loader = new HclLoader();

            assertThat(loader.parseExpression("[\"10.0.0.0/8\", var.x]", at).map(HclTrees::shape))
                    .contains("['10.0.0.0/8', var.x]");
            assertThat(loader.parseExpression("1 +", at)).isEmpty();
            assertThat(loader.parseExpression("a b", at)).isEmpty();
            assertThat(loader.parseExpression("[1,\n2]", at)).isEmpty();
        }
    }
}
