package dev.netlint.core.parse.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PScalar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON loader's contract: a positioned tree built from Jackson's tokens with exact 1-based positions, one
 * document per file, and every malformed or hostile input reported as a problem at the place the parser stopped.
 */
class JsonLoaderTest {

    private static final String FILE = "k8s/web.json";

    private static JsonLoader.Result load(String json) {
        return new JsonLoader().load(new SourceText(new SourceFile(Path.of(FILE), FILE, SourceFormat.JSON), json));
    }

    private static PMap document(String json) {
        JsonLoader.Result result = load(json);
        assertThat(result.problem()).isNull();
        return result.document().asMap();
    }

    private static Location at(int line, int column) {
        return Location.at(FILE, line, column);
    }

    private static Location span(int line, int column, int endLine, int endColumn) {
        return new Location(FILE, line, column, endLine, endColumn);
    }

    @Nested
    class Positions {

        private static final String SERVICE = """
                {
                  "kind": "Service",
                  "spec": {"ports": [{"port": 80, "name": "http"}], "allocate": true, "class": null}
                }
                """;

        @Test
        void keyStartsAtItsOpeningQuote() {
            PMap document = document(SERVICE);

            assertThat(document.entry("kind").keyLocation()).isEqualTo(at(2, 3));
            assertThat(document.map("spec").entry("ports").keyLocation()).isEqualTo(at(3, 12));
        }

        @Test
        void stringValueSpansItsQuotes() {
            PScalar kind = document(SERVICE).scalar("kind");

            assertThat(kind.text()).isEqualTo("Service");
            assertThat(kind.location()).isEqualTo(span(2, 11, 2, 20));
        }

        @Test
        void stringWithEscapesSpansItsSourceTextNotItsDecodedText() {
            PScalar note = document("{\"note\": \"a\\nb\\u00e9\"}").scalar("note");

            assertThat(note.text()).isEqualTo("a\nb\u00e9");
            assertThat(note.location()).isEqualTo(span(1, 10, 1, 22));
        }

        @Test
        void containersStartAtTheirOpeningBracket() {
            PMap spec = document(SERVICE).map("spec");
            PList ports = spec.list("ports");

            assertThat(document(SERVICE).location()).isEqualTo(at(1, 1));
            assertThat(spec.location()).isEqualTo(at(3, 11));
            assertThat(ports.location()).isEqualTo(at(3, 21));
            assertThat(ports.items().get(0).location()).isEqualTo(at(3, 22));
        }

        @Test
        void numberBooleanAndNullStartAtTheirFirstCharacter() {
            PMap spec = document(SERVICE).map("spec");

            assertThat(spec.list("ports").items().get(0).asMap().scalar("port").location()).isEqualTo(at(3, 31));
            assertThat(spec.scalar("allocate").location()).isEqualTo(at(3, 65));
            assertThat(spec.scalar("class").location()).isEqualTo(at(3, 80));
        }

        @Test
        void crlfLineEndingsCountAsOneLineBreak() {
            PMap document = document("{\r\n  \"kind\": \"Service\"\r\n}\r\n");

            assertThat(document.entry("kind").keyLocation()).isEqualTo(at(2, 3));
            assertThat(document.scalar("kind").location()).isEqualTo(span(2, 11, 2, 20));
        }
    }

    @Nested
    class ScalarKinds {

        private final PMap document = document("""
                {"quoted": "80", "number": 80, "float": 1.5, "flag": true, "nothing": null}
                """);

        @Test
        void quotedNumberIsAString() {
            assertThat(document.scalar("quoted").kind()).isEqualTo(PScalar.Kind.STRING);
            assertThat(document.scalar("quoted").text()).isEqualTo("80");
        }

        @Test
        void numbersAreNumbersWithTheirSourceText() {
            assertThat(document.scalar("number").kind()).isEqualTo(PScalar.Kind.NUMBER);
            assertThat(document.scalar("number").text()).isEqualTo("80");
            assertThat(document.scalar("float").kind()).isEqualTo(PScalar.Kind.NUMBER);
            assertThat(document.scalar("float").text()).isEqualTo("1.5");
        }

        @Test
        void trueIsABoolean() {
            assertThat(document.scalar("flag").kind()).isEqualTo(PScalar.Kind.BOOLEAN);
        }

        @Test
        void nullIsNull() {
            assertThat(document.scalar("nothing").isNull()).isTrue();
        }
    }

    @Nested
    class Problems {

        @Test
        void emptyFileHasNoDocumentAndNoProblem() {
            JsonLoader.Result result = load("");

            assertThat(result.document()).isNull();
            assertThat(result.problem()).isNull();
        }

        @Test
        void whitespaceOnlyFileHasNoDocumentAndNoProblem() {
            JsonLoader.Result result = load("  \n\t\n");

            assertThat(result.document()).isNull();
            assertThat(result.problem()).isNull();
        }

        @Test
        void reportsMissingValueAtTheUnexpectedCharacter() {
            JsonLoader.Result result = load("{\"a\": 1,\n  \"b\": }");

            assertThat(result.document()).isNull();
            assertThat(result.problem()).isEqualTo(new ParseProblem(at(2, 8),
                    "invalid JSON: Unexpected character ('}' (code 125)): expected a value"));
        }

        @Test
        void reportsTruncatedDocumentAtTheEndOfInput() {
            JsonLoader.Result result = load("{\"a\": 1");

            assertThat(result.problem().location()).isEqualTo(at(1, 8));
            assertThat(result.problem().message()).startsWith("invalid JSON: Unexpected end-of-input");
        }

        @Test
        void reportsSecondDocumentAfterTheFirstAsTrailingContent() {
            JsonLoader.Result result = load("{\"a\": 1}\n{\"b\": 2}");

            assertThat(result.document()).isNull();
            assertThat(result.problem()).isEqualTo(
                    new ParseProblem(at(2, 1), "invalid JSON: unexpected content after the document"));
        }

        @Test
        void reportsTrailingGarbageWhereTheParserStoppedReadingIt() {
            JsonLoader.Result result = load("{\"a\": 1} x");

            assertThat(result.document()).isNull();
            // Jackson reads the whole unrecognised token before failing, so it reports the column after 'x'
            assertThat(result.problem().location()).isEqualTo(at(1, 11));
            assertThat(result.problem().message()).startsWith("invalid JSON: Unrecognized token 'x'");
        }

        @Test
        void readsNestingAtTheDepthLimit() {
            JsonLoader.Result result = load("[".repeat(200) + "]".repeat(200));

            assertThat(result.problem()).isNull();
            assertThat(result.document()).isNotNull();
        }

        @Test
        void refusesNestingOneLevelBeyondTheDepthLimit() {
            JsonLoader.Result result = load("[".repeat(201) + "]".repeat(201));

            assertThat(result.document()).isNull();
            assertThat(result.problem().location()).isEqualTo(Location.fileStart(FILE));
            assertThat(result.problem().message())
                    .startsWith("JSON refused: Document nesting depth (201) exceeds the maximum allowed (200");
        }

        @Test
        void refusesNestingTenThousandLevelsDeepWithoutStackOverflow() {
            String json = "[".repeat(10_000) + "]".repeat(10_000);

            JsonLoader.Result result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(json));

            assertThat(result.document()).isNull();
            assertThat(result.problem().message()).startsWith("JSON refused: Document nesting depth");
        }

        @Test
        void refusesAnArrayOfSeventyThousandItemsAtTheArray() {
            String json = "{\"kind\": \"List\", \"items\": [" + "{\"kind\": \"Service\"},".repeat(69_999)
                    + "{\"kind\": \"Service\"}]}";

            JsonLoader.Result result = load(json);

            assertThat(result.document()).isNull();
            assertThat(result.problem()).isEqualTo(ParseProblem.limit(at(1, 27),
                    "JSON array has more than 10,000 items, netlint's limit per collection; refusing to read the file"));
        }

        @Test
        void refusesAnObjectOfMoreEntriesThanTheLimitAtTheObject() {
            String json = "{\"data\": {" + IntStream.range(0, 10_001).mapToObj(i -> "\"k" + i + "\": 1")
                    .collect(Collectors.joining(", ")) + "}}";

            JsonLoader.Result result = load(json);

            assertThat(result.problem()).isEqualTo(ParseProblem.limit(at(1, 10),
                    "JSON object has more than 10,000 entries, netlint's limit per collection; refusing to read the "
                            + "file"));
        }

        @Test
        void readsAnArrayOfExactlyTheLimit() {
            JsonLoader.Result result = load("[" + "1,".repeat(9_999) + "1]");

            assertThat(result.problem()).isNull();
            assertThat(((PList) result.document()).items()).hasSize(10_000);
        }

        @Test
        void refusesAStringLongerThanTheLimitAtTheString() {
            JsonLoader.Result result = load("{\"data\": \"" + "a".repeat(9_500_000) + "\"}");

            assertThat(result.problem()).isEqualTo(ParseProblem.limit(at(1, 10), "JSON string of 9,500,000 characters "
                    + "exceeds netlint's limit of 1,048,576 characters; refusing to read the file"));
        }
    }
}
