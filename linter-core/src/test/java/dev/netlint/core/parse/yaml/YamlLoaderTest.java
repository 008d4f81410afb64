package dev.netlint.core.parse.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The YAML loader's contract: every node and key carries the exact 1-based line and column of where it was written
 * (start inclusive, end exclusive), whatever the line endings, and hostile input is refused with a problem instead of
 * being expanded or recursed into.
 */
class YamlLoaderTest {

    private static final String FILE = "k8s/web.yaml";
    /** A hang guard for hostile input, not a performance measurement. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private static SourceFile file() {
        return new SourceFile(Path.of(FILE), FILE, SourceFormat.YAML);
    }

    private static YamlLoader.Result load(String yaml) {
        return new YamlLoader().load(new SourceText(file(), yaml));
    }

    private static PMap onlyDocument(String yaml) {
        YamlLoader.Result result = load(yaml);
        assertThat(result.problem()).isNull();
        assertThat(result.documents()).hasSize(1);
        return result.documents().get(0).asMap();
    }

    private static Location span(int line, int column, int endLine, int endColumn) {
        return new Location(FILE, line, column, endLine, endColumn);
    }

    @Nested
    class Positions {

        private static final String SERVICE = """
                apiVersion: v1
                kind: Service
                metadata:
                  name: web
                  annotations:
                    team: "shop"
                spec:
                  type: 'NodePort'
                  ports:
                    - port: 80
                      nodePort: 30080
                  selector: {app: web, tier: front}
                  externalIPs: [10.0.0.1, 10.0.0.2]
                  description: |
                    first line
                    second line
                kind2: end
                """;

        @Test
        void keysSpanTheirOwnTextOnTheirLine() {
            PMap document = onlyDocument(SERVICE);

            assertThat(document.entry("apiVersion").keyLocation()).isEqualTo(span(1, 1, 1, 11));
            assertThat(document.entry("kind").keyLocation()).isEqualTo(span(2, 1, 2, 5));
            assertThat(document.map("metadata").entry("name").keyLocation()).isEqualTo(span(4, 3, 4, 7));
            assertThat(document.map("metadata").map("annotations").entry("team").keyLocation()).isEqualTo(span(6, 5, 6, 9));
        }

        @Test
        void plainScalarSpansItsText() {
            PScalar name = onlyDocument(SERVICE).map("metadata").scalar("name");

            assertThat(name.text()).isEqualTo("web");
            assertThat(name.location()).isEqualTo(span(4, 9, 4, 12));
        }

        @Test
        void doubleQuotedScalarSpansItsQuotesButItsTextHasNone() {
            PScalar team = onlyDocument(SERVICE).map("metadata").map("annotations").scalar("team");

            assertThat(team.text()).isEqualTo("shop");
            assertThat(team.location()).isEqualTo(span(6, 11, 6, 17));
        }

        @Test
        void singleQuotedScalarSpansItsQuotesButItsTextHasNone() {
            PScalar type = onlyDocument(SERVICE).map("spec").scalar("type");

            assertThat(type.text()).isEqualTo("NodePort");
            assertThat(type.location()).isEqualTo(span(8, 9, 8, 19));
        }

        @Test
        void literalBlockScalarRunsFromItsIndicatorToTheStartOfTheNextLine() {
            PScalar description = onlyDocument(SERVICE).map("spec").scalar("description");

            assertThat(description.text()).isEqualTo("first line\nsecond line\n");
            assertThat(description.location()).isEqualTo(span(14, 16, 17, 1));
        }

        @Test
        void blockSequenceStartsAtItsFirstDashAndItsItemsAtTheirFirstKey() {
            PList ports = onlyDocument(SERVICE).map("spec").list("ports");
            PMap firstPort = ports.items().get(0).asMap();

            assertThat(ports.location().line()).isEqualTo(10);
            assertThat(ports.location().column()).isEqualTo(5);
            assertThat(firstPort.location().line()).isEqualTo(10);
            assertThat(firstPort.location().column()).isEqualTo(7);
            assertThat(firstPort.scalar("nodePort").location()).isEqualTo(span(11, 17, 11, 22));
        }

        @Test
        void blockCollectionsEndWhereSnakeYamlSeesTheNextTokenAsAnExclusiveEnd() {
            PMap document = onlyDocument(SERVICE);

            assertThat(document.map("metadata").location()).isEqualTo(span(4, 3, 7, 1));
            assertThat(document.map("spec").list("ports").location()).isEqualTo(span(10, 5, 12, 3));
        }

        @Test
        void flowMappingSpansItsBracesAndItsEntriesTheirText() {
            PMap selector = onlyDocument(SERVICE).map("spec").map("selector");

            assertThat(selector.location()).isEqualTo(span(12, 13, 12, 36));
            assertThat(selector.entry("tier").keyLocation()).isEqualTo(span(12, 24, 12, 28));
            assertThat(selector.scalar("tier").location()).isEqualTo(span(12, 30, 12, 35));
        }

        @Test
        void flowSequenceSpansItsBracketsAndItsItemsTheirText() {
            PList ips = onlyDocument(SERVICE).map("spec").list("externalIPs");

            assertThat(ips.location()).isEqualTo(span(13, 16, 13, 36));
            assertThat(ips.items()).extracting(PNode::location)
                    .containsExactly(span(13, 17, 13, 25), span(13, 27, 13, 35));
        }

        @Test
        void crlfLineEndingsDoNotShiftColumnsOrLines() {
            PMap document = onlyDocument("kind: Service\r\nspec:\r\n  type: \"NodePort\"\r\n");

            assertThat(document.map("spec").entry("type").keyLocation()).isEqualTo(span(3, 3, 3, 7));
            assertThat(document.map("spec").scalar("type").location()).isEqualTo(span(3, 9, 3, 19));
        }

        @Test
        void byteOrderMarkDroppedBySourceReaderDoesNotShiftTheFirstLine() {
            byte[] bytes = "\uFEFFkind: Service\nspec: {type: NodePort}\n".getBytes(StandardCharsets.UTF_8);
            SourceText text = new SourceReader(1024).decode(file(), bytes).text();

            YamlLoader.Result result = new YamlLoader().load(text);

            PMap document = result.documents().get(0).asMap();
            assertThat(document.entry("kind").keyLocation()).isEqualTo(span(1, 1, 1, 5));
            assertThat(document.scalar("kind").location()).isEqualTo(span(1, 7, 1, 14));
        }

        @Test
        void anchoredNodeStartsAtItsAnchorAndAnAliasReusesTheAnchoredNodesPosition() {
            PMap document = onlyDocument("a: &shared {p: 1}\nb: *shared\n");

            assertThat(document.map("a").location()).isEqualTo(span(1, 4, 1, 18));
            assertThat(document.map("b").location()).isEqualTo(span(1, 4, 1, 18));
            assertThat(document.map("b").scalar("p").text()).isEqualTo("1");
        }
    }

    @Nested
    class Documents {

        @Test
        void readsEveryDocumentWithPositionsCountedFromTheStartOfTheFile() {
            YamlLoader.Result result = load("""
                    kind: Service
                    ---
                    kind: Ingress
                    ---
                    kind: IngressClass
                    """);

            assertThat(result.problem()).isNull();
            assertThat(result.documents()).extracting(d -> d.asMap().text("kind"))
                    .containsExactly("Service", "Ingress", "IngressClass");
            assertThat(result.documents()).extracting(d -> d.asMap().entry("kind").keyLocation())
                    .containsExactly(span(1, 1, 1, 5), span(3, 1, 3, 5), span(5, 1, 5, 5));
        }

        @Test
        void skipsEmptyDocumentsBetweenSeparators() {
            YamlLoader.Result result = load("""
                    ---
                    ---
                    kind: Service
                    ---
                    # only a comment
                    ---
                    kind: Ingress
                    ...
                    """);

            assertThat(result.problem()).isNull();
            assertThat(result.documents()).extracting(d -> d instanceof PMap map ? map.text("kind") : d.toString())
                    .containsExactly("Service", "Ingress");
        }

        @Test
        void fileWithOnlyCommentsHasNoDocuments() {
            YamlLoader.Result result = load("# nothing here\n");

            assertThat(result.problem()).isNull();
            assertThat(result.documents()).isEmpty();
        }

        @Test
        void emptyFileHasNoDocuments() {
            YamlLoader.Result result = load("");

            assertThat(result.problem()).isNull();
            assertThat(result.documents()).isEmpty();
        }
    }

    @Nested
    class ScalarKinds {

        private final PMap document = onlyDocument("""
                quoted: "80"
                single: '80'
                number: 80
                float: 1.5
                yes: true
                word: yes
                tilde: ~
                nothing:
                word-null: null
                text: NodePort
                """);

        private PScalar.Kind kindOf(String key) {
            return document.scalar(key).kind();
        }

        @Test
        void quotedNumberIsAString() {
            assertThat(kindOf("quoted")).isEqualTo(PScalar.Kind.STRING);
            assertThat(kindOf("single")).isEqualTo(PScalar.Kind.STRING);
            assertThat(document.scalar("quoted").text()).isEqualTo("80");
        }

        @Test
        void plainNumberIsANumber() {
            assertThat(kindOf("number")).isEqualTo(PScalar.Kind.NUMBER);
            assertThat(kindOf("float")).isEqualTo(PScalar.Kind.NUMBER);
        }

        @Test
        void plainTrueIsABoolean() {
            assertThat(kindOf("yes")).isEqualTo(PScalar.Kind.BOOLEAN);
        }

        @Test
        void yesIsAStringAsInYaml12() {
            assertThat(kindOf("word")).isEqualTo(PScalar.Kind.STRING);
        }

        @Test
        void tildeNullAndAnEmptyValueAreNull() {
            assertThat(kindOf("tilde")).isEqualTo(PScalar.Kind.NULL);
            assertThat(kindOf("nothing")).isEqualTo(PScalar.Kind.NULL);
            assertThat(kindOf("word-null")).isEqualTo(PScalar.Kind.NULL);
        }

        @Test
        void plainWordIsAString() {
            assertThat(kindOf("text")).isEqualTo(PScalar.Kind.STRING);
        }
    }

    @Nested
    class ApplicationTags {

        @Test
        void loadsTaggedScalarAsItsTextSpanningTheTag() {
            PMap document = onlyDocument("VpcId: !Ref MyVpc\n");

            assertThat(document.scalar("VpcId").text()).isEqualTo("MyVpc");
            assertThat(document.scalar("VpcId").kind()).isEqualTo(PScalar.Kind.STRING);
            assertThat(document.scalar("VpcId").location()).isEqualTo(span(1, 8, 1, 18));
        }

        @Test
        void loadsTaggedCollectionsAsPlainCollections() {
            PMap document = onlyDocument("Name: !Sub [a, b]\nArn: !GetAtt\n  Ref: x\n");

            assertThat(document.list("Name").items()).extracting(n -> n.asScalar().text()).containsExactly("a", "b");
            assertThat(document.map("Arn").text("Ref")).isEqualTo("x");
        }

        @Test
        void standardStringTagMakesAPlainNumberAString() {
            PMap document = onlyDocument("port: !!str 80\n");

            assertThat(document.scalar("port").kind()).isEqualTo(PScalar.Kind.STRING);
            assertThat(document.scalar("port").text()).isEqualTo("80");
        }
    }

    @Nested
    class InvalidYaml {

        @Test
        void reportsUnclosedFlowSequenceWhereTheParserFoundTheUnexpectedToken() {
            YamlLoader.Result result = load("a: 1\nb: [1, 2\nc: 3\n");

            assertThat(result.problem().location()).isEqualTo(Location.at(FILE, 3, 2));
            assertThat(result.problem().message())
                    .isEqualTo("invalid YAML: while parsing a flow sequence: expected ',' or ']', but got :");
        }

        @Test
        void reportsMisindentedMappingAtItsColon() {
            YamlLoader.Result result = load("a: 1\n  b: 2\n");

            assertThat(result.problem()).isEqualTo(
                    new ParseProblem(Location.at(FILE, 2, 4), "invalid YAML: mapping values are not allowed here"));
        }

        @Test
        void reportsUnterminatedQuoteAtTheEndOfTheStream() {
            YamlLoader.Result result = load("a: \"unterminated\n");

            assertThat(result.problem().location()).isEqualTo(Location.at(FILE, 2, 1));
            assertThat(result.problem().message())
                    .isEqualTo("invalid YAML: while scanning a quoted scalar: found unexpected end of stream");
        }

        @Test
        void problemMessageIsOneLine() {
            YamlLoader.Result result = load("key: [\n  - \"x\n");

            assertThat(result.problem()).isNotNull();
            assertThat(result.problem().message()).doesNotContain("\n").startsWith("invalid YAML: ");
        }
    }

    @Nested
    class HostileInput {

        private YamlLoader.Result loadGuarded(String yaml) {
            return assertTimeoutPreemptively(HANG_GUARD, () -> load(yaml));
        }

        @Test
        void reportsBillionLaughsAliasBombAsProblemInsteadOfExpanding() {
            StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
            for (char level = 'b'; level <= 'i'; level++) {
                char previous = (char) (level - 1);
                String aliases = IntStream.range(0, 9).mapToObj(i -> "*" + previous).collect(Collectors.joining(","));
                yaml.append(level).append(": &").append(level).append(" [").append(aliases).append("]\n");
            }

            YamlLoader.Result result = loadGuarded(yaml.toString());

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem().location()).isEqualTo(Location.fileStart(FILE));
            assertThat(result.problem().message())
                    .isEqualTo("invalid YAML: Number of aliases for non-scalar nodes exceeds the specified max=50");
        }

        @Test
        void reportsAliasBombBelowTheAliasLimitOnceItsAliasesExpandTooFar() {
            StringBuilder yaml = new StringBuilder("a0: &a0 [x, x]\n");
            for (int level = 1; level <= 24; level++) { // 48 aliases, 2^25 nodes once expanded
                yaml.append("a").append(level).append(": &a").append(level)
                        .append(" [*a").append(level - 1).append(", *a").append(level - 1).append("]\n");
            }

            YamlLoader.Result result = loadGuarded(yaml.toString());

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem().message())
                    .isEqualTo("YAML aliases expand to more than 100000 nodes (alias bomb?); refusing to read it");
        }

        @Test
        void reportsFlowNestingTenThousandLevelsDeepWithoutStackOverflow() {
            String yaml = "[".repeat(10_000) + "]".repeat(10_000) + "\n";

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 1, 202),
                    "YAML nested deeper than 200 levels; refusing to read it"));
        }

        @Test
        void reportsBlockNestingTenThousandLevelsDeepWithoutStackOverflow() {
            String yaml = "- ".repeat(10_000) + "x\n"; // block sequences nested on one line

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 1, 403),
                    "YAML nested deeper than 200 levels; refusing to read it"));
        }

        @Test
        void refusesNestingJustBeyondTheDepthLimitAtTheFirstNodeTooDeep() {
            String yaml = "[".repeat(202) + "]".repeat(202) + "\n";

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 1, 202),
                    "YAML nested deeper than 200 levels; refusing to read it"));
        }

        @Test
        void readsNestingAtTheDepthLimit() {
            String yaml = "[".repeat(201) + "]".repeat(201) + "\n";

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.problem()).isNull();
            assertThat(result.documents()).hasSize(1);
        }

        @Test
        void reportsSequenceThatContainsItselfThroughAnAlias() {
            YamlLoader.Result result = loadGuarded("&a [*a]\n");

            assertThat(result.problem()).isEqualTo(
                    ParseProblem.limit(span(1, 1, 1, 8), "YAML alias refers to itself; refusing to read it"));
        }

        @Test
        void reportsMappingThatContainsItselfThroughAnAlias() {
            YamlLoader.Result result = loadGuarded("m: &m {k: *m}\n");

            assertThat(result.problem()).isEqualTo(
                    ParseProblem.limit(span(1, 4, 1, 14), "YAML alias refers to itself; refusing to read it"));
        }

        @Test
        void refusesANinePointFiveMegabyteScalarAtItsStartAfterReadingItInLinearTime() {
            // Read with SnakeYAML's default 1 KB window this took a minute (each refill copied the whole token so far).
            String yaml = "apiVersion: v1\nkind: ConfigMap\ndata:\n  key: " + "a".repeat(9_500_000) + "\n";

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 4, 8),
                    "YAML scalar of 9,500,000 characters exceeds netlint's limit of 1,048,576 characters (Kubernetes "
                            + "keeps a ConfigMap's data under 1 MiB); refusing to read the file"));
        }

        @Test
        void readsAScalarOfExactlyTheLimit() {
            String yaml = "key: |\n  " + "a".repeat(YamlLoader.MAX_SCALAR_CHARS - 1) + "\n";

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.problem()).isNull();
            assertThat(result.documents().get(0).asMap().text("key")).hasSize(YamlLoader.MAX_SCALAR_CHARS);
        }

        @Test
        void refusesAListOfSeventyThousandItemsAtTheListWithoutBuildingIt() {
            String yaml = "apiVersion: v1\nkind: List\nitems:\n" + "- kind: Service\n".repeat(70_000);

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 4, 1),
                    "YAML list has more than 10,000 items, netlint's limit per collection; refusing to read the file"));
        }

        @Test
        void refusesAMappingOfMoreEntriesThanTheLimitAtTheMapping() {
            String yaml = "data:\n" + IntStream.range(0, YamlLoader.MAX_COLLECTION_ITEMS + 1)
                    .mapToObj(i -> "  k" + i + ": v\n").collect(Collectors.joining());

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.problem()).isEqualTo(ParseProblem.limit(Location.at(FILE, 2, 3),
                    "YAML mapping has more than 10,000 entries, netlint's limit per collection; refusing to read the "
                            + "file"));
        }

        @Test
        void readsCollectionsOfExactlyTheLimit() {
            String yaml = "list:\n" + "- x\n".repeat(YamlLoader.MAX_COLLECTION_ITEMS) + "map:\n"
                    + IntStream.range(0, YamlLoader.MAX_COLLECTION_ITEMS).mapToObj(i -> "  k" + i + ": v\n")
                    .collect(Collectors.joining());

            YamlLoader.Result result = loadGuarded(yaml);

            assertThat(result.problem()).isNull();
            assertThat(result.documents().get(0).asMap().list("list").items()).hasSize(YamlLoader.MAX_COLLECTION_ITEMS);
            assertThat(result.documents().get(0).asMap().map("map").entries()).hasSize(YamlLoader.MAX_COLLECTION_ITEMS);
        }

        @Test
        void refusesAFileOfMoreNodesThanTheLimitAtTheFirstNodeBeyondIt() {
            // 101 lists of 10,000 items each: every collection within its limit, the file beyond its own
            String list = "- [" + "1,".repeat(YamlLoader.MAX_COLLECTION_ITEMS - 1) + "1]\n";
            String yaml = list.repeat(101);

            // a million nodes take a second or two to parse: a wider hang guard, still no performance measurement
            YamlLoader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> load(yaml));

            assertThat(result.documents()).isEmpty();
            assertThat(result.problem().limit()).isTrue();
            assertThat(result.problem().location().line()).isEqualTo(100);
            assertThat(result.problem().message())
                    .isEqualTo("YAML file has more than 1,000,000 nodes, netlint's limit per file; refusing to read it");
        }
    }
}
