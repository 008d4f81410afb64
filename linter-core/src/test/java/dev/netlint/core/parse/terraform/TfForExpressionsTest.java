package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code for} expressions, splats, variable types and the further functions registry modules use, evaluated as
 * Terraform does; whatever depends on an unknown value stays unknown.
 */
class TfForExpressionsTest {

    private static String eval(String declarations, String expression) {
        return EvalHarness.of(declarations + "\nlocals {\n  result = " + expression + "\n}\n").show("result");
    }

    private static String eval(String expression) {
        return eval("", expression);
    }

    @Test
    void listFormMapsEveryElementAndFiltersWithIf() {
        assertThat(eval("[for s in [\"a\", \"b\"] : upper(s)]")).isEqualTo("[\"A\", \"B\"]");
        assertThat(eval("[for i, s in [\"a\", \"b\"] : \"${i}-${s}\" if s != \"a\"]")).isEqualTo("[\"1-b\"]");
        assertThat(eval("[for k, v in { b = 2, a = 1 } : k]")).isEqualTo("[\"a\", \"b\"]");
    }

    @Test
    void objectFormBuildsAMapAndGroupsWithEllipsis() {
        assertThat(eval("{ for k, v in { a = 1, b = 2 } : k => v * 10 if v > 1 }")).isEqualTo("{b=20}");
        assertThat(eval("{ for s in [\"x\", \"y\", \"x\"] : s => s... }"))
                .isEqualTo("{x=[\"x\", \"x\"], y=[\"y\"]}");
        assertThat(eval("{ for s in [\"x\", \"x\"] : s => 1 }")).startsWith("?duplicate key x");
    }

    @Test
    void anUnknownCollectionKeyOrConditionMakesTheWholeResultUnknown() {
        String vars = "variable \"names\" {}\nvariable \"on\" {}\n";

        assertThat(eval(vars, "[for s in var.names : s]")).isEqualTo("?var.names has no default");
        assertThat(eval(vars, "[for s in [\"a\"] : s if var.on]")).isEqualTo("?var.on has no default");
        assertThat(eval(vars, "{ for s in [\"a\"] : var.on => s }")).isEqualTo("?var.on has no default");
        assertThat(eval(vars, "[for s in [\"a\"] : var.on]")).isEqualTo("[?var.on has no default]");
    }

    @Test
    void splatsOverListsNullAndResourcesWithCount() {
        String subnets = "resource \"aws_subnet\" \"private\" {\n  count = 2\n  cidr_block = \"10.0.${count.index}.0/24\"\n}\n";

        assertThat(eval("[{ a = 1 }, { a = 2 }][*].a")).isEqualTo("[1, 2]");
        assertThat(eval("null[*]")).isEqualTo("[]");
        assertThat(eval(subnets, "aws_subnet.private[*].cidr_block")).isEqualTo("[\"10.0.0.0/24\", \"10.0.1.0/24\"]");
        assertThat(eval(subnets, "aws_subnet.private[*].id"))
                .isEqualTo("[ref(aws_subnet.private[0], id), ref(aws_subnet.private[1], id)]");
        assertThat(eval(subnets, "aws_subnet.private.*.id"))
                .isEqualTo("[ref(aws_subnet.private[0], id), ref(aws_subnet.private[1], id)]");
    }

    @Test
    void variableTypesFillOptionalAttributesAndDropUndeclaredOnes() {
        String groups = """
                variable "groups" {
                  type = map(object({
                    instance_types = optional(list(string), ["m6i.large"])
                    ami_type       = optional(string)
                    min_size       = optional(number, 1)
                  }))
                  default = { a = { min_size = "2", extra = true }, b = { ami_type = null } }
                }
                variable "public" {
                  type     = bool
                  default  = "true"
                }
                variable "cidrs" {
                  type     = list(string)
                  nullable = false
                  default  = ["0.0.0.0/0"]
                }
                """;

        assertThat(eval(groups, "var.groups.a"))
                .isEqualTo("{instance_types=[\"m6i.large\"], ami_type=null, min_size=2}");
        assertThat(eval(groups, "var.groups.b.instance_types")).isEqualTo("[\"m6i.large\"]");
        assertThat(eval(groups, "try(var.groups.a.extra, \"dropped\")")).isEqualTo("\"dropped\"");
        assertThat(eval(groups, "var.public")).isEqualTo("true");
    }

    @Test
    void theFunctionsRegistryModulesUse() {
        assertThat(eval("startswith(\"AL2023_x86_64\", \"AL2023_\")")).isEqualTo("true");
        assertThat(eval("replace(\"https://oidc\", \"https://\", \"\")")).isEqualTo("\"oidc\"");
        assertThat(eval("range(3)")).isEqualTo("[0, 1, 2]");
        assertThat(eval("compact(split(\",\", \"a,,b\"))")).isEqualTo("[\"a\", \"b\"]");
        assertThat(eval("length(regexall(\"^[a-z]{2}-\", \"eu-west-1a\")) > 0")).isEqualTo("true");
        assertThat(eval("formatlist(\"%s-x\", [\"a\", \"b\"])")).isEqualTo("[\"a-x\", \"b-x\"]");
        assertThat(eval("nonsensitive(\"x\")")).isEqualTo("\"x\"");
        assertThat(eval("can(tonumber(\"x\"))")).isEqualTo("false");
        assertThat(eval("one([])")).isEqualTo("null");
        assertThat(eval("regexall(\"(a|b)+\", \"ab\")")).startsWith("?regexall() with that pattern");
    }

    @Test
    void nestedLoopsOverLargeCollectionsGiveUpInsteadOfRunningLong() {
        assertThat(eval("length(flatten([for a in range(1000) : [for b in range(1000) : [for c in range(10) : c]]]))"))
                .startsWith("?");
        assertThat(eval("length(range(100000))")).startsWith("?range() of more than 1024 elements");
    }
}
