package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclExpr.TraversalStep;
import java.util.List;
import java.util.Optional;

/**
 * A multi-document YAML text that a resource applies one document per instance, as EKS configurations write it for
 * a file of several objects:
 * <ul>
 *   <li>{@code for_each = toset(split("---", file("x.yaml.tpl")))} with {@code each.value};</li>
 *   <li>{@code for_each = data.kubectl_file_documents.x.manifests} (or {@code .documents}, or a {@code for}
 *   expression over them) with {@code each.value}, and {@code count} with
 *   {@code element(data.kubectl_file_documents.x.documents, count.index)} or {@code ...documents[count.index]};
 *   the data source's {@code content} is read like any manifest text ({@link ManifestText});</li>
 *   <li>{@code data.kubectl_path_documents.x} whose {@code pattern} names one file (no wildcard).</li>
 * </ul>
 * The whole text is found once from the resource block, not per instance: its documents are the instances' objects.
 * With {@code count}, only {@code count = length(...)} of the same documents counts: it applies every one.
 * A {@code split} whose separator also occurs inside a document (not only as a {@code ---} line) is left out, since
 * Terraform's pieces would not be YAML's documents.
 */
final class DocumentStreams {

    private DocumentStreams() {
    }

    /** The text whose documents {@code body} picks one of, when that is certain. */
    static Optional<ManifestText.Source> of(HclExpr body, HclBlock resource, TfEvaluator reader, String tfFile,
                                            ManifestText texts) {
        HclExpr e = KubernetesResourceMapper.unwrap(body);
        if (e instanceof HclExpr.Traversal t && t.root().equals("each") && t.steps().size() == 1
                && t.steps().get(0) instanceof TraversalStep.GetAttr attr && attr.name().equals("value")) {
            return resource.body().attribute("for_each")
                    .flatMap(forEach -> stream(forEach.expr(), reader, tfFile, 0, texts));
        }
        HclExpr list = null;
        if (e instanceof HclExpr.FunctionCall call && call.name().equals("element") && call.arguments().size() == 2
                && isCountIndex(call.arguments().get(1))) {
            list = call.arguments().get(0);
        } else if (e instanceof HclExpr.Traversal t && !t.steps().isEmpty()
                && t.steps().get(t.steps().size() - 1) instanceof TraversalStep.Index index && isCountIndex(index.key())) {
            list = new HclExpr.Traversal(t.root(), t.steps().subList(0, t.steps().size() - 1), t.location());
        }
        return list != null && countsAll(resource, list) ? stream(list, reader, tfFile, 0, texts) : Optional.empty();
    }

    /**
     * True when {@code count = length(list)}: every document is applied. Any other count
     * ({@code var.enabled ? length(...) : 0}, a number) applies some of them, or none, which is not certain.
     */
    private static boolean countsAll(HclBlock resource, HclExpr list) {
        return resource.body().attribute("count")
                .map(count -> KubernetesResourceMapper.unwrap(count.expr()))
                .filter(count -> count instanceof HclExpr.FunctionCall length && length.name().equals("length")
                        && length.arguments().size() == 1 && sameReference(length.arguments().get(0), list))
                .isPresent();
    }

    /** {@code data.x.y.documents} and {@code data.x.y.documents}, written at different places. */
    private static boolean sameReference(HclExpr a, HclExpr b) {
        if (!(KubernetesResourceMapper.unwrap(a) instanceof HclExpr.Traversal x)
                || !(KubernetesResourceMapper.unwrap(b) instanceof HclExpr.Traversal y)
                || !x.root().equals(y.root()) || x.steps().size() != y.steps().size()) {
            return false;
        }
        for (int i = 0; i < x.steps().size(); i++) {
            if (!(x.steps().get(i) instanceof TraversalStep.GetAttr p && y.steps().get(i) instanceof TraversalStep.GetAttr q
                    && p.name().equals(q.name()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCountIndex(HclExpr expr) {
        return KubernetesResourceMapper.unwrap(expr) instanceof HclExpr.Traversal t && t.root().equals("count")
                && t.steps().size() == 1 && t.steps().get(0) instanceof TraversalStep.GetAttr a && a.name().equals("index");
    }

    private static Optional<ManifestText.Source> stream(HclExpr list, TfEvaluator reader, String tfFile, int depth,
                                                        ManifestText texts) {
        HclExpr e = KubernetesResourceMapper.unwrap(list);
        if (depth > 8) {
            return Optional.empty();
        }
        if (e instanceof HclExpr.FunctionCall call && call.arguments().size() == 1 && !call.expandFinalArgument()
                && List.of("toset", "tolist", "values").contains(call.name())) {
            return stream(call.arguments().get(0), reader, tfFile, depth + 1, texts);
        }
        if (e instanceof HclExpr.Traversal t && t.root().equals("local") && t.steps().size() == 1
                && t.steps().get(0) instanceof TraversalStep.GetAttr local) {
            return reader.module().local(local.name())
                    .flatMap(value -> stream(value.expr(), reader, tfFile, depth + 1, texts)); // local.documents[count.index]
        }
        if (e instanceof HclExpr.ForExpr f && f.collection() != null && f.condition() == null && !f.grouping()
                && KubernetesResourceMapper.unwrap(f.value()) instanceof HclExpr.Traversal v
                && v.root().equals(f.valueVariable()) && v.steps().isEmpty()) {
            return stream(f.collection(), reader, tfFile, depth + 1, texts); // { for d in docs : sha1(d) => d }
        }
        if (e instanceof HclExpr.FunctionCall call && call.name().equals("split") && call.arguments().size() == 2
                && KubernetesResourceMapper.unwrap(call.arguments().get(0)) instanceof HclExpr.Literal separator
                && separator.value() instanceof String text && text.strip().equals("---")) {
            return texts.of(call.arguments().get(1), reader, Bindings.NONE, tfFile)
                    .filter(source -> onlyDocumentMarkers(source.text().text(), text));
        }
        if (e instanceof HclExpr.Traversal t && t.root().equals("data") && t.steps().size() == 3
                && t.steps().get(0) instanceof TraversalStep.GetAttr type
                && t.steps().get(1) instanceof TraversalStep.GetAttr name
                && t.steps().get(2) instanceof TraversalStep.GetAttr attribute
                && (attribute.name().equals("documents") || attribute.name().equals("manifests"))) {
            return dataSource(type.name(), name.name(), reader, tfFile, texts);
        }
        return Optional.empty();
    }

    private static Optional<ManifestText.Source> dataSource(String type, String name, TfEvaluator reader,
                                                            String tfFile, ManifestText texts) {
        Optional<HclBlock> block = reader.module().dataSource(type, name);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        String dataFile = block.get().location().file();
        if (type.equals("kubectl_file_documents")) {
            return block.get().body().attribute("content")
                    .flatMap(content -> texts.of(content.expr(), reader, Bindings.NONE, dataFile));
        }
        if (type.equals("kubectl_path_documents")) {
            return block.get().body().attribute("pattern")
                    .filter(pattern -> reader.evaluate(pattern.expr(), Bindings.NONE) instanceof TfValue.Str path
                            && path.value().chars().noneMatch(c -> c == '*' || c == '?' || c == '[' || c == '{'))
                    .flatMap(pattern -> texts.templateAt(pattern.expr(), reader, dataFile));
        }
        return Optional.empty();
    }

    /** True when every occurrence of the separator is a {@code ---} line, as YAML separates documents. */
    private static boolean onlyDocumentMarkers(String text, String separator) {
        // the separator is "---" with line ends around it at most: where it occurs, a "---" does
        for (int at = text.indexOf("---"); at >= 0; at = text.indexOf("---", at + 3)) {
            boolean lineStart = at == 0 || text.charAt(at - 1) == '\n' || text.charAt(at - 1) == '\r';
            int end = at + 3;
            while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                end++;
            }
            boolean lineEnd = end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r';
            if (!lineStart || !lineEnd) {
                return false;
            }
        }
        return true;
    }
}
