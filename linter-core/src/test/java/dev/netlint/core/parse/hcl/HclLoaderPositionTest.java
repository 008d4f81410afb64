package dev.netlint.core.parse.hcl;

import static dev.netlint.core.parse.hcl.HclTestFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.hcl.HclExpr.Literal;
import dev.netlint.core.parse.hcl.HclExpr.TupleCons;
import dev.netlint.core.source.Location;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Pins exact 1-based line/column ranges (both ends) of the tree HclLoader builds. */
class HclLoaderPositionTest {

    private static final String SG = String.join("\n",
            "resource \"aws_security_group\" \"nodes\" {",   // 1
            "  name   = \"nodes\"",                          // 2
            "  port   = 443",                                // 3
            "  cidrs  = [\"10.0.0.0/8\", \"::/0\"]",         // 4
            "  label  = \"${var.prefix}-sg\"",               // 5
            "  ingress {",                                   // 6
            "    from_port = 0",                             // 7
            "  }",                                           // 8
            "}",                                             // 9
            "");

    private static Location loc(int line, int column, int endLine, int endColumn) {
        return new Location("main.tf", line, column, endLine, endColumn);
    }

    @Test
    void blockHeaderRunsFromTypeKeywordToLastLabel() {
        HclBlock block = parse("main.tf", SG).body().blocks().get(0);

        assertThat(block.type()).isEqualTo("resource");
        assertThat(block.labels()).containsExactly("aws_security_group", "nodes");
        assertThat(block.location()).isEqualTo(loc(1, 1, 1, 38));
        assertThat(block.body().blocks("ingress").get(0).location()).isEqualTo(loc(6, 3, 6, 10));
    }

    @Test
    void attributeRunsFromNameToEndOfExpressionAndStringIncludesQuotes() {
        HclBody body = parse("main.tf", SG).body().blocks().get(0).body();

        HclAttribute name = body.attribute("name").orElseThrow();
        assertThat(name.location()).isEqualTo(loc(2, 3, 2, 19));
        assertThat(name.expr()).isEqualTo(new Literal("nodes", loc(2, 12, 2, 19)));
    }

    @Test
    void numberIsPositionedAtItsDigits() {
        HclAttribute port = parse("main.tf", SG).body().blocks().get(0).body().attribute("port").orElseThrow();

        assertThat(port.expr()).isEqualTo(new Literal(new BigDecimal("443"), loc(3, 12, 3, 15)));
        assertThat(port.location()).isEqualTo(loc(3, 3, 3, 15));
    }

    @Test
    void listItemsKeepTheirOwnRanges() {
        HclAttribute cidrs = parse("main.tf", SG).body().blocks().get(0).body().attribute("cidrs").orElseThrow();

        TupleCons list = (TupleCons) cidrs.expr();
        assertThat(list.location()).isEqualTo(loc(4, 12, 4, 34));
        assertThat(list.items()).containsExactly(
                new Literal("10.0.0.0/8", loc(4, 13, 4, 25)),
                new Literal("::/0", loc(4, 27, 4, 33)));
    }

    @Test
    void interpolatedStringCoversBothQuotesAndItsReferenceIsExact() {
        HclAttribute label = parse("main.tf", SG).body().blocks().get(0).body().attribute("label").orElseThrow();

        HclExpr.Template template = (HclExpr.Template) label.expr();
        assertThat(template.location()).isEqualTo(loc(5, 12, 5, 30));
        HclExpr.Traversal reference = (HclExpr.Traversal) template.parts().get(0);
        assertThat(reference.root()).isEqualTo("var");
        assertThat(reference.location()).isEqualTo(loc(5, 15, 5, 25));
        assertThat(template.parts().get(1)).isEqualTo(new Literal("-sg", loc(5, 26, 5, 29)));
    }

    @Test
    void heredocRunsFromOpeningMarkerToTerminatorAndIndentedFormIsDedented() {
        String text = String.join("\n",
                "locals {",
                "  script = <<-EOT",
                "    #!/bin/bash",
                "      echo hi",
                "    EOT",
                "  plain = <<EOT",
                "keep  ",
                "EOT",
                "}",
                "");
        HclBody locals = parse("main.tf", text).body().blocks().get(0).body();

        HclAttribute script = locals.attribute("script").orElseThrow();
        assertThat(script.expr()).isEqualTo(new Literal("#!/bin/bash\n  echo hi\n", loc(2, 12, 5, 8)));
        assertThat(script.location()).isEqualTo(loc(2, 3, 5, 8));
        assertThat(locals.attribute("plain").orElseThrow().expr())
                .isEqualTo(new Literal("keep  \n", loc(6, 11, 8, 4)));
    }

    @Test
    void heredocInterpolationIsParsedAtItsRealPlace() {
        String text = "x = <<EOT\nname=${var.name}\nEOT\n";

        HclExpr.Template template = (HclExpr.Template) parse("main.tf", text).body().attribute("x").orElseThrow().expr();

        assertThat(template.parts().get(0)).isEqualTo(new Literal("name=", loc(2, 1, 2, 6)));
        assertThat(template.parts().get(1).location()).isEqualTo(loc(2, 8, 2, 16));
    }

    @Test
    void crlfLineEndingsKeepColumnsExact() {
        HclBlock block = parse("main.tf", SG.replace("\n", "\r\n")).body().blocks().get(0);

        assertThat(block.location()).isEqualTo(loc(1, 1, 1, 38));
        assertThat(block.body().attribute("port").orElseThrow().expr().location()).isEqualTo(loc(3, 12, 3, 15));
        TupleCons list = (TupleCons) block.body().attribute("cidrs").orElseThrow().expr();
        assertThat(list.items().get(1).location()).isEqualTo(loc(4, 27, 4, 33));
    }

    @Test
    void byteOrderMarkIsNotCountedAsAColumn() {
        HclFile file = parse("main.tf", "\uFEFF" + SG);

        HclBlock block = file.body().blocks().get(0);
        assertThat(block.location()).isEqualTo(loc(1, 1, 1, 38));
        assertThat(block.body().attribute("name").orElseThrow().expr().location()).isEqualTo(loc(2, 12, 2, 19));
    }

    @Test
    void topLevelAttributeOnFirstLineWithBom() {
        HclAttribute a = parse("x.tfvars", "\uFEFFregion = \"eu-west-1\"\n").body().attributes().get(0);

        assertThat(a.location()).isEqualTo(new Location("x.tfvars", 1, 1, 1, 21));
    }

    @Test
    void blockWithoutSpaceBeforeBraceAndUnlabelledBlock() {
        HclBody body = parse("main.tf", "resource \"a\" \"b\"{\n  ingress{\n  }\n}\n").body();

        HclBlock resource = body.blocks().get(0);
        assertThat(resource.location()).isEqualTo(loc(1, 1, 1, 17));
        assertThat(resource.body().blocks().get(0).location()).isEqualTo(loc(2, 3, 2, 10));
    }
}
