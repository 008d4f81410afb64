package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.source.Location;
import org.junit.jupiter.api.Test;

/** Evaluation of expressions within one module: what resolves and what stays unknown, and why. */
class TfEvaluatorTest {

    private static String eval(String declarations, String expression) {
        return EvalHarness.of(declarations + "\nlocals {\n  result = " + expression + "\n}\n").show("result");
    }

    private static String eval(String expression) {
        return eval("", expression);
    }

    @Test
    void literalsOperatorsAndConditionals() {
        assertThat(eval("1 + 2 * 3")).isEqualTo("7");
        assertThat(eval("\"443\" + 1")).isEqualTo("444");
        assertThat(eval("10 / 4")).isEqualTo("2.5");
        assertThat(eval("\"a\" == \"a\" && !false")).isEqualTo("true");
        assertThat(eval("3 >= 4 ? \"big\" : \"small\"")).isEqualTo("\"small\"");
        assertThat(eval("-(2 - 5)")).isEqualTo("3");
    }

    @Test
    void variablesResolveToDefaultsAndUnknownWithoutOne() {
        String vars = "variable \"cidr\" {\n  default = \"10.0.0.0/16\"\n}\nvariable \"project\" {}\n";

        assertThat(eval(vars, "var.cidr")).isEqualTo("\"10.0.0.0/16\"");
        assertThat(eval(vars, "var.project")).isEqualTo("?var.project has no default");
        assertThat(eval(vars, "\"${var.project}-sg\"")).isEqualTo("?var.project has no default");
        assertThat(eval(vars, "var.missing")).isEqualTo("?var.missing is not declared in this module");
    }

    @Test
    void unknownsShortCircuitOnlyWhereTheResultIsDecided() {
        String vars = "variable \"flag\" {}\n";

        assertThat(eval(vars, "false && var.flag")).isEqualTo("false");
        assertThat(eval(vars, "true || var.flag")).isEqualTo("true");
        assertThat(eval(vars, "true && var.flag")).isEqualTo("?var.flag has no default");
        assertThat(eval(vars, "var.flag ? 1 : 1")).isEqualTo("1");
        assertThat(eval(vars, "var.flag ? 1 : 2")).isEqualTo("?var.flag has no default");
    }

    @Test
    void localsChainAndCyclesAreUnknown() {
        String locals = "locals {\n  a = \"x\"\n  b = \"${local.a}-y\"\n  c = local.d\n  d = local.c\n}\n";

        assertThat(eval(locals, "local.b")).isEqualTo("\"x-y\"");
        assertThat(eval(locals, "local.c")).startsWith("?local.").endsWith("refers to itself");
    }

    @Test
    void interpolationOfKnownPartsAndSingleInterpolationKeepsType() {
        String vars = "variable \"n\" {\n  default = 3\n}\nvariable \"l\" {\n  default = [\"a\"]\n}\n";

        assertThat(eval(vars, "\"n=${var.n}, ok=${true}\"")).isEqualTo("\"n=3, ok=true\"");
        assertThat(eval(vars, "\"${var.l}\"")).isEqualTo("[\"a\"]");
    }

    @Test
    void referencesToOtherResources() {
        String resources = String.join("\n",
                "resource \"aws_launch_template\" \"lt\" {",
                "  name = \"nodes-lt\"",
                "}",
                "resource \"aws_eks_cluster\" \"main\" {",
                "  vpc_config {",
                "    subnet_ids = [\"subnet-1\"]",
                "  }",
                "}",
                "resource \"aws_subnet\" \"private\" {",
                "  count = 2",
                "  cidr_block = cidrsubnet(\"10.0.0.0/16\", 8, count.index)",
                "}",
                "");

        assertThat(eval(resources, "aws_launch_template.lt.name")).isEqualTo("\"nodes-lt\"");
        assertThat(eval(resources, "aws_launch_template.lt.id")).isEqualTo("ref(aws_launch_template.lt, id)");
        assertThat(eval(resources, "aws_eks_cluster.main.vpc_config[0].cluster_security_group_id"))
                .isEqualTo("ref(aws_eks_cluster.main, vpc_config[0].cluster_security_group_id)");
        assertThat(eval(resources, "aws_eks_cluster.main.vpc_config[0].subnet_ids")).isEqualTo("[\"subnet-1\"]");
        assertThat(eval(resources, "aws_subnet.private[1].cidr_block")).isEqualTo("\"10.0.1.0/24\"");
        assertThat(eval(resources, "aws_subnet.private[0].id")).isEqualTo("ref(aws_subnet.private[0], id)");
        assertThat(eval(resources, "aws_subnet.private[5].id")).isEqualTo("?aws_subnet.private[5] does not exist");
        assertThat(eval(resources, "aws_nat_gateway.missing.id"))
                .isEqualTo("?aws_nat_gateway.missing is not declared in this module");
        assertThat(eval(resources, "\"${aws_launch_template.lt.id}\"")).isEqualTo("ref(aws_launch_template.lt, id)");
        assertThat(eval(resources, "\"x-${aws_launch_template.lt.id}\""))
                .isEqualTo("?computed attribute aws_launch_template.lt.id");
    }

    @Test
    void unknownSourcesSayWhy() {
        assertThat(eval("module.vpc.vpc_id")).isEqualTo("?module output");
        assertThat(eval("data.aws_vpc.main.id")).isEqualTo("?data source");
        assertThat(eval("count.index")).isEqualTo("?count.index outside a resource with count");
        assertThat(eval("each.key")).isEqualTo("?each outside a resource with for_each");
        assertThat(eval("[for s in var.missing : s]")).isEqualTo("?var.missing is not declared in this module");
        assertThat(eval("aws_subnet.this.*.id")).isEqualTo("?aws_subnet.this is not declared in this module");
        assertThat(eval("path.cwd")).startsWith("?path.cwd");
        assertThat(eval("timestamp()")).isEqualTo("?function timestamp() is not evaluated");
    }

    @Test
    void functions() {
        assertThat(eval("jsonencode({ b = [1, \"x\"], a = true, c = \"<\" })"))
                .isEqualTo("\"{\\\"a\\\":true,\\\"b\\\":[1,\\\"x\\\"],\\\"c\\\":\\\"\\\\u003c\\\"}\"".replace("\\\"", "\"")
                        .replace("\\\\", "\\"));
        assertThat(eval("cidrsubnet(\"10.0.0.0/16\", 4, 15)")).isEqualTo("\"10.0.240.0/20\"");
        assertThat(eval("cidrsubnet(\"2600:1f14:abc:de00::/56\", 8, 1)")).isEqualTo("\"2600:1f14:abc:de01::/64\"");
        assertThat(eval("cidrsubnet(\"10.0.0.0/30\", 4, 1)")).startsWith("?invalid");
        assertThat(eval("base64encode(\"hi\")")).isEqualTo("\"aGk=\"");
        assertThat(eval("concat([\"a\"], [\"b\", \"c\"])")).isEqualTo("[\"a\", \"b\", \"c\"]");
        assertThat(eval("merge({ a = 1, b = 2 }, { b = 3 })")).isEqualTo("{a=1, b=3}");
        assertThat(eval("toset([\"b\", \"a\", \"b\"])")).isEqualTo("[\"a\", \"b\"]");
        assertThat(eval("tolist([1])")).isEqualTo("[1]");
        assertThat(eval("lower(\"TCP\")")).isEqualTo("\"tcp\"");
        assertThat(eval("upper(\"udp\")")).isEqualTo("\"UDP\"");
        assertThat(eval("format(\"%s-%d%%\", \"eks\", 42)")).isEqualTo("\"eks-42%\"");
        assertThat(eval("join(\",\", [\"a\", \"b\"])")).isEqualTo("\"a,b\"");
        assertThat(eval("length({ a = 1 })")).isEqualTo("1");
        assertThat(eval("coalesce(null, \"\", \"x\")")).isEqualTo("\"x\"");
        assertThat(eval("lookup({ a = 1 }, \"b\", 7)")).isEqualTo("7");
        assertThat(eval("element([\"a\", \"b\"], 3)")).isEqualTo("\"b\"");
        assertThat(eval("flatten([[\"a\"], [[\"b\"]], \"c\"])")).isEqualTo("[\"a\", \"b\", \"c\"]");
        assertThat(eval("concat([[\"a\"], [\"b\"]]...)")).isEqualTo("[\"a\", \"b\"]");
    }

    @Test
    void tryTakesTheFirstArgumentThatDoesNotFailButStopsAtUnknown() {
        String vars = "variable \"u\" {}\nvariable \"m\" {\n  default = { a = 1 }\n}\n";

        assertThat(eval(vars, "try(var.m.missing, var.m.a)")).isEqualTo("1");
        assertThat(eval(vars, "try(var.u, 2)")).isEqualTo("?var.u has no default");
        assertThat(eval(vars, "try(var.m[\"x\"], null)")).isEqualTo("null");
    }

    @Test
    void tfvarsOverrideDefaultsAndAutoFilesOverrideTerraformTfvars() {
        java.nio.file.Path dir = java.nio.file.Path.of("/nonexistent-netlint-test-module");
        java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
        files.put("z.auto.tfvars", "region = \"eu-central-1\"\n");
        files.put("main.tf", "variable \"region\" {\n  default = \"us-east-1\"\n}\nvariable \"name\" {}\n"
                + "variable \"env\" {\n  default = \"dev\"\n}\nlocals {\n  r = var.region\n  n = var.name\n  e = var.env\n}\n");
        files.put("terraform.tfvars", "region = \"eu-west-1\"\nname = \"demo\"\n");
        files.put("prod.tfvars", "env = \"prod\"\n");

        EvalHarness module = EvalHarness.of(dir, dev.netlint.core.source.ScanScope.of(dir), files);

        assertThat(module.show("r")).isEqualTo("\"eu-central-1\"");
        assertThat(module.show("n")).isEqualTo("\"demo\"");
        assertThat(module.show("e")).as("only auto-loaded tfvars apply").isEqualTo("\"dev\"");
    }

    @Test
    void knownValuesCarryTheLocationWhereTheyWereWritten() {
        TfValue value = EvalHarness.of("variable \"p\" {\n  default = 443\n}\nlocals {\n  x = var.p\n}\n").local("x");

        assertThat(value.location()).isEqualTo(new Location("main.tf", 2, 13, 2, 16));
    }
}
