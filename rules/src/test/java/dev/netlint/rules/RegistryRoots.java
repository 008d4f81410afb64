package dev.netlint.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lays a test root out as {@code terraform init -backend=false} would: every {@code module "x"} block whose source is
 * {@code terraform-aws-modules/eks/aws} or {@code .../vpc/aws} gets the module's real source (from
 * {@code src/test/resources/registry/modules/<name>-<version>}, the exact {@code version} of the block) copied to
 * {@code .terraform/modules/x}, with {@code modules.json} keyed as Terraform keys it (nested calls included).
 */
final class RegistryRoots {

    static final Path MODULES = Path.of("src/test/resources/registry/modules");

    private static final Pattern CALL = Pattern.compile("module\\s+\"([\\w-]+)\"\\s*\\{[^}]*?source\\s*=\\s*"
            + "\"terraform-aws-modules/(eks|vpc)/aws\"[^}]*?version\\s*=\\s*\"([\\d.]+)\"");

    private RegistryRoots() {
    }

    /** Copies {@code caseDir} to {@code target} and adds the {@code .terraform/modules} its module blocks need. */
    static Path layOut(Path caseDir, Path target) throws IOException {
        copyTree(caseDir, target);
        List<String> entries = new ArrayList<>();
        entries.add(entry("", "", null, "."));
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(caseDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tf")).sorted().toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            String name = call.group(1);
            String module = call.group(2);
            String version = call.group(3);
            Path source = MODULES.resolve(module + "-" + version);
            if (!Files.isDirectory(source)) {
                throw new IllegalArgumentException("no test copy of " + module + " " + version + " in " + MODULES);
            }
            String dir = ".terraform/modules/" + name;
            copyTree(source, target.resolve(dir));
            entries.add(entry(name, "registry.terraform.io/terraform-aws-modules/" + module + "/aws", version, dir));
            if (module.equals("eks")) {
                for (String child : List.of("eks_managed_node_group", "self_managed_node_group")) {
                    String folder = child.replace('_', '-');
                    entries.add(entry(name + "." + child, "./modules/" + folder, null, dir + "/modules/" + folder));
                    entries.add(entry(name + "." + child + ".user_data", "../_user_data", null,
                            dir + "/modules/_user_data"));
                }
                entries.add(entry(name + ".fargate_profile", "./modules/fargate-profile", null,
                        dir + "/modules/fargate-profile"));
                entries.add(entry(name + ".kms", "registry.terraform.io/terraform-aws-modules/kms/aws",
                        version.startsWith("20.") ? "2.1.0" : "4.2.0", ".terraform/modules/" + name + ".kms"));
            }
        }
        if (Files.exists(caseDir.resolve(".terraform/modules/modules.json"))) {
            return target; // a case with its own (synthetic) cached modules, laid out as terraform init does
        }
        Files.createDirectories(target.resolve(".terraform/modules"));
        Files.writeString(target.resolve(".terraform/modules/modules.json"),
                "{\"Modules\":[" + String.join(",", entries) + "]}\n");
        return target;
    }

    private static String entry(String key, String source, String version, String dir) {
        return "{\"Key\":\"" + key + "\",\"Source\":\"" + source + "\""
                + (version == null ? "" : ",\"Version\":\"" + version + "\"") + ",\"Dir\":\"" + dir + "\"}";
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
