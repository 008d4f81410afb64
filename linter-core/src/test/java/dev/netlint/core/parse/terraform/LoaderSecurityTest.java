package dev.netlint.core.parse.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.LaunchTemplate;
import dev.netlint.core.source.ScanScope;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading hostile configuration performs no network request, reads nothing outside the scan and prints nothing. */
class LoaderSecurityTest {

    @TempDir
    Path temp;

    @Test
    void noHttpRequestIsMadeForDataSourcesOrUrlPaths() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "secret-from-server".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            Path module = Files.createDirectories(temp.resolve("module"));
            Files.writeString(module.resolve("main.tf"), String.join("\n",
                    "data \"http\" \"x\" {",
                    "  url = \"" + url + "\"",
                    "}",
                    "resource \"aws_launch_template\" \"a\" {",
                    "  name      = data.http.x.response_body",
                    "  user_data = base64encode(file(\"" + url + "\"))",
                    "  image_id  = templatefile(\"" + url + "\", {})",
                    "}",
                    ""));

            TerraformTestModules.Loaded loaded = TerraformTestModules.load(module, ScanScope.of(module));

            LaunchTemplate template = loaded.workspace().launchTemplates().get(0);
            assertThat(template.name().isUnknown()).isTrue();
            assertThat(template.userData().isUnknown()).isTrue();
            assertThat(template.imageId().isUnknown()).isTrue();
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void filesOutsideTheScannedRootAreNeverRead() throws IOException {
        String canary = "CANARY-" + System.nanoTime();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Path absoluteCanary = Files.writeString(outside.resolve("canary"), canary);
        Files.writeString(outside.resolve("canary.tpl"), canary + "-template");
        Path root = Files.createDirectories(temp.resolve("root"));
        Files.writeString(root.resolve("inside.txt"), "inside-content");
        boolean linked = tryLink(root.resolve("link.txt"), absoluteCanary);
        Files.writeString(root.resolve("main.tf"), String.join("\n",
                "resource \"aws_launch_template\" \"absolute\" {",
                "  user_data = base64encode(file(\"" + absoluteCanary.toString().replace("\\", "/") + "\"))",
                "}",
                "resource \"aws_launch_template\" \"relative\" {",
                "  user_data = base64encode(templatefile(\"../outside/canary.tpl\", {}))",
                "}",
                "resource \"aws_launch_template\" \"module_path\" {",
                "  user_data = base64encode(file(\"${path.module}/../outside/canary\"))",
                "}",
                "resource \"aws_launch_template\" \"symlink\" {",
                "  user_data = base64encode(file(\"link.txt\"))",
                "}",
                "resource \"aws_launch_template\" \"inside\" {",
                "  user_data = base64encode(file(\"inside.txt\"))",
                "}",
                ""));

        TerraformTestModules.Loaded loaded = TerraformTestModules.load(root, ScanScope.of(root));

        assertThat(userData(loaded, "absolute").isUnknown()).isTrue();
        assertThat(userData(loaded, "relative").isUnknown()).isTrue();
        assertThat(userData(loaded, "module_path").isUnknown()).isTrue();
        if (linked) {
            assertThat(userData(loaded, "symlink").isUnknown()).isTrue();
        }
        assertThat(userData(loaded, "inside").orNull()).isEqualTo("inside-content");
        String everything = loaded.workspace().launchTemplates() + " " + loaded.problems();
        assertThat(everything).doesNotContain(canary);
    }

    @Test
    void manifestTextOutsideTheScannedRootIsNeverRead() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside-manifests"));
        String service = "apiVersion: v1\nkind: Service\nmetadata: {name: CANARY}\nspec: {type: NodePort}\n";
        Path target = Files.writeString(outside.resolve("service.yml.tpl"), service);
        Path root = Files.createDirectories(temp.resolve("manifest-root"));
        boolean linked = tryLink(root.resolve("link.yml.tpl"), target);
        Files.writeString(root.resolve("main.tf"), String.join("\n",
                "resource \"kubernetes_manifest\" \"relative\" {",
                "  manifest = yamldecode(file(\"../outside-manifests/service.yml.tpl\"))",
                "}",
                "resource \"kubectl_manifest\" \"absolute\" {",
                "  yaml_body = templatefile(\"" + target.toString().replace("\\", "/") + "\", {})",
                "}",
                "data \"kubectl_file_documents\" \"docs\" {",
                "  content = file(\"link.yml.tpl\")",
                "}",
                "resource \"kubectl_manifest\" \"symlink\" {",
                "  for_each  = data.kubectl_file_documents.docs.manifests",
                "  yaml_body = each.value",
                "}",
                ""));

        TerraformTestModules.Loaded loaded = TerraformTestModules.load(root, ScanScope.of(root));

        if (linked) {
            assertThat(loaded.workspace().services()).isEmpty();
        }
        assertThat(loaded.workspace().services() + " " + loaded.problems()).doesNotContain("CANARY");
    }

    @Test
    void yamlInAHeredocBeyondTheYamlLimitsIsRefusedWhereItIsWritten() throws IOException {
        Path root = Files.createDirectories(temp.resolve("bomb"));
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deep.append('[');
        }
        Files.writeString(root.resolve("main.tf"), String.join("\n",
                "resource \"kubectl_manifest\" \"deep\" {",
                "  yaml_body = <<-YAML",
                "    apiVersion: v1",
                "    kind: ConfigMap",
                "    data: " + deep,
                "  YAML",
                "}",
                ""));

        TerraformTestModules.Loaded loaded = TerraformTestModules.load(root, ScanScope.of(root));

        assertThat(loaded.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.limit()).isTrue();
            assertThat(problem.message()).contains("nested deeper than");
            assertThat(problem.location().file()).endsWith("main.tf");
            assertThat(problem.location().line()).isEqualTo(5);
        });
    }

    @Test
    void loadingPrintsNothingToStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            TerraformTestModules.load("security-groups");
            TerraformTestModules.load("cluster");
            Path module = temp.resolve("broken");
            Files.createDirectories(module);
            Files.writeString(module.resolve("main.tf"), "data \"http\" \"x\" {\n  url = \"http://127.0.0.1:9/\"\n}\nb = @\n");
            TerraformTestModules.load(module, ScanScope.of(module));
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static Value<String> userData(TerraformTestModules.Loaded loaded, String name) {
        return loaded.workspace().resource("aws_launch_template." + name, LaunchTemplate.class).orElseThrow()
                .userData();
    }

    private static boolean tryLink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
