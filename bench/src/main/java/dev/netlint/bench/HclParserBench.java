package dev.netlint.bench;

import dev.netlint.bench.legacyhcl.LegacyHclLoader;
import dev.netlint.core.parse.hcl.HclLoader;
import dev.netlint.core.parse.hcl.HclParseResult;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The HCL parser benchmark of issue 13: netlint's own parser ({@code new}) against the HCL4j-based loader it replaced
 * ({@code old}, kept in this module only), on the same {@code .tf} files.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar dev.netlint.bench.HclParserBench old|new DIR [PASSES]
 * </pre>
 *
 * <p>Reads every {@code .tf} file under DIR into memory (not timed), then parses all of them PASSES times on one
 * thread (default 1: what a whole-process measurement wants). Prints one JSON line: files, characters, files that
 * failed to parse, and the throughput of the last half of the passes (the first half warms up the JIT) in MB of
 * source characters per second.
 */
public final class HclParserBench {

    private HclParserBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("old") || args[0].equals("new"))) {
            System.err.println("usage: HclParserBench old|new DIR [PASSES]");
            System.exit(2);
        }
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<SourceText> sources = read(Path.of(args[1]));
        long characters = sources.stream().mapToLong(s -> s.text().length()).sum();
        Function<SourceText, HclParseResult> parser;
        if (args[0].equals("old")) {
            LegacyHclLoader old = new LegacyHclLoader();
            parser = old::load;
        } else {
            HclLoader loader = new HclLoader();
            parser = loader::load;
        }
        long[] nanos = new long[passes];
        int failed = 0;
        for (int pass = 0; pass < passes; pass++) {
            failed = 0;
            long start = System.nanoTime();
            for (SourceText source : sources) {
                if (!parser.apply(source).isParsed()) {
                    failed++;
                }
            }
            nanos[pass] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(nanos, passes / 2, passes);
        double seconds = Arrays.stream(measured).sum() / 1e9;
        double mbPerSecond = characters * (double) measured.length / 1e6 / seconds;
        System.out.printf("{\"parser\": \"%s\", \"files\": %d, \"mb\": %.3f, \"failed\": %d, \"passes\": %d,"
                        + " \"measured_passes\": %d, \"mb_per_s\": %.2f}%n", args[0], sources.size(), characters / 1e6,
                failed, passes, measured.length, mbPerSecond);
    }

    private static List<SourceText> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tf")).sorted().toList();
        }
        List<SourceText> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            sources.add(new SourceText(new SourceFile(file, name, SourceFormat.TERRAFORM),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        return sources;
    }
}
