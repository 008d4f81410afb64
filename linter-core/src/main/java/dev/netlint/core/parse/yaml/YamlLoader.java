package dev.netlint.core.parse.yaml;

import dev.netlint.core.parse.LimitRefusal;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

/**
 * Reads every document of a YAML file into positioned trees through SnakeYAML Engine's compose API (nodes with
 * marks, no object construction, so application tags such as {@code !Ref} are harmless). Marks are 0-based; this is
 * the one place they become 1-based.
 * <p>
 * Hostile input is refused, not endured: aliases are capped (a "billion laughs" file fails at the parser), nesting
 * depth, scalar length, items per collection and nodes per file are capped as the parser produces its events (before
 * SnakeYAML composes a tree), and an alias that expands the tree beyond {@link #MAX_NODES} stops the file. Reading is
 * linear in the file's length: SnakeYAML's reader refills its window {@code bufferSize} characters at a time and
 * copies the unread part on each refill, so a token longer than the buffer costs time quadratic in its length (a
 * 9.5 MB scalar: a minute); the buffer is therefore the whole text, which is in memory already.
 */
public final class YamlLoader {

    /** Deeper than any real manifest; deep enough to stop stack exhaustion long before it happens. */
    static final int MAX_DEPTH = 200;
    /** Nodes per file after alias expansion; real manifests have a few thousand. */
    public static final int MAX_NODES = 1_000_000;
    /** Nodes per file reached a second time through aliases; a few dozen in real files that use anchors at all. */
    static final int MAX_ALIAS_EXPANSION = 100_000;
    private static final int MAX_ALIASES = 50;
    /**
     * Characters in one scalar. Kubernetes keeps a ConfigMap's or Secret's data under 1 MiB, so no manifest
     * holds a longer value.
     */
    public static final int MAX_SCALAR_CHARS = 1 << 20;
    /** Items of one sequence, or entries of one mapping; real manifests have a few hundred at most. */
    public static final int MAX_COLLECTION_ITEMS = 10_000;

    /** The documents of one file, or the problem that stopped reading it. */
    public record Result(List<PNode> documents, ParseProblem problem) {}

    /**
     * YAML 1.2's core schema, made once: its resolver compiles and indexes its patterns when built and is only read
     * afterwards, so every file and thread shares it (one per file was 1 to 2 % of a large run, issue 18).
     */
    private static final Schema CORE_SCHEMA = new RememberingSchema(new CoreSchema());

    /**
     * The core schema, remembering per parse thread what it resolved short plain scalars to. Resolving tries at
     * least one of the schema's patterns on every plain key and value, a tenth of a large run's time (issue 18); the
     * same keys and values recur in every manifest, and the answer depends on the text alone.
     */
    private static final class RememberingSchema implements Schema {
        private static final int MAX_LENGTH = 32;
        private static final int MAX_REMEMBERED = 4096;
        private final Schema schema;
        private final ScalarResolver resolver;
        private final ThreadLocal<Map<String, Tag>> remembered = ThreadLocal.withInitial(HashMap::new);

        RememberingSchema(Schema schema) {
            this.schema = schema;
            ScalarResolver core = schema.getScalarResolver();
            this.resolver = (value, implicit) -> {
                if (!Boolean.TRUE.equals(implicit) || value.length() > MAX_LENGTH) {
                    return core.resolve(value, implicit);
                }
                Map<String, Tag> tags = remembered.get();
                Tag tag = tags.get(value);
                if (tag == null) {
                    tag = core.resolve(value, implicit);
                    if (tags.size() >= MAX_REMEMBERED) {
                        tags.clear();
                    }
                    tags.put(value, tag);
                }
                return tag;
            };
        }

        @Override
        public ScalarResolver getScalarResolver() {
            return resolver;
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return schema.getSchemaTagConstructors();
        }
    }

    public Result load(SourceText source) {
        String file = source.file().displayPath();
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setSchema(CORE_SCHEMA)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setAllowDuplicateKeys(true)
                .setCodePointLimit(Integer.MAX_VALUE) // size is limited before reading, in one place for all formats
                .setBufferSize(source.text().length() + 1) // one window: linear reading (see the class comment)
                .build();
        List<PNode> documents = new ArrayList<>();
        try {
            DepthLimitedParser parser =
                    new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, source.text())), file);
            Composer composer = new Composer(settings, parser);
            while (composer.hasNext()) {
                Node node = composer.next();
                if (node != null && !isEmptyDocument(node)) {
                    documents.add(new Converter(file, parser.sawAlias).convert(node, 0));
                }
            }
            return new Result(documents, null);
        } catch (MarkedYamlEngineException e) {
            Location at = e.getProblemMark().or(e::getContextMark)
                    .map(mark -> location(file, mark)).orElse(Location.fileStart(file));
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            return new Result(documents, new ParseProblem(at, "invalid YAML: " + context + oneLine(problem)));
        } catch (LimitRefusal e) {
            return new Result(documents, e.problem());
        } catch (YamlEngineException e) {
            return new Result(documents, new ParseProblem(Location.fileStart(file), "invalid YAML: " + oneLine(e.getMessage())));
        } catch (StackOverflowError e) {
            return new Result(documents, new ParseProblem(Location.fileStart(file),
                    "YAML nested too deeply to read safely"));
        }
    }

    /** What SnakeYAML composes for a document with no content ({@code ---} followed by {@code ---}). */
    private static boolean isEmptyDocument(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag()) && scalar.getValue().isEmpty();
    }

    /** Short texts repeat across documents (keys, ports, protocols, names): one copy of each is kept (issue 18). */
    private static final int MAX_SHARED_LENGTH = 64;

    private static String shared(String text) {
        return text.length() <= MAX_SHARED_LENGTH ? text.intern() : text;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").trim();
    }

    static Location location(String file, Mark mark) {
        return Location.at(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Location location(String file, Node node) {
        Optional<Mark> start = node.getStartMark();
        if (start.isEmpty()) {
            return Location.fileStart(file);
        }
        Mark from = start.get();
        Optional<Mark> end = node.getEndMark();
        return end.isEmpty() ? location(file, from) : new Location(file, from.getLine() + 1, from.getColumn() + 1,
                end.get().getLine() + 1, end.get().getColumn() + 1);
    }

    /**
     * Refuses, as SnakeYAML's recursive composer pulls the events, nesting deeper than {@link #MAX_DEPTH} (the parser
     * itself keeps an explicit stack, so a deeply nested file is refused at once instead of by a stack overflow), a
     * scalar longer than {@link #MAX_SCALAR_CHARS}, a collection of more than {@link #MAX_COLLECTION_ITEMS} and a
     * file of more than {@link #MAX_NODES} nodes: the composer never builds a tree larger than those.
     */
    private static final class DepthLimitedParser implements Parser {
        private final Parser parser;
        private final String file;
        private int depth;
        private int nodes;
        /** Per open collection (index = depth): nodes directly inside it, and where it starts. */
        private final int[] children = new int[MAX_DEPTH + 3];
        private final boolean[] mapping = new boolean[MAX_DEPTH + 3];
        private final Event[] starts = new Event[MAX_DEPTH + 3];
        /** Whether the file used an alias so far: without one, no node of a composed tree is reachable twice. */
        boolean sawAlias;

        DepthLimitedParser(Parser parser, String file) {
            this.parser = parser;
            this.file = file;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            // Events, not locations, are kept for the messages: a location is made only for a refusal (issue 18:
            // one per event was most of what this wrapper allocated).
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    node(event);
                    if (++depth > MAX_DEPTH + 1) { // the root collection is depth 1 here, depth 0 in the Converter
                        throw new LimitRefusal("YAML nested deeper than " + MAX_DEPTH + " levels; refusing to read it",
                                startOf(event));
                    }
                    children[depth] = 0;
                    mapping[depth] = event.getEventId() == Event.ID.MappingStart;
                    starts[depth] = event;
                }
                case SequenceEnd, MappingEnd -> depth--;
                case Scalar -> {
                    node(event);
                    int length = ((ScalarEvent) event).getValue().length();
                    if (length > MAX_SCALAR_CHARS) {
                        throw new LimitRefusal(String.format(Locale.ROOT, "YAML scalar of %,d characters exceeds "
                                + "netlint's limit of %,d characters (Kubernetes keeps a ConfigMap's data under 1 MiB); "
                                + "refusing to read the file", length, MAX_SCALAR_CHARS), startOf(event));
                    }
                }
                case Alias -> {
                    node(event);
                    sawAlias = true;
                }
                default -> { }
            }
            return event;
        }

        /** Counts one node: in the file, and in the collection that holds it. */
        private void node(Event event) {
            if (++nodes > MAX_NODES) {
                throw new LimitRefusal(String.format(Locale.ROOT, "YAML file has more than %,d nodes, netlint's limit "
                        + "per file; refusing to read it", MAX_NODES), startOf(event));
            }
            if (depth > 0) {
                int items = mapping[depth] ? (children[depth] + 2) / 2 : children[depth] + 1;
                children[depth]++;
                if (items > MAX_COLLECTION_ITEMS) {
                    throw new LimitRefusal(String.format(Locale.ROOT, "YAML %s has more than %,d %s, netlint's limit "
                            + "per collection; refusing to read the file", mapping[depth] ? "mapping" : "list",
                            MAX_COLLECTION_ITEMS, mapping[depth] ? "entries" : "items"), startOf(starts[depth]));
                }
            }
        }

        private Location startOf(Event event) {
            return event.getStartMark().map(mark -> location(file, mark)).orElse(Location.fileStart(file));
        }
    }


    /**
     * Converts one document; counts nodes so that aliases cannot multiply work. Nodes reached twice (through aliases)
     * are tracked only in a document whose file used aliases: without one every node has one parent, and two identity
     * maps of every node were a tenth of a large run's loading time (issue 18).
     */
    private static final class Converter {
        private final String file;
        private final Map<Node, Boolean> onPath;
        private final Map<Node, Boolean> converted;
        private int nodes;
        private int expanded;

        Converter(String file, boolean aliases) {
            this.file = file;
            this.onPath = aliases ? new IdentityHashMap<>() : null;
            this.converted = aliases ? new IdentityHashMap<>() : null;
        }

        PNode convert(Node node, int depth) {
            Location at = location(file, node);
            if (depth > MAX_DEPTH) {
                throw new LimitRefusal("YAML nested deeper than " + MAX_DEPTH + " levels; refusing to read it", at);
            }
            if (++nodes > MAX_NODES) {
                throw new LimitRefusal("YAML expands to more than " + MAX_NODES
                        + " nodes (alias bomb?); refusing to read it", at);
            }
            if (converted == null) {
                return convertNode(node, at, depth);
            }
            if (converted.put(node, Boolean.TRUE) != null && ++expanded > MAX_ALIAS_EXPANSION) {
                throw new LimitRefusal("YAML aliases expand to more than " + MAX_ALIAS_EXPANSION
                        + " nodes (alias bomb?); refusing to read it", at);
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new LimitRefusal("YAML alias refers to itself; refusing to read it", at);
            }
            try {
                return convertNode(node, at, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private PNode convertNode(Node node, Location at, int depth) {
            return switch (node.getNodeType()) {
                case SCALAR -> scalar((ScalarNode) node, at);
                case SEQUENCE -> sequence((SequenceNode) node, at, depth);
                case MAPPING -> mapping((MappingNode) node, at, depth);
                default -> new PScalar("", PScalar.Kind.NULL, at);
            };
        }

        private PScalar scalar(ScalarNode node, Location at) {
            Tag tag = node.getTag();
            PScalar.Kind kind;
            if (!node.isPlain()) {
                kind = PScalar.Kind.STRING;
            } else if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
                kind = PScalar.Kind.NUMBER;
            } else if (Tag.BOOL.equals(tag)) {
                kind = PScalar.Kind.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                kind = PScalar.Kind.NULL;
            } else {
                kind = PScalar.Kind.STRING;
            }
            return new PScalar(shared(node.getValue()), kind, at);
        }

        private PList sequence(SequenceNode node, Location at, int depth) {
            List<PNode> items = new ArrayList<>(node.getValue().size());
            for (Node item : node.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new PList(items, at);
        }

        private PMap mapping(MappingNode node, Location at, int depth) {
            List<PMap.Entry> entries = new ArrayList<>(node.getValue().size());
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = keyNode instanceof ScalarNode scalar ? shared(scalar.getValue()) : null;
                PNode value = convert(tuple.getValueNode(), depth + 1);
                if (key != null) { // complex keys never occur in Kubernetes objects; they are skipped, not fatal
                    entries.add(new PMap.Entry(key, location(file, keyNode), value));
                }
            }
            return new PMap(entries, at);
        }
    }
}
