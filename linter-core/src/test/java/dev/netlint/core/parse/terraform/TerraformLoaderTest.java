package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.aws.ResourceRef;
import dev.netlint.core.model.aws.SecurityGroup;
import dev.netlint.core.model.aws.SgRule;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import org.junit.jupiter.api.Test;

/** The public entry point: a module of native and JSON files where one file is broken. */
class TerraformLoaderTest {

    private final TerraformTestModules.Loaded loaded = TerraformTestModules.load("json-and-broken");

    @Test
    void brokenFileIsOneProblemAtTheLexerPositionAndTheRestStillLoads() {
        assertThat(loaded.problems()).containsExactly(new ParseProblem(
                new Location("broken.tf", 2, 16, 2, 17), "HCL syntax error: Invalid character: This character ('@') is not used within the language."));
        assertThat(loaded.workspace().securityGroups()).hasSize(1);
        assertThat(loaded.workspace().vpcs()).hasSize(1);
    }

    @Test
    void jsonSyntaxResolvesInterpolatedReferencesAndVariables() {
        SecurityGroup group = loaded.workspace().securityGroups().get(0);

        assertThat(group.address()).isEqualTo("aws_security_group.nodes");
        assertThat(group.location()).isEqualTo(new Location("main.tf.json", 10, 7, 10, 14));
        assertThat(group.vpc()).isEqualTo(Value.known(ResourceRef.toResource("aws_vpc.main", "id"),
                new Location("main.tf.json", 11, 19, 11, 39)));
        SgRule egress = group.egress().get(0);
        assertThat(egress.protocol().orNull()).isEqualTo("tcp");
        assertThat(egress.fromPort().orNull()).isEqualTo(443);
        assertThat(egress.ipv4Cidrs()).extracting(Value::orNull).containsExactly("0.0.0.0/0");
        assertThat(egress.location()).isEqualTo(new Location("main.tf.json", 13, 11, 18, 12));
    }

    @Test
    void legacySplatOfAnUndeclaredResourceLoadsAsUnknown() {
        EksCluster cluster = loaded.workspace().clusters().get(0);

        assertThat(cluster.subnetIds()).isEqualTo(Value.unknown("aws_subnet.this is not declared in this module",
                new Location("splat.tf", 3, 18, 3, 38)));
    }
}
