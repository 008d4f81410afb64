package dev.netlint.core.parse.hcl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}) into the same tree as native files, from Jackson's token stream
 * ({@code currentTokenLocation()}), since a JSON tree has no positions. Top-level block types have a fixed number of
 * labels ({@code resource} two, {@code variable} one, {@code locals} none). Inside a body only the meta blocks
 * ({@code lifecycle}, {@code dynamic}, ...) are blocks; any other object or array of objects is an attribute, and
 * readers that expect a nested block accept an object-valued attribute in its place, which is what Terraform does
 * with the schema netlint does not have. Strings containing {@code ${} or {@code %{} are HCL templates.
 */
final class TerraformJsonLoader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();
    private static final Set<String> META_BLOCKS = Set.of("lifecycle", "connection", "provisioner", "dynamic",
            "content", "precondition", "postcondition");

    private final HclLoader templates;

    TerraformJsonLoader(HclLoader templates) {
        this.templates = templates;
    }

    HclParseResult load(SourceText source) {
        String display = source.file().displayPath();
        String text = source.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        try (JsonParser parser = JSON.createParser(text)) {
            Reader reader = new Reader(parser, display);
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return HclParseResult.failed(new ParseProblem(first == null ? Location.fileStart(display)
                        : reader.tokenStart(), "Terraform JSON must be an object of block types"));
            }
            return HclParseResult.parsed(new HclFile(source.file(), reader.topLevel()));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null || at.getLineNr() < 1 ? Location.fileStart(display)
                    : Location.at(display, at.getLineNr(), Math.max(1, at.getColumnNr()));
            return HclParseResult.failed(new ParseProblem(location, "JSON syntax error: " + e.getOriginalMessage()));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return HclParseResult.failed(new ParseProblem(Location.fileStart(display),
                    "Terraform JSON could not be read: " + e.getClass().getSimpleName()));
        }
    }

    /** Reads one file's token stream; a fresh instance per file. */
    private final class Reader {
        private final JsonParser parser;
        private final String file;

        Reader(JsonParser parser, String file) {
            this.parser = parser;
            this.file = file;
        }

        Location tokenStart() {
            JsonLocation at = parser.currentTokenLocation();
            return Location.at(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }

        /**
         * The location of the field name just read. Jackson's current position has already moved past the colon,
         * so the end is computed from the name (keys with escapes are rare; their end is then approximate).
         */
        private Location fieldName() throws IOException {
            Location start = tokenStart();
            return start.withEnd(start.line(), start.column() + parser.currentName().length() + 2);
        }

        /** The end of the token just read (the parser's current position); a string must be read first. */
        private Location extendToHere(Location start) {
            JsonLocation at = parser.currentLocation();
            return start.withEnd(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
        }

        HclBody topLevel() throws IOException {
            List<HclAttribute> attributes = new ArrayList<>();
            List<HclBlock> blocks = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String type = parser.currentName();
                Location keyLocation = fieldName();
                parser.nextToken();
                int labels = switch (type) {
                    case "resource", "data" -> 2;
                    case "variable", "output", "module", "provider", "check" -> 1;
                    default -> 0;
                };
                if (type.startsWith("//")) {
                    parser.skipChildren();
                } else {
                    readBlocks(type, new ArrayList<>(), labels, keyLocation, blocks);
                }
            }
            return new HclBody(attributes, blocks);
        }

        /** Reads the value of a block-type or label key: more labels, then one body or an array of bodies. */
        private void readBlocks(String type, List<String> labels, int labelsLeft, Location location,
                                List<HclBlock> into) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    readBlocks(type, labels, labelsLeft, location, into);
                }
                return;
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            if (labelsLeft == 0) {
                into.add(new HclBlock(type, labels, body(), location));
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String label = parser.currentName();
                Location labelLocation = fieldName();
                parser.nextToken();
                if (label.startsWith("//")) {
                    parser.skipChildren();
                    continue;
                }
                List<String> withLabel = new ArrayList<>(labels);
                withLabel.add(label);
                readBlocks(type, withLabel, labelsLeft - 1, labelLocation, into);
            }
        }

        /** Reads the object at the current START_OBJECT as a block body. */
        private HclBody body() throws IOException {
            List<HclAttribute> attributes = new ArrayList<>();
            List<HclBlock> blocks = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                Location keyStart = tokenStart();
                Location keyLocation = fieldName();
                parser.nextToken();
                if (name.startsWith("//")) {
                    parser.skipChildren();
                } else if (META_BLOCKS.contains(name)) {
                    int labels = name.equals("dynamic") || name.equals("provisioner") ? 1 : 0;
                    readBlocks(name, new ArrayList<>(), labels, keyLocation, blocks);
                } else {
                    HclExpr value = expression();
                    Location location = keyStart.withEnd(value.location().endLine(), value.location().endColumn());
                    attributes.add(new HclAttribute(name, value, location));
                }
            }
            return new HclBody(attributes, blocks);
        }

        /** Reads the value at the current token as an expression. */
        private HclExpr expression() throws IOException {
            Location start = tokenStart();
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                List<HclExpr.ObjectItem> items = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = fieldName();
                    parser.nextToken();
                    HclExpr value = expression();
                    if (!key.startsWith("//")) {
                        items.add(new HclExpr.ObjectItem(string(key, keyLocation), value));
                    }
                }
                return new HclExpr.ObjectCons(items, extendToHere(start));
            }
            if (token == JsonToken.START_ARRAY) {
                List<HclExpr> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(expression());
                }
                return new HclExpr.TupleCons(items, extendToHere(start));
            }
            if (token == JsonToken.VALUE_STRING) {
                String text = parser.getText(); // Jackson reads a string's characters only when asked
                return string(text, extendToHere(start));
            }
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                java.math.BigDecimal number = parser.getDecimalValue();
                return new HclExpr.Literal(number, extendToHere(start));
            }
            Location location = extendToHere(start);
            return switch (token) {
                case VALUE_TRUE -> new HclExpr.Literal(Boolean.TRUE, location);
                case VALUE_FALSE -> new HclExpr.Literal(Boolean.FALSE, location);
                default -> new HclExpr.Literal(null, location);
            };
        }

        private HclExpr string(String value, Location location) {
            if (value.contains("${") || value.contains("%{")) {
                return templates.parseTemplate(value, location);
            }
            return new HclExpr.Literal(value, location);
        }
    }
}
