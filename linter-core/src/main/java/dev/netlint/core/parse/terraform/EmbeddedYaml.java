package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.yaml.YamlLoader;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import dev.netlint.core.tree.PList;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import dev.netlint.core.tree.PScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The YAML documents of a {@link PlacedText}, read by netlint's YAML reader (with its limits) and placed where their
 * text was written: a key in a heredoc is reported at its line and column of the {@code .tf} file. A scalar that
 * holds an interpolation is unknown. Text whose shape an interpolation may change (one alone on its line) gives no
 * documents: it is not known before Terraform runs. Text that is not YAML is a {@code parse-error}, and text beyond
 * one of the YAML reader's limits (an alias bomb in a heredoc) a {@code limit-exceeded} problem, where it is written.
 */
final class EmbeddedYaml {

    private EmbeddedYaml() {
    }

    /** The documents read, or why the text was refused (then there are none). */
    record Documents(List<PNode> documents, ParseProblem refusal) {}

    static Documents read(PlacedText placed) {
        if (placed.writesLines()) {
            return new Documents(List.of(), null);
        }
        String name = placed.file() != null ? placed.file() : "terraform-string.yaml";
        YamlLoader.Result result = new YamlLoader().load(
                new SourceText(new SourceFile(null, name, SourceFormat.YAML), placed.text()));
        boolean own = placed.file() != null; // the text is the file's: YAML's own places are right already
        Placer placer = own ? null : new Placer(placed);
        if (result.problem() != null) {
            // Terraform's yamldecode() (and the kubectl provider) would fail on it too: a parse-error where the
            // text is written, never silence over text netlint could not read
            ParseProblem problem = result.problem();
            Location at = own ? problem.location() : placer.place(problem.location());
            return new Documents(List.of(), problem.limit() ? ParseProblem.limit(at, problem.message())
                    : new ParseProblem(at, "YAML that Terraform decodes here is not valid: " + problem.message()));
        }
        if (own) {
            return new Documents(result.documents(), null);
        }
        List<PNode> documents = new ArrayList<>(result.documents().size());
        for (PNode document : result.documents()) {
            documents.add(placer.place(document));
        }
        return new Documents(documents, null);
    }

    /** Moves each node from its line and column in the built text to where that text was written. */
    private static final class Placer {
        private final PlacedText placed;
        private final int[] lineStarts;

        Placer(PlacedText placed) {
            this.placed = placed;
            this.lineStarts = lineStarts(placed.text());
        }

        PNode place(PNode node) {
            Location at = place(node.location());
            if (node instanceof PMap map) {
                List<PMap.Entry> entries = new ArrayList<>(map.entries().size());
                for (PMap.Entry entry : map.entries().values()) {
                    entries.add(new PMap.Entry(placed.written(entry.key()), place(entry.keyLocation()),
                            place(entry.value())));
                }
                return new PMap(entries, at);
            }
            if (node instanceof PList list) {
                return new PList(list.items().stream().map(this::place).toList(), at);
            }
            PScalar scalar = (PScalar) node;
            String written = placed.written(scalar.text());
            if (!written.equals(scalar.text())) {
                return PScalar.unknown(written, written + " is interpolated by Terraform, not evaluated by netlint",
                        at);
            }
            return new PScalar(scalar.text(), scalar.kind(), at);
        }

        private Location place(Location inText) {
            Location start = placed.locate(offset(inText.line(), inText.column()));
            Location end = placed.locate(Math.max(0, offset(inText.endLine(), inText.endColumn()) - 1));
            if (!end.file().equals(start.file()) || end.line() < start.line()
                    || (end.line() == start.line() && end.column() + 1 < start.column())) {
                return start;
            }
            return start.withEnd(end.line(), end.column() + 1);
        }

        private int offset(int line, int column) {
            int index = Math.min(line, lineStarts.length) - 1;
            return lineStarts[index] + column - 1;
        }

        /** Line starts as YAML counts lines: after LF, CRLF or a lone CR. */
        private static int[] lineStarts(String text) {
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            return Arrays.copyOf(starts, count);
        }
    }
}
