package dev.netlint.core.parse.hcl;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.engine.TestExecutionResult;

/**
 * The determinism check of issue 13, run by {@code scripts/test-parser-under-load.sh} in several parallel copies:
 * prints (1) the outcome of every parser test (the JUnit classes of this package, through the JUnit Platform
 * launcher), sorted, and (2) for every Terraform file under the given folders and a set of hostile inputs, the parse
 * problem or a digest of the whole tree with its locations. Copies run on an idle and on a loaded machine must print
 * the same bytes. Not a test itself (no {@code Test} suffix): a main for the script.
 */
public final class HclParserUnderLoad {

    private HclParserUnderLoad() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        runParserTests(out);
        for (String root : args) {
            parseFiles(Path.of(root), out);
        }
        hostileInputs(out);
        System.out.print(out);
    }

    private static void runParserTests(StringBuilder out) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(
                selectClass(HclSyntaxSpecTest.class), selectClass(HclLoaderExpressionTest.class),
                selectClass(HclLoaderPositionTest.class), selectClass(HclRoundTripTest.class)).build();
        Map<String, String> results = new TreeMap<>();
        Launcher launcher = LauncherFactory.create();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream())); // jqwik reports seeds and times there
        try {
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest()) {
                        results.put(test.getUniqueId(), result.getStatus() + result.getThrowable()
                                .map(t -> " (" + String.valueOf(t).lines().findFirst().orElse("") + ")").orElse(""));
                    }
                }
            });
        } finally {
            System.setOut(stdout);
        }
        results.forEach((test, status) -> out.append("test ").append(status).append(' ').append(test).append('\n'));
    }

    private static void parseFiles(Path root, StringBuilder out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".tf") || name.endsWith(".tfvars") || name.endsWith(".tf.json");
            }).sorted().toList();
        }
        for (Path file : files) {
            String name = root.relativize(file).toString();
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            dump(name, text, out);
        }
    }

    private static void hostileInputs(StringBuilder out) {
        dump("hostile/long-identifier.tf", "x".repeat(2_000_000) + "\n", out);
        dump("hostile/interpolation-openers.tf", "a = \"" + "${".repeat(500_000), out);
        dump("hostile/deep-brackets.tf", "a = " + "[".repeat(100_000) + "\n", out);
        dump("hostile/many-tokens.tf", "a = [" + "1,".repeat(HclParser.MAX_TOKENS) + "]\n", out);
        dump("hostile/large-valid.tf", "locals {\n" + "  v = [\"10.0.0.0/16\", var.x, { k = \"${var.y}\" }]\n"
                .repeat(20_000).replace("  v = ", "  v%d = ").formatted(range(20_000)) + "}\n", out);
    }

    private static Object[] range(int n) {
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    private static void dump(String name, String text, StringBuilder out) {
        SourceText source = new SourceText(new SourceFile(Path.of(name), name, SourceFormat.forFileName(name)), text);
        HclParseResult result = new HclLoader().load(source);
        out.append(name).append(": ");
        if (result.isParsed()) {
            out.append("tree ").append(digest(result.file().body().toString()));
        } else {
            out.append("problem ").append(result.problem());
        }
        out.append('\n');
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
