package dev.netlint.core.parse.hcl;

import static dev.netlint.core.parse.hcl.HclTestFiles.parse;
import static dev.netlint.core.parse.hcl.HclTestFiles.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclExpr.Binary;
import dev.netlint.core.parse.hcl.HclExpr.Conditional;
import dev.netlint.core.parse.hcl.HclExpr.FunctionCall;
import dev.netlint.core.parse.hcl.HclExpr.Literal;
import dev.netlint.core.parse.hcl.HclExpr.ObjectCons;
import dev.netlint.core.parse.hcl.HclExpr.Traversal;
import dev.netlint.core.parse.hcl.HclExpr.TraversalStep;
import dev.netlint.core.parse.hcl.HclExpr.Unary;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The shape of the expression tree: precedence, references, calls, collections, templates. */
class HclLoaderExpressionTest {

    private static HclExpr expr(String expression) {
        return parse("main.tf", "x = " + expression + "\n").body().attribute("x").orElseThrow().expr();
    }

    /** A compact rendering that shows the tree's structure without locations. */
    private static String shape(HclExpr e) {
        if (e instanceof Literal l) {
            return l.value() instanceof String s ? "'" + s + "'" : String.valueOf(l.value());
        }
        if (e instanceof Binary b) {
            return "(" + shape(b.left()) + " " + b.operator() + " " + shape(b.right()) + ")";
        }
        if (e instanceof Unary u) {
            return "(" + u.operator() + shape(u.operand()) + ")";
        }
        if (e instanceof Conditional c) {
            return "(" + shape(c.condition()) + " ? " + shape(c.whenTrue()) + " : " + shape(c.whenFalse()) + ")";
        }
        if (e instanceof HclExpr.Parenthesized p) {
            return shape(p.inner());
        }
        if (e instanceof Traversal t) {
            StringBuilder out = new StringBuilder(t.root());
            for (TraversalStep step : t.steps()) {
                out.append(step instanceof TraversalStep.GetAttr g ? "." + g.name()
                        : "[" + shape(((TraversalStep.Index) step).key()) + "]");
            }
            return out.toString();
        }
        if (e instanceof FunctionCall f) {
            return f.name() + f.arguments().stream().map(HclLoaderExpressionTest::shape).toList()
                    + (f.expandFinalArgument() ? "..." : "");
        }
        if (e instanceof HclExpr.TupleCons t) {
            return t.items().stream().map(HclLoaderExpressionTest::shape).toList().toString();
        }
        if (e instanceof ObjectCons o) {
            return "{" + String.join(",", o.items().stream().map(i -> shape(i.key()) + "=" + shape(i.value()))
                    .toList()) + "}";
        }
        if (e instanceof HclExpr.Template t) {
            return "tpl" + t.parts().stream().map(HclLoaderExpressionTest::shape).toList();
        }
        if (e instanceof HclExpr.RelativeTraversal r) {
            return "rel(" + shape(r.source()) + ")" + r.steps().size();
        }
        if (e instanceof HclExpr.ForExpr) {
            return "FOR";
        }
        if (e instanceof HclExpr.Splat) {
            return "SPLAT";
        }
        return "OPAQUE(" + ((HclExpr.Opaque) e).reason() + ")";
    }

    @Test
    void binaryOperatorsFollowHclPrecedence() {
        assertThat(shape(expr("1 + 2 * 3"))).isEqualTo("(1 + (2 * 3))");
        assertThat(shape(expr("\"x\" == \"y\" || !true && false"))).isEqualTo("(('x' == 'y') || ((!true) && false))");
        assertThat(shape(expr("(1 + 2) * 3"))).isEqualTo("((1 + 2) * 3)");
        assertThat(shape(expr("10 - 2 - 3"))).isEqualTo("((10 - 2) - 3)");
    }

    @Test
    void conditionalIsRightAssociativeAndLowest() {
        assertThat(shape(expr("var.a ? \"x\" : var.b ? \"y\" : \"z\"")))
                .isEqualTo("(var.a ? 'x' : (var.b ? 'y' : 'z'))");
        assertThat(shape(expr("length(var.x) > 0 ? var.x : [\"y\"]")))
                .isEqualTo("((length[var.x] > 0) ? var.x : ['y'])");
    }

    @Test
    void minusIsABinaryOperatorOrANegativeLiteral() {
        assertThat(shape(expr("var.x - 1"))).isEqualTo("(var.x - 1)");
        assertThat(shape(expr("-var.x"))).isEqualTo("(-var.x)");
        assertThat(shape(expr("var.n * -2"))).isEqualTo("(var.n * -2)");
        assertThat(shape(expr("5-1"))).isEqualTo("(5 - 1)");
        assertThat(shape(expr("-1"))).isEqualTo("-1");
    }

    @Test
    void referencesKeepIndexSteps() {
        assertThat(shape(expr("aws_eks_cluster.x.vpc_config[0].cluster_security_group_id")))
                .isEqualTo("aws_eks_cluster.x.vpc_config[0].cluster_security_group_id");
        assertThat(shape(expr("var.m[\"key\"]"))).isEqualTo("var.m['key']");
        assertThat(shape(expr("var.x[count.index]"))).isEqualTo("var.x[count.index]");
    }

    @Test
    void functionArgumentsAreSplitAtCommas() {
        assertThat(shape(expr("cidrsubnet(var.cidr, 8, 1 + 2)"))).isEqualTo("cidrsubnet[var.cidr, 8, (1 + 2)]");
        assertThat(shape(expr("f(g(1), [2, 3])"))).isEqualTo("f[g[1], [2, 3]]");
        assertThat(shape(expr("concat(var.a...)"))).isEqualTo("concat[var.a]...");
        assertThat(shape(expr("tolist(var.s)[0]"))).isEqualTo("rel(tolist[var.s])1");
    }

    @Test
    void listsSplitOnCommasEvenWithNegativeNumbers() {
        assertThat(shape(expr("[1, -1, var.a - 1]"))).isEqualTo("[1, -1, (var.a - 1)]");
        assertThat(shape(expr("[\n  \"a\", # comment ] here\n  \"b\",\n]"))).isEqualTo("['a', 'b']");
    }

    @Test
    void objectsKeepKeysInOrder() {
        assertThat(shape(expr("{ a = 1, \"b\" = \"x\", c = { d = true } }"))).isEqualTo("{'a'=1,'b'='x','c'={'d'=true}}");
        assertThat(shape(expr("jsonencode({\n  a = \"b\"\n})"))).isEqualTo("jsonencode[{'a'='b'}]");
    }

    @Test
    void templatesAndEscapes() {
        assertThat(shape(expr("\"${var.p}-sg\""))).isEqualTo("tpl[var.p, '-sg']");
        assertThat(shape(expr("\"$${literal}\""))).isEqualTo("'${literal}'");
        assertThat(shape(expr("\"%{ if var.x }y%{ endif }\""))).isEqualTo("OPAQUE(template directive)");
        assertThat(shape(expr("\"${\"in-${var.x}\"}\""))).isEqualTo("tpl[tpl['in-', var.x]]");
    }

    @Test
    void forExpressionsAndSplatsAreOpaque() {
        assertThat(shape(expr("[for s in var.list : upper(s) if s != \"\"]"))).isEqualTo("FOR");
        assertThat(shape(expr("{ for k, v in local.m : \"${v.a}_${v.b}\" => v if local.create }"))).isEqualTo("FOR");
        assertThat(shape(expr("aws_subnet.this[*].id"))).isEqualTo("SPLAT");
        assertThat(shape(expr("aws_subnet.this.*.id"))).isEqualTo("SPLAT");
        assertThat(shape(expr("concat(aws_subnet.this.*.id, [\"x\"])"))).isEqualTo("concat[SPLAT, ['x']]");
    }

    @Test
    void legacySplatLocationCoversTheWholeReference() {
        HclExpr splat = expr("aws_subnet.this.*.id");

        assertThat(splat.location()).isEqualTo(new Location("main.tf", 1, 5, 1, 25));
    }

    @Test
    void numbersAreDecimals() {
        assertThat(expr("1.5")).isEqualTo(new Literal(new BigDecimal("1.5"), new Location("main.tf", 1, 5, 1, 8)));
    }

    @Test
    void lexerErrorBecomesProblemAtExactPosition() {
        HclParseResult result = new HclLoader().load(source("bad.tf", "a = 1\nb = @\n"));

        assertThat(result.isParsed()).isFalse();
        ParseProblem problem = result.problem();
        assertThat(problem.location()).isEqualTo(new Location("bad.tf", 2, 5, 2, 6));
        assertThat(problem.message()).isEqualTo("HCL syntax error: Invalid character: This character ('@') is not used within the language.");
    }

    @Test
    void lexerErrorOnFirstColumn() {
        HclParseResult result = new HclLoader().load(source("bad.tf", "resource \"a\" \"b\" {\n@\n}\n"));

        assertThat(result.problem().location()).isEqualTo(new Location("bad.tf", 2, 1, 2, 2));
    }

    @Test
    void lexerErrorFarIntoALargeFileKeepsItsAbsoluteLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("variable \"v").append(i).append("\" {\n  default = \"").append(i).append("\"\n}\n");
        }
        text.append("locals {\n  x =  @\n}\n");

        HclParseResult result = new HclLoader().load(source("big.tf", text.toString()));

        assertThat(result.problem().location()).isEqualTo(new Location("big.tf", 602, 8, 602, 9));
    }

    @Test
    void itemsOfALargeFileAreAllReadWithExactPositions() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append("variable \"v").append(i).append("\" {\n  default = ").append(i).append("\n}\n");
        }
        HclFile file = parse("big.tf", text.toString());

        assertThat(file.body().blocks()).hasSize(200);
        HclBlock last = file.body().blocks().get(199);
        assertThat(last.labels()).containsExactly("v199");
        assertThat(last.location()).isEqualTo(new Location("big.tf", 598, 1, 598, 16));
        assertThat(last.body().attribute("default").orElseThrow().expr().location())
                .isEqualTo(new Location("big.tf", 599, 13, 599, 16));
    }

    @Test
    void tfvarsHoldAttributesOnly() {
        HclFile file = parse("terraform.tfvars", "region = \"eu-west-1\"\ncount_of = 3\n");

        assertThat(file.body().attributes()).extracting(HclAttribute::name).containsExactly("region", "count_of");
        assertThat(file.body().blocks()).isEmpty();
    }

    /** A heredoc as the only argument of a call (the usual launch template user_data). */
    @Test
    void heredocAsTheOnlyArgumentOfACall() {
        assertThat(shape(expr("base64encode(<<-EOT\n    #!/bin/bash\n    echo hi\n  EOT\n  )")))
                .isEqualTo("base64encode['#!/bin/bash\necho hi\n']");
        assertThat(shape(expr("base64encode(<<EOT\na\nEOT\n)"))).isEqualTo("base64encode['a\n']");
        FunctionCall call = (FunctionCall) expr("trimspace(<<EOT\na\nEOT\n)");
        assertThat(call.location()).isEqualTo(new Location("main.tf", 1, 5, 4, 2));
        assertThat(shape(expr("base64encode(\"x\")"))).isEqualTo("base64encode['x']");
    }
}
