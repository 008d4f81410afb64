package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.k8s.K8sMapper;
import dev.netlint.core.source.Location;
import dev.netlint.core.tree.PMap;
import dev.netlint.core.tree.PNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kubernetes objects Terraform applies from YAML text rather than from an HCL object:
 * <ul>
 *   <li>{@code kubernetes_manifest} with {@code manifest = yamldecode(...)};</li>
 *   <li>{@code kubectl_manifest} (providers {@code gavinbunney/kubectl} and {@code alekc/kubectl}) with
 *   {@code yaml_body = ...}, or {@code yaml_body = yamlencode({...})}, which is an HCL object again.</li>
 * </ul>
 * The text comes from {@link ManifestText} (one document) or {@link DocumentStreams} (one document per instance).
 * Each text is read once, however many instances apply it ({@link ManifestText}).
 */
final class YamlManifests {

    /** Gives each text once, however many resources or instances apply it. */
    private final ManifestText texts = new ManifestText();
    /** Texts refused for going beyond a limit of the YAML reader, to be reported as such. */
    private final List<ParseProblem> refusals = new ArrayList<>();

    List<ParseProblem> refusals() {
        return refusals;
    }

    /**
     * The objects of {@code manifest = yamldecode(...)}; empty when the manifest is not written that way (the
     * caller reads it as an HCL object), an empty list when it is but nothing certain comes of it.
     */
    Optional<List<PMap>> decoded(ResourceInstance instance, TfEvaluator reader) {
        Optional<HclAttribute> manifest = instance.block().body().attribute("manifest");
        if (manifest.isEmpty() || !(KubernetesResourceMapper.unwrap(manifest.get().expr()) instanceof HclExpr.FunctionCall call)
                || !call.name().equals("yamldecode") || call.arguments().size() != 1 || call.expandFinalArgument()) {
            return Optional.empty();
        }
        return Optional.of(objects(call.arguments().get(0), instance, reader));
    }

    /** The objects a {@code kubectl_manifest} applies, in its {@code override_namespace} when it sets one. */
    List<PMap> kubectl(ResourceInstance instance, TfEvaluator reader) {
        Optional<HclAttribute> body = instance.block().body().attribute("yaml_body");
        if (body.isEmpty()) {
            return List.of();
        }
        HclExpr expr = KubernetesResourceMapper.unwrap(body.get().expr());
        List<PMap> objects;
        if (expr instanceof HclExpr.FunctionCall call && call.name().equals("yamlencode")
                && call.arguments().size() == 1 && !call.expandFinalArgument()) {
            PMap object = KubernetesResourceMapper.object(reader, instance, call.arguments().get(0));
            objects = object == null ? List.of() : List.of(object);
        } else {
            objects = objects(expr, instance, reader);
        }
        Optional<HclAttribute> namespace = instance.block().body().attribute("override_namespace");
        if (namespace.isEmpty()) {
            return objects;
        }
        PNode override = KubernetesResourceMapper.node(namespace.get().expr(),
                reader.evaluate(namespace.get().expr(), instance.bindings()), true);
        return objects.stream().map(object -> inNamespace(object, override)).toList();
    }

    /**
     * The object with {@code metadata.namespace} set to {@code namespace}, as the provider applies it; a kind
     * that lives outside namespaces is left as written.
     */
    private static PMap inNamespace(PMap object, PNode namespace) {
        if (K8sMapper.isClusterScoped(String.valueOf(object.text("kind")))) {
            return object;
        }
        PMap.Entry metadata = object.entry("metadata");
        PMap fields = metadata == null ? null : metadata.value().asMap();
        if (metadata != null && fields == null) {
            return object; // metadata that is not known as a whole stays so
        }
        Location at = fields != null ? fields.location() : object.location();
        List<PMap.Entry> entries = new ArrayList<>();
        if (fields != null) {
            fields.entries().values().stream().filter(e -> !e.key().equals("namespace")).forEach(entries::add);
        }
        entries.add(new PMap.Entry("namespace", namespace.location(), namespace));
        List<PMap.Entry> top = new ArrayList<>();
        object.entries().values().stream().filter(e -> !e.key().equals("metadata")).forEach(top::add);
        top.add(new PMap.Entry("metadata", metadata != null ? metadata.keyLocation() : at, new PMap(entries, at)));
        return new PMap(top, object.location());
    }

    private List<PMap> objects(HclExpr text, ResourceInstance instance, TfEvaluator reader) {
        String tfFile = instance.block().location().file();
        Optional<ManifestText.Source> stream = DocumentStreams.of(text, instance.block(), reader, tfFile, texts);
        if (stream.isPresent()) {
            return maps(documents(stream.get().text()));
        }
        Optional<ManifestText.Source> single = texts.of(text, reader, instance.bindings(), tfFile);
        if (single.isEmpty()) {
            return List.of();
        }
        // One document: Terraform's yamldecode() refuses text with several, and which of several a kubectl_manifest
        // would apply is not netlint's to guess
        List<PNode> documents = documents(single.get().text());
        return documents.size() == 1 ? maps(documents) : List.of();
    }

    private List<PNode> documents(PlacedText text) {
        EmbeddedYaml.Documents read = EmbeddedYaml.read(text);
        if (read.refusal() != null) {
            refusals.add(read.refusal());
        }
        return read.documents();
    }

    private static List<PMap> maps(List<PNode> documents) {
        return documents.stream().filter(d -> d instanceof PMap).map(d -> (PMap) d).toList();
    }
}
