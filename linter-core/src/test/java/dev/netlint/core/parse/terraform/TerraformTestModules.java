package dev.netlint.core.parse.terraform;

import dev.netlint.core.model.Workspace;
import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.ScanScope;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads fixture modules from {@code src/test/resources/terraform/<name>} or from any folder. */
final class TerraformTestModules {

    private TerraformTestModules() {
    }

    record Loaded(Workspace workspace, List<ParseProblem> problems) {}

    static Path fixture(String name) {
        try {
            return Path.of(TerraformTestModules.class.getResource("/terraform/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Loaded load(String fixtureName) {
        Path folder = fixture(fixtureName);
        return load(folder, ScanScope.of(folder));
    }

    static Loaded load(Path folder, ScanScope scope) {
        Workspace.Builder builder = Workspace.builder();
        List<ParseProblem> problems = new TerraformLoader(scope).loadModule(sources(folder), builder);
        return new Loaded(builder.build(), problems);
    }

    /** The Terraform files directly inside {@code folder}. */
    static List<SourceText> sources(Path folder) {
        List<SourceText> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                SourceFormat format = SourceFormat.forFileName(file.getFileName().toString());
                if (format != null && format.isTerraform() && Files.isRegularFile(file)) {
                    sources.add(new SourceText(new SourceFile(file, file.getFileName().toString(), format),
                            Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
