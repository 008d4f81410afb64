package dev.netlint.core.parse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.netlint.core.parse.LimitRefusal;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON file into a positioned tree from Jackson's streaming tokens. A {@code JsonNode} tree has no positions,
 * so the tree is built here from {@code currentTokenLocation()} (1-based already). The same budgets as for YAML apply
 * ({@link YamlLoader}): nesting depth, string length, items per array or object and values per file; beyond one,
 * the file is refused with a problem at the place that exceeded it.
 */
public final class JsonLoader {

    static final int MAX_DEPTH = 200;
    static final int MAX_STRING_CHARS = YamlLoader.MAX_SCALAR_CHARS;
    static final int MAX_COLLECTION_ITEMS = YamlLoader.MAX_COLLECTION_ITEMS;
    static final int MAX_NODES = YamlLoader.MAX_NODES;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .build();

    /** The document of one file (null for an empty file), or the problem that stopped reading it. */
    public record Result(PNode document, ParseProblem problem) {}

    public Result load(SourceText source) {
        String file = source.file().displayPath();
        try (JsonParser parser = FACTORY.createParser(source.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Result(null, null);
            }
            PNode document = new Reader(parser, file).read();
            if (parser.nextToken() != null) {
                return new Result(null, new ParseProblem(location(file, parser.currentTokenLocation()),
                        "invalid JSON: unexpected content after the document"));
            }
            return new Result(document, null);
        } catch (LimitRefusal e) {
            return new Result(null, e.problem());
        } catch (StreamConstraintsException e) {
            return new Result(null, new ParseProblem(Location.fileStart(file), "JSON refused: " + e.getOriginalMessage()));
        } catch (JsonParseException e) {
            return new Result(null, new ParseProblem(location(file, e.getLocation()), "invalid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Result(null, new ParseProblem(Location.fileStart(file), "invalid JSON: " + e.getMessage()));
        }
    }

    private static Location location(String file, JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return Location.fileStart(file);
        }
        return Location.at(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
    }


    /** Builds the tree of one document, counting values against the budgets. */
    private static final class Reader {
        private final JsonParser parser;
        private final String file;
        private int nodes;

        Reader(JsonParser parser, String file) {
            this.parser = parser;
            this.file = file;
        }

        /** Reads the value at the current token; the parser is left on its last token. */
        PNode read() throws IOException {
            Location at = location(file, parser.currentTokenLocation());
            if (++nodes > MAX_NODES) {
                throw new LimitRefusal(String.format(Locale.ROOT, "JSON file has more than %,d values, netlint's limit per "
                        + "file; refusing to read it", MAX_NODES), at);
            }
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT -> {
                    List<PMap.Entry> entries = new ArrayList<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        if (entries.size() == MAX_COLLECTION_ITEMS) {
                            throw tooMany("object", "entries", at);
                        }
                        String key = parser.currentName();
                        Location keyAt = location(file, parser.currentTokenLocation());
                        parser.nextToken();
                        entries.add(new PMap.Entry(key, keyAt, read()));
                    }
                    return new PMap(entries, at);
                }
                case START_ARRAY -> {
                    List<PNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        if (items.size() == MAX_COLLECTION_ITEMS) {
                            throw tooMany("array", "items", at);
                        }
                        items.add(read());
                    }
                    return new PList(items, at);
                }
                case VALUE_STRING -> {
                    String text = parser.getText(); // reads the whole token, so the parser now stands after its closing quote
                    if (text.length() > MAX_STRING_CHARS) {
                        throw new LimitRefusal(String.format(Locale.ROOT, "JSON string of %,d characters exceeds netlint's "
                                + "limit of %,d characters; refusing to read the file", text.length(), MAX_STRING_CHARS),
                                at);
                    }
                    JsonLocation end = parser.currentLocation();
                    return new PScalar(text, PScalar.Kind.STRING, at.withEnd(end.getLineNr(), end.getColumnNr()));
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    return new PScalar(parser.getText(), PScalar.Kind.NUMBER, at);
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return new PScalar(parser.getText(), PScalar.Kind.BOOLEAN, at);
                }
                case VALUE_NULL -> {
                    return new PScalar("null", PScalar.Kind.NULL, at);
                }
                default -> throw new JsonParseException(parser, "unexpected " + token);
            }
        }

        private static LimitRefusal tooMany(String what, String items, Location at) {
            return new LimitRefusal(String.format(Locale.ROOT, "JSON %s has more than %,d %s, netlint's limit per "
                    + "collection; refusing to read the file", what, MAX_COLLECTION_ITEMS, items), at);
        }
    }
}
