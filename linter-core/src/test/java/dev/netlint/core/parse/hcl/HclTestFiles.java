package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;

/** Builds in-memory sources for loader tests. */
final class HclTestFiles {

    private HclTestFiles() {
    }

    static SourceText source(String name, String text) {
        return new SourceText(new SourceFile(Path.of(name), name, SourceFormat.forFileName(name)), text);
    }

    static HclFile parse(String name, String text) {
        HclParseResult result = new HclLoader().load(source(name, text));
        if (!result.isParsed()) {
            throw new AssertionError("expected to parse, got " + result.problem());
        }
        return result.file();
    }
}
