package dev.netlint.core.parse.hcl;

import static dev.netlint.core.parse.hcl.HclTestFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.hcl.HclExpr.Literal;
import dev.netlint.core.parse.hcl.HclExpr.Template;
import dev.netlint.core.source.Location;
import org.junit.jupiter.api.Test;

/** A string's characters are placed where they were written: heredoc lines after their indentation, escapes. */
class HclTextOriginsTest {

    private static HclExpr value(String text) {
        return parse("main.tf", text).body().attribute("x").orElseThrow().expr();
    }

    private static String at(Literal literal, String of) {
        Location location = literal.locate(((String) literal.value()).indexOf(of));
        return location.line() + ":" + location.column();
    }

    @Test
    void anIndentedHeredocPlacesEachLineAfterTheIndentationItLost() {
        Literal literal = (Literal) value("x = <<-EOT\n    kind: Service\n    spec:\n      type: NodePort\n  EOT\n");

        assertThat(literal.value()).isEqualTo("kind: Service\nspec:\n  type: NodePort\n");
        assertThat(at(literal, "kind")).isEqualTo("2:5");
        assertThat(at(literal, "spec")).isEqualTo("3:5");
        assertThat(at(literal, "NodePort")).isEqualTo("4:13");
    }

    @Test
    void aFlushHeredocIsPlacedColumnForColumn() {
        Literal literal = (Literal) value("x = <<EOT\nkind: Service\n  type: $${x}NodePort\nEOT\n");

        assertThat(at(literal, "kind")).isEqualTo("2:1");
        assertThat(at(literal, "NodePort")).isEqualTo("3:14"); // after the escape $${: one column more than in the value
    }

    @Test
    void literalsBetweenInterpolationsKeepTheirLines() {
        Template template = (Template) value("x = <<-EOT\n  name: ${var.name}\n  type: NodePort\nEOT\n");
        Literal after = (Literal) template.parts().get(2);

        assertThat(after.value()).isEqualTo("\ntype: NodePort\n");
        assertThat(at(after, "type")).isEqualTo("3:3");
    }

    @Test
    void escapesInAQuotedStringAreSkipped() {
        Literal literal = (Literal) value("x = \"kind: Service\\nspec: {type: NodePort}\"\n");

        assertThat(at(literal, "kind")).isEqualTo("1:6");
        assertThat(at(literal, "spec")).isEqualTo("1:21");
        assertThat(at(literal, "NodePort")).isEqualTo("1:34");
    }

    @Test
    void aPlainStringIsPlacedAfterItsQuote() {
        Literal literal = (Literal) value("x = \"NodePort\"\n");

        assertThat(literal.origins()).isNull();
        assertThat(at(literal, "Port")).isEqualTo("1:10");
    }
}
