package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclFile;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.parse.hcl.HclParseResult;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Evaluates {@code local.<name>} of a module given as in-memory files, for evaluator tests. */
final class EvalHarness {

    private final TfEvaluator evaluator;
    private final TerraformModule module;

    private EvalHarness(TerraformModule module, TfEvaluator evaluator) {
        this.module = module;
        this.evaluator = evaluator;
    }

    /** {@code files} maps file names (in {@code directory}) to their text. */
    static EvalHarness of(Path directory, ScanScope scope, Map<String, String> files) {
        HclLoader loader = new HclLoader();
        List<HclFile> parsed = new ArrayList<>();
        files.forEach((name, text) -> {
            SourceText source = new SourceText(new SourceFile(directory.resolve(name), name,
                    SourceFormat.forFileName(name)), text);
            HclParseResult result = loader.load(source);
            if (!result.isParsed()) {
                throw new AssertionError(result.problem().toString());
            }
            parsed.add(result.file());
        });
        TerraformModule module = new TerraformModule(directory, parsed);
        return new EvalHarness(module, new TfEvaluator(module, scope, loader));
    }

    static EvalHarness of(String mainTf) {
        Path directory = Path.of("/nonexistent-netlint-test-module");
        return of(directory, ScanScope.of(directory), Map.of("main.tf", mainTf));
    }

    TfValue local(String name) {
        HclExpr expr = module.local(name).orElseThrow().expr();
        return evaluator.evaluate(expr, Bindings.NONE);
    }

    /** A compact rendering of a value without locations: {@code "x"}, {@code 1}, {@code [..]}, {@code ?reason}. */
    static String show(TfValue value) {
        if (value instanceof TfValue.Str s) return "\"" + s.value() + "\"";
        if (value instanceof TfValue.Num n) return n.text();
        if (value instanceof TfValue.Bool b) return String.valueOf(b.value());
        if (value instanceof TfValue.Null) return "null";
        if (value instanceof TfValue.Ref r) return "ref(" + r.address() + ", " + r.attribute() + ")";
        if (value instanceof TfValue.Unknown u) return "?" + u.reason();
        if (value instanceof TfValue.ListV l) return l.items().stream().map(EvalHarness::show).toList().toString();
        TfValue.MapV m = (TfValue.MapV) value;
        StringBuilder out = new StringBuilder("{");
        m.entries().forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append('=').append(show(v)));
        return out.append('}').toString();
    }

    String show(String local) {
        return show(local(local));
    }
}
