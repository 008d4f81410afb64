package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.source.SourceFormat;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML text a Terraform expression hands to {@code yamldecode()} or to a {@code kubectl_manifest}, placed where
 * it is written ({@link PlacedText}): a heredoc or string in the {@code .tf} file, {@code file("x")}, or
 * {@code templatefile("x", {...})} with its {@code ${...}} unknown. A file is read as Terraform would read it, through
 * {@link ModuleFiles}, so only inside the scanned folders. A file netlint lints on its own ({@code .yaml},
 * {@code .yml}, {@code .json}) gives nothing here: its objects are linted once, where they are written, not a
 * second time through the Terraform that reads them; only inside {@code .terraform/modules}, which netlint does not
 * lint on its own, is such a file read for the cached module that names it.
 * <p>
 * Each text is given once: a second resource, or instance, that applies the same file or string gets nothing, since
 * its interpolations are unknown anyway and every instance would give the same objects (and the same findings
 * twice). A file is then not even read again.
 */
final class ManifestText {

    /** The text, and what identifies where it is written (its file, or the place of the string). */
    record Source(PlacedText text, String origin) {}

    /** The origins of the texts given so far. */
    private final Set<String> given = new HashSet<>();

    Optional<Source> of(HclExpr expr, TfEvaluator reader, Bindings bindings, String tfFile) {
        HclExpr e = KubernetesResourceMapper.unwrap(expr);
        if (e instanceof HclExpr.Literal literal && literal.value() instanceof String) {
            return given.add(literal.location().toString())
                    ? Optional.of(new Source(parts(List.of(literal)), literal.location().toString()))
                    : Optional.empty();
        }
        if (e instanceof HclExpr.Template template) {
            return given.add(template.location().toString())
                    ? Optional.of(new Source(parts(template.parts()), template.location().toString()))
                    : Optional.empty();
        }
        if (e instanceof HclExpr.FunctionCall call && !call.expandFinalArgument()) {
            if (call.name().equals("file") && call.arguments().size() == 1) {
                return named(call.arguments().get(0), reader, bindings, tfFile)
                        .map(file -> new Source(PlacedText.wholeFile(file.text(), file.display()), file.display()));
            }
            if (call.name().equals("templatefile") && call.arguments().size() == 2) {
                return named(call.arguments().get(0), reader, bindings, tfFile)
                        .flatMap(file -> template(file, reader));
            }
        }
        return Optional.empty();
    }

    /**
     * The text of the file a path names, as a template ({@code kubectl_path_documents} renders each file it
     * matches with its {@code vars}); empty as for {@link #of}.
     */
    Optional<Source> templateAt(HclExpr pathExpr, TfEvaluator reader, String tfFile) {
        return named(pathExpr, reader, Bindings.NONE, tfFile).flatMap(file -> template(file, reader));
    }

    /** Literal text as written, each interpolation unknown. */
    private static PlacedText parts(List<HclExpr> parts) {
        PlacedText text = PlacedText.pieces();
        for (HclExpr part : parts) {
            if (part instanceof HclExpr.Literal literal && literal.value() instanceof String) {
                text.literal(literal);
            } else {
                text.unknown(KubernetesResourceMapper.written(part), part.location());
            }
        }
        return text;
    }

    /**
     * A template file's text with its {@code ${...}} unknown. One with {@code %{ if }} or {@code %{ for }}
     * directives gives nothing: which of its lines Terraform writes, and how often, depends on values netlint does
     * not take from the call.
     */
    private static Optional<Source> template(NamedFile file, TfEvaluator reader) {
        return reader.templates().parseTemplateFile(file.text(), file.display()).flatMap(parsed -> {
            if (parsed instanceof HclExpr.Literal literal && literal.value() instanceof String) {
                return Optional.of(new Source(parts(List.of(literal)), file.display()));
            }
            if (parsed instanceof HclExpr.Template template) {
                return Optional.of(new Source(parts(template.parts()), file.display()));
            }
            return Optional.empty();
        });
    }

    private record NamedFile(String text, String display) {}

    /**
     * The file a path expression names, when the path is known, lies inside the scanned folders, is not linted on
     * its own, and can be read; shown below the folder of the {@code .tf} file that names it.
     */
    private Optional<NamedFile> named(HclExpr pathExpr, TfEvaluator reader, Bindings bindings, String tfFile) {
        if (!(reader.evaluate(pathExpr, bindings) instanceof TfValue.Str path)) {
            return Optional.empty();
        }
        ModuleFiles files = reader.files();
        Optional<Path> resolved = files.resolve(path.value());
        if (resolved.isEmpty() || resolved.get().getFileName() == null) {
            return Optional.empty();
        }
        Path relative = files.moduleDirectory().relativize(resolved.get());
        int slash = tfFile.lastIndexOf('/');
        String display = TerraformLoader.joinDisplay(slash < 0 ? "" : tfFile.substring(0, slash), relative.toString());
        // A manifest file is linted on its own, except in terraform init's cache, which netlint does not walk
        boolean ownFile = SourceFormat.forFileName(resolved.get().getFileName().toString()) != null;
        if (ownFile && !ModuleCache.isCached(display) || !given.add(display)) {
            return Optional.empty();
        }
        return ModuleFiles.readResolved(resolved.get()).map(text -> new NamedFile(text, display));
    }
}
