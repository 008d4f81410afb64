package dev.netlint.bench;

import dev.netlint.core.parse.hcl.BareHcl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The bare-library floor of issue 18 as a whole process: reads the same files netlint reads and parses each with the
 * parsing library alone, keeping nothing: SnakeYAML Engine's composer for {@code .yaml}/{@code .yml} (node trees, the
 * step below netlint's own positioned tree), and for {@code .tf} netlint's HCL scanner alone ({@code scan}) or its
 * parser without line index ({@code parse}). No netlint model, loaders, collector, rules or report.
 *
 * <pre>
 *   java -cp netlint.jar:bench/target/classes dev.netlint.bench.BareFloor scan|parse PATH...
 * </pre>
 *
 * <p>Files are parsed in parallel on all cores, as netlint does. The difference between this floor and
 * {@link ParseOnly} (netlint's loaders and model, no rules) is netlint's loading cost.
 */
public final class BareFloor {

    private BareFloor() {}

    public static void main(String[] args) throws IOException {
        try {
            run(args);
        } catch (RuntimeException | Error e) {
            // bench/measure.py accepts exit code 1 (netlint's "findings"): a floor that fails must fail the measurement.
            e.printStackTrace();
            System.exit(3);
        }
    }

    private static void run(String[] args) throws IOException {
        if (args.length < 2 || !(args[0].equals("scan") || args[0].equals("parse"))) {
            System.err.println("usage: BareFloor scan|parse PATH...");
            System.exit(2);
        }
        boolean scanOnly = args[0].equals("scan");
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> walk = Files.walk(Path.of(args[i]))) {
                walk.filter(Files::isRegularFile).filter(BareFloor::wanted).sorted().forEach(files::add);
            }
        }
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build();
        AtomicLong units = new AtomicLong();
        files.parallelStream().forEach(file -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (file.toString().endsWith(".tf")) {
                char[] chars = text.toCharArray();
                units.addAndGet(scanOnly ? BareHcl.scan(chars) : BareHcl.parse(chars));
            } else {
                long documents = 0;
                for (Node ignored : new Compose(settings).composeAllFromString(text)) {
                    documents++;
                }
                units.addAndGet(documents);
            }
        });
        System.out.println(files.size() + " files read, " + units.get() + (scanOnly ? " documents and tokens" : " documents and bodies"));
    }

    private static boolean wanted(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".tf");
    }
}
