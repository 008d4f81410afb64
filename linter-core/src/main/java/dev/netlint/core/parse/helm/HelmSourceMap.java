package dev.netlint.core.parse.helm;

import dev.netlint.core.source.SourceReader;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.parse.Placement;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.tree.PScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts findings in the templates of charts netlint rendered back where their text was written.
 * <p>
 * A template's rendered documents are linted as one file named after the template (joined by {@code ---}, so each
 * line number names one place). After the rules ran, a finding there moves to the template line that wrote it, when
 * {@link TemplateAlignment} finds that line certain, at the same key or value of it (an action's output maps to the
 * whole action). When that line is {@code key: {{ .Values.a.b }}} (through {@code quote}, {@code default} and the
 * like) and a values file sets {@code a.b} to the value that was printed, the finding moves on to that value in the
 * values file that won, with the template line as a related location; a value from {@code --helm-set} keeps the
 * template and says so. A finding whose line is not certain stays on the rendered line, and a related location says
 * that its line is in the rendered output. A run without charts holds an empty map and loads no alignment or
 * helm-java class; templates are read and aligned only when a finding is in them.
 */
public final class HelmSourceMap {

    /** A chart of the run: its folder, its Chart.yaml's display path, and the values it was rendered with. */
    public record Chart(Path folder, String chartYaml, ChartValues values) {}

    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final SourceReader reader;

    public HelmSourceMap(SourceReader reader) {
        this.reader = reader;
    }

    /** No rendered templates. */
    public static HelmSourceMap none() {
        return new HelmSourceMap(null);
    }

    public boolean isEmpty() {
        return templates.isEmpty();
    }

    /**
     * Records the documents Helm rendered from one template ({@code relative} to its chart, shown as {@code display})
     * and returns the text that is linted for it.
     */
    public String add(Chart chart, String relative, String display, List<String> documents) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[documents.size()];
        int line = 1;
        for (int d = 0; d < documents.size(); d++) {
            if (d > 0) {
                text.append("---\n");
                line++;
            }
            starts[d] = line;
            String document = documents.get(d);
            text.append(document);
            line += (int) document.chars().filter(c -> c == '\n').count();
        }
        // a chart below another's charts/ folder is rendered on its own and as its parent's subchart, under the same
        // name and with different values: which rendering a finding came from cannot be told, so neither is placed
        templates.merge(display, new Template(chart, relative, text.toString(), starts), (first, second) -> {
            first.shared = true;
            return first;
        });
        return text.toString();
    }

    /**
     * A finding's {@code placement} moved to the template or values file that wrote it, or with a note that its line
     * is rendered; null when it stays where it is.
     */
    public Placement locate(Placement placement) {
        List<RelatedLocation> related = new ArrayList<>();
        boolean moved = false;
        for (RelatedLocation other : placement.related()) {
            Template template = templates.get(other.location().file());
            TemplateAlignment.Mapped mapped = template == null ? null : template.place(other.location());
            related.add(mapped == null ? other : new RelatedLocation(location(other.location().file(), mapped),
                    other.message()));
            moved |= mapped != null;
        }
        String file = placement.location().file();
        Template template = templates.get(file);
        if (template == null) {
            return moved ? new Placement(placement.location(), related) : null;
        }
        TemplateAlignment.Mapped mapped = template.place(placement.location());
        if (mapped == null) {
            related.add(new RelatedLocation(Location.fileStart(template.chart.chartYaml()), "rendered by Helm from this"
                    + " chart; line " + placement.location().line() + " is in the rendered "
                    + (template.documentStarts.length > 1 ? "documents (joined by ---)" : "document") + " of " + file
                    + ", not in the template text"));
            return new Placement(placement.location(), related);
        }
        Location inTemplate = location(file, mapped);
        ChartValues.Reference reference = mapped.value() == null || !template.relative.startsWith("templates/") ? null
                : ChartValues.Reference.parse(mapped.value().body(), mapped.value().inRangeOrWith());
        ChartValues.Origin origin = reference == null ? null : template.chart.values().origin(reference.path());
        if (origin instanceof ChartValues.InFile in
                && mapped.printed().equals(reference.printed(in.value().text(), in.value().kind()))) {
            Location action = location(file, mapped.value());
            related.add(new RelatedLocation(action, "rendered by " + template.relative + ":" + action.line() + ":"
                    + action.column() + " from " + reference.text().replaceFirst("^\\$", "")));
            return new Placement(in.value().location(), related);
        }
        if (origin instanceof ChartValues.BySet set
                && mapped.printed().equals(reference.printed(set.value(), PScalar.Kind.STRING))) {
            related.add(new RelatedLocation(location(file, mapped.value()), reference.text().replaceFirst("^\\$", "")
                    + " set by --helm-set " + set.assignment()));
        }
        return new Placement(inTemplate, related);
    }

    private static Location location(String file, TemplateAlignment.Mapped mapped) {
        return new Location(file, mapped.line(), mapped.column(), mapped.endLine(), mapped.endColumn());
    }

    /** Where an action is written ({@code {{ .Values.a }}} as a whole), 1-based. */
    private static Location location(String file, GoTemplate.Action action) {
        return new Location(file, action.line() + 1, action.column() + 1, action.endLine() + 1, action.endColumn() + 1);
    }

    /** One template's rendered text; its template text is read and aligned on the first finding in it. */
    private final class Template {
        final Chart chart;
        final String relative;
        final String text;
        final int[] documentStarts;
        /** True when another rendering has the same name. */
        volatile boolean shared;
        private TemplateAlignment[] alignments;

        Template(Chart chart, String relative, String text, int[] documentStarts) {
            this.chart = chart;
            this.relative = relative;
            this.text = text;
            this.documentStarts = documentStarts;
        }

        /** Where a rendered location was written in the template, or null when that is not certain. */
        TemplateAlignment.Mapped place(Location at) {
            if (shared) {
                return null;
            }
            int document = Arrays.binarySearch(documentStarts, at.line());
            document = document >= 0 ? document : -document - 2;
            TemplateAlignment alignment = document < 0 ? null : alignments()[document];
            if (alignment == null) {
                return null;
            }
            int offset = documentStarts[document] - 1;
            int endLine = document + 1 < documentStarts.length && at.endLine() >= documentStarts[document + 1] - 1
                    ? at.line() : at.endLine(); // a span past its document (onto ---) ends on its first line
            return alignment.locate(at.line() - offset, at.column(), endLine - offset,
                    endLine == at.endLine() ? at.endColumn() : at.column());
        }

        private synchronized TemplateAlignment[] alignments() {
            if (alignments == null) {
                alignments = new TemplateAlignment[documentStarts.length];
                String source = templateText();
                GoTemplate template = source == null ? null : GoTemplate.parse(source);
                if (template != null) {
                    List<String> templateLines = lines(source);
                    List<String> rendered = lines(text);
                    for (int d = 0; d < documentStarts.length; d++) {
                        int from = documentStarts[d] - 1;
                        int to = d + 1 < documentStarts.length ? documentStarts[d + 1] - 2 : rendered.size();
                        alignments[d] = TemplateAlignment.align(template, templateLines, rendered.subList(from, to));
                    }
                }
            }
            return alignments;
        }

        /** The template's text, read from the chart's folder only; null when it is elsewhere or cannot be read. */
        private String templateText() {
            Path path = inside(chart.folder(), relative);
            SourceReader.Read read = path == null ? null : reader.read(new SourceFile(path, relative, SourceFormat.YAML));
            return read == null || read.text() == null ? null : read.text().text();
        }
    }

    /**
     * {@code relative} in {@code folder} when it is a regular file there, reached without a symbolic link (as Helm is
     * given the chart: {@link ChartCopy}), else null.
     */
    public static Path inside(Path folder, String relative) {
        try {
            Path path = folder.resolve(relative).normalize();
            return path.startsWith(folder) && Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    && path.toRealPath().equals(folder.toRealPath().resolve(folder.relativize(path))) ? path : null;
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }
}
