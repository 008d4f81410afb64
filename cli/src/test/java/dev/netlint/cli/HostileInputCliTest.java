package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netlint.core.report.SarifSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on hostile input (issue 7): the size limit, line endings and byte order marks in Terraform, names
 * built to inject into every output format, scanned files left untouched, and report files replaced atomically.
 */
class HostileInputCliTest {

    private static final String NODEPORT = Console.NODEPORT_SERVICE;

    @TempDir
    Path dir;

    @RegisterExtension
    final Console console = new Console();

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private JsonNode json(Path report) throws IOException {
        return new ObjectMapper().readTree(Files.readString(report));
    }

    @Test
    void aFileOverMaxFileSizeIsOneFindingNamingItAndTheOthersAreLinted() throws IOException {
        write("tree/a-big.yaml", NODEPORT + "# " + "x".repeat(4000) + "\n");
        write("tree/b-small.yaml", NODEPORT);
        Path report = dir.resolve("report.json");

        int exit = Main.run("--max-file-size", "2000", "--format", "json", "-o", report.toString(),
                dir.resolve("tree").toString());

        assertThat(exit).isEqualTo(ExitCode.FINDINGS);
        JsonNode findings = json(report).path("findings");
        List<String> summary = new ArrayList<>();
        findings.forEach(f -> summary.add(f.path("ruleId").asText() + " " + f.path("file").asText().replaceAll(".*/", "")));
        assertThat(summary).containsExactly("parse-error a-big.yaml", "NET001 b-small.yaml");
        assertThat(findings.get(0).path("message").asText()).contains("over the 2000-byte limit (--max-file-size)");
        assertThat(findings.get(0).path("line").asInt()).isEqualTo(1);
    }

    /** NET002 on a node security group: the same line and column with LF and with CRLF plus a byte order mark. */
    @Test
    void crlfAndAByteOrderMarkInTerraformKeepFindingLocationsExact() throws IOException {
        String module = String.join("\n",
                "# nodes without egress",
                "",
                "resource \"aws_security_group\" \"nodes\" {",
                "  vpc_id = aws_vpc.main.id",
                "}",
                "",
                "resource \"aws_launch_template\" \"nodes\" {",
                "  vpc_security_group_ids = [aws_security_group.nodes.id]",
                "}",
                "",
                "resource \"aws_eks_node_group\" \"ng\" {",
                "  cluster_name = \"main\"",
                "  launch_template {",
                "    id      = aws_launch_template.nodes.id",
                "    version = aws_launch_template.nodes.latest_version",
                "  }",
                "}",
                "");
        write("lf/main.tf", module);
        write("crlf/main.tf", "\uFEFF" + module.replace("\n", "\r\n"));

        List<String> lf = net002Locations("lf");
        List<String> crlf = net002Locations("crlf");

        assertThat(lf).isNotEmpty().allMatch(location -> location.startsWith("3:1-3:"));
        assertThat(crlf).isEqualTo(lf);
    }

    private List<String> net002Locations(String folder) throws IOException {
        Path report = dir.resolve(folder + ".json");
        Main.run("--format", "json", "-o", report.toString(), dir.resolve(folder).toString());
        List<String> locations = new ArrayList<>();
        json(report).path("findings").forEach(f -> {
            assertThat(f.path("ruleId").asText()).isEqualTo("NET002");
            locations.add(f.path("line").asInt() + ":" + f.path("column").asInt() + "-" + f.path("endLine").asInt()
                    + ":" + f.path("endColumn").asInt());
        });
        return locations;
    }

    private static final String ESC = "\u001b";

    /** A NodePort Service whose name and annotations carry what breaks reports and terminals. */
    private static String hostileManifest() {
        String name = "web\\n::error file=x.yaml::pwned\\r" + "\\e[31mred\\e[0m</error>]]>\\\"&amp;\\u0007\\u0000";
        return "apiVersion: v1\n"
                + "kind: Service\n"
                + "metadata:\n"
                + "  name: \"" + name + "\"\n"
                + "  namespace: \"shop\\n::warning::second\"\n"
                + "  annotations:\n"
                + "    note: \"" + "A".repeat(100_000) + "\"\n"
                + "    alb.ingress.kubernetes.io/scheme: \"" + name + "\"\n"
                + "spec:\n"
                + "  type: NodePort\n"
                + "  ports: [{port: 80}]\n";
    }

    @Test
    void hostileNamesAreEscapedInEveryFormat() throws Exception {
        write("tree/hostile.yaml", hostileManifest());
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<String> args = new ArrayList<>();
        for (String format : List.of("text", "json", "sarif", "github", "checkstyle", "junit")) {
            args.addAll(List.of("--format", format, "-o", reports.resolve("report." + format).toString()));
        }
        args.add(dir.resolve("tree").toString());

        assertThat(Main.run(args.toArray(String[]::new))).isEqualTo(ExitCode.FINDINGS);

        JsonNode json = json(reports.resolve("report.json"));
        int findings = json.path("findings").size();
        assertThat(findings).isPositive();
        assertThat(json.path("findings").get(0).path("resource").asText()).contains("::error file=x.yaml::pwned", ESC);

        String sarif = Files.readString(reports.resolve("report.sarif"));
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        assertThat(new ObjectMapper().readTree(sarif).at("/runs/0/results").size()).isEqualTo(findings);

        for (String xml : List.of("checkstyle", "junit")) {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(reports.resolve("report." + xml).toFile());
            assertThat(document.getDocumentElement()).as(xml).isNotNull();
            assertThat(Files.readString(reports.resolve("report." + xml))).as(xml).doesNotContain(ESC, "\u0000");
        }

        List<String> github = Files.readAllLines(reports.resolve("report.github"));
        assertThat(github.stream().filter(line -> line.startsWith("::"))).hasSize(findings);
        assertThat(github).noneMatch(line -> line.startsWith("::warning::second") || line.startsWith("::error file=x.yaml"));
        assertThat(String.join("\n", github)).doesNotContain("\r");

        String text = Files.readString(reports.resolve("report.text"));
        assertThat(text).doesNotContain(ESC, "\r", "\u0007", "\u0000");
        assertThat(text.lines().filter(line -> line.startsWith("::"))).isEmpty();
    }

    @Test
    void aRunNeverChangesTheScannedTree() throws Exception {
        write("tree/k8s/svc.yaml", NODEPORT);
        write("tree/k8s/broken.yaml", "kind: Service\nspec: [1, 2\n");
        write("tree/k8s/chart/templates/svc.yaml", "apiVersion: v1\nkind: Service\n{{- if .Values.x }}\nspec: {}\n{{- end }}\n");
        write("tree/tf/main.tf", "resource \"aws_security_group\" \"nodes\" {\n  vpc_id = \"vpc-1\"\n}\n");
        write("tree/tf/templates/user.tpl", "max-pods=${max}\n");
        write("tree/tf/vars.tfvars", "max = 17\n");
        Path tree = dir.resolve("tree");
        Map<String, String> before = hashes(tree);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        List<String> args = new ArrayList<>(List.of("--verbose"));
        for (String format : List.of("text", "json", "sarif", "github", "checkstyle", "junit")) {
            args.addAll(List.of("--format", format, "-o", reports.resolve("report." + format).toString()));
        }
        args.add(tree.toString());

        Main.run(args.toArray(String[]::new));

        assertThat(hashes(tree)).isEqualTo(before);
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "report.checkstyle", "report.github", "report.json", "report.junit", "report.sarif", "report.text");
        }
    }

    /** Every path below {@code root} (files and folders) with its content hash and modification time. */
    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> result = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (var paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                String value = Files.getLastModifiedTime(path) + " "
                        + (Files.isRegularFile(path) ? HexFormat.of().formatHex(sha.digest(Files.readAllBytes(path))) : "dir");
                result.put(root.relativize(path).toString(), value);
            }
        }
        return result;
    }

    @Test
    void aFailureWhileWritingAReportLeavesThePreviousReportWholeAndNoTemporaryFile() throws IOException {
        Path report = write("out/netlint.sarif", "{\"previous\": \"complete report\"}\n");

        IOException failure = null;
        try {
            NetlintCommand.writeReport(report, writer -> {
                writer.write("{\"runs\": [{\"results\": [");
                writer.flush();
                throw new IOException("disk full");
            });
        } catch (IOException e) {
            failure = e;
        }

        assertThat(failure).hasMessage("disk full");
        assertThat(Files.readString(report)).isEqualTo("{\"previous\": \"complete report\"}\n");
        try (var files = Files.list(report.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("netlint.sarif");
        }
    }

    @Test
    void aCompletedReportReplacesThePreviousOne() throws IOException {
        write("tree/svc.yaml", NODEPORT);
        Path report = write("out/report.json", "stale");

        assertThat(Main.run("--format", "json", "-o", report.toString(), dir.resolve("tree").toString()))
                .isEqualTo(ExitCode.FINDINGS);

        assertThat(json(report).path("findings").size()).isEqualTo(1);
        try (var files = Files.list(report.getParent())) {
            assertThat(files.toList()).hasSize(1);
        }
    }
}
