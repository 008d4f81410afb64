package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * YAML text with interpolations: each scalar that holds one is unknown and shows what was written; text that is not
 * YAML is refused where it is written.
 */
class EmbeddedYamlTest {

    private static final String FILE = "main.tf";

    private static HclExpr.Literal literal(String text, int line) {
        return new HclExpr.Literal(text, Location.at(FILE, line, 1));
    }

    @Test
    void aScalarHoldingAnInterpolationIsUnknownAndTheRestIsKnown() {
        PlacedText text = PlacedText.pieces();
        text.literal(literal("name: web-", 1));
        text.unknown("var.env", Location.at(FILE, 1, 13));
        text.literal(literal("80\ntype: NodePort\n", 1));

        List<PNode> documents = EmbeddedYaml.read(text).documents();

        PMap object = (PMap) documents.get(0);
        PScalar name = object.scalar("name");
        assertThat(name.isUnknown()).isTrue();
        assertThat(name.text()).isEqualTo("web-${var.env}80"); // digits after an interpolation stay text
        assertThat(name.unknownReason()).contains("${var.env}80 is interpolated by Terraform");
        assertThat(object.scalar("type").isUnknown()).isFalse();
        assertThat(object.scalar("type").text()).isEqualTo("NodePort");
    }

    @Test
    void manyInterpolationsAreEachTheirOwn() {
        PlacedText text = PlacedText.pieces();
        text.literal(literal("list: [", 1));
        for (int i = 0; i < 12; i++) {
            text.unknown("var.v" + i, Location.at(FILE, 1, 1));
            text.literal(literal(i < 11 ? "," : "]\n", 1));
        }
        PMap object = (PMap) EmbeddedYaml.read(text).documents().get(0);

        List<PNode> items = object.list("list").items();
        assertThat(items).hasSize(12);
        assertThat(((PScalar) items.get(1)).text()).isEqualTo("${var.v1}");
        assertThat(((PScalar) items.get(11)).text()).isEqualTo("${var.v11}");
    }

    @Test
    void anInterpolationAloneOnItsLineMayWriteLinesSoNothingIsRead() {
        PlacedText text = PlacedText.pieces();
        text.literal(literal("spec:\n  ", 1));
        text.unknown("yamlencode(var.extra)", Location.at(FILE, 2, 5));
        text.literal(literal("\n  type: NodePort\n", 2));

        assertThat(EmbeddedYaml.read(text).documents()).isEmpty();
    }

    @Test
    void textThatIsNotYamlIsAParseErrorWhereItIsWritten() {
        PlacedText text = PlacedText.pieces();
        text.literal(new HclExpr.Literal("kind: Service\nspec: {type: NodePort\n", Location.at(FILE, 3, 5)));

        EmbeddedYaml.Documents read = EmbeddedYaml.read(text);

        assertThat(read.documents()).isEmpty();
        assertThat(read.refusal().limit()).isFalse();
        assertThat(read.refusal().message()).startsWith("YAML that Terraform decodes here is not valid: ");
        assertThat(read.refusal().location().file()).isEqualTo(FILE);
    }
}
