package dev.netlint.core.parse.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders a Helm chart with Helm's own template engine, in-process (helm-java embeds Helm as a native library).
 * Only this class touches Helm, and only when a run holds a {@code Chart.yaml}, so runs without charts never load
 * the native library.
 */
public final class HelmCharts {

    /** One rendered document: the template it came from ({@code web/templates/service.yaml}) and its text. */
    public record Document(String template, String text) {}

    /** Rendered documents, or Helm's own error message. */
    public record Rendered(List<Document> documents, String error) {}

    private HelmCharts() {
    }

    public static Rendered render(Path chart, List<Path> valuesFiles, Map<String, String> sets) {
        try {
            TemplateCommand command = new Helm(chart).template().withName("netlint");
            for (Path values : valuesFiles) {
                command = command.withValuesFile(values);
            }
            for (Map.Entry<String, String> set : sets.entrySet()) {
                command = command.set(set.getKey(), set.getValue());
            }
            return new Rendered(split(command.call()), null);
        } catch (RuntimeException | LinkageError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            return new Rendered(List.of(), message);
        }
    }

    /** Splits {@code helm template} output at its {@code # Source:} comments. */
    static List<Document> split(String output) {
        List<Document> documents = new ArrayList<>();
        String template = null;
        StringBuilder text = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("# Source: ")) {
                if (template != null) {
                    documents.add(new Document(template, stripSeparator(text.toString())));
                }
                template = line.substring("# Source: ".length()).strip();
                text.setLength(0);
            } else if (template != null) {
                text.append(line).append('\n');
            }
        }
        if (template != null) {
            documents.add(new Document(template, stripSeparator(text.toString())));
        }
        return documents;
    }

    private static String stripSeparator(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.endsWith("\n---") ? trimmed.substring(0, trimmed.length() - 4) + "\n"
                : trimmed.equals("---") ? "" : trimmed + "\n";
    }
}
