package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclAttribute;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.parse.hcl.HclFile;
import dev.netlint.core.source.SourceFormat;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarations of one module folder, indexed for evaluation: variables, the values {@code terraform.tfvars} and
 * {@code *.auto.tfvars} give them (in Terraform's order: {@code terraform.tfvars} first, then auto files by name, the
 * last one winning), locals and resource blocks by address. Other {@code .tfvars} files are only used with
 * {@code -var-file}, so they are ignored. Duplicate declarations keep the first, as Terraform would reject them.
 */
final class TerraformModule {

    private final Path directory;
    private final Map<String, HclBlock> variables = new LinkedHashMap<>();
    private final Map<String, HclExpr> variableValues = new LinkedHashMap<>();
    private final Map<String, HclAttribute> locals = new LinkedHashMap<>();
    private final Map<String, HclBlock> resources = new LinkedHashMap<>();
    private final Map<String, HclBlock> dataSources = new LinkedHashMap<>();
    private final Map<String, HclBlock> moduleCalls = new LinkedHashMap<>();
    private final Map<String, HclBlock> outputs = new LinkedHashMap<>();
    private final Map<String, String> commandLineVariables;

    TerraformModule(Path directory, List<HclFile> files) {
        this(directory, files, true, List.of(), Map.of());
    }

    /**
     * A module folder. {@code root} modules take {@code terraform.tfvars}/{@code *.auto.tfvars}, then
     * {@code extraVarFiles} ({@code --var-file}, in order) and last {@code commandLineVariables} ({@code --var},
     * raw text, interpreted per the variable's type as Terraform does); a child module (called by a {@code module}
     * block) takes none of those, only the caller's arguments.
     */
    TerraformModule(Path directory, List<HclFile> files, boolean root, List<HclFile> extraVarFiles,
                    Map<String, String> commandLineVariables) {
        this.directory = directory;
        this.commandLineVariables = root ? Map.copyOf(commandLineVariables) : Map.of();
        List<HclFile> varFiles = new ArrayList<>();
        for (HclFile file : files) {
            if (file.source().format() == SourceFormat.TFVARS) {
                if (root && appliesAutomatically(fileName(file))) {
                    varFiles.add(file);
                }
                continue;
            }
            for (HclBlock block : file.body().blocks()) {
                switch (block.type()) {
                    case "variable" -> {
                        if (block.labels().size() == 1) {
                            variables.putIfAbsent(block.label(0), block);
                        }
                    }
                    case "locals" -> block.body().attributes().forEach(a -> locals.putIfAbsent(a.name(), a));
                    case "resource" -> {
                        if (block.labels().size() == 2) {
                            resources.putIfAbsent(block.label(0) + "." + block.label(1), block);
                        }
                    }
                    case "module" -> {
                        if (block.labels().size() == 1) {
                            moduleCalls.putIfAbsent(block.label(0), block);
                        }
                    }
                    case "output" -> {
                        if (block.labels().size() == 1) {
                            outputs.putIfAbsent(block.label(0), block);
                        }
                    }
                    case "data" -> {
                        if (block.labels().size() == 2) { // kept for readers of their arguments; they evaluate to unknown
                            dataSources.putIfAbsent(block.label(0) + "." + block.label(1), block);
                        }
                    }
                    default -> {
                        // provider, terraform: never expanded
                    }
                }
            }
        }
        varFiles.sort(Comparator.comparing((HclFile f) -> !fileName(f).equals("terraform.tfvars"))
                .thenComparing(TerraformModule::fileName));
        if (root) {
            varFiles.addAll(extraVarFiles);
        }
        for (HclFile file : varFiles) {
            file.body().attributes().forEach(a -> variableValues.put(a.name(), a.expr()));
        }
    }

    private static boolean appliesAutomatically(String name) {
        return name.equals("terraform.tfvars") || name.endsWith(".auto.tfvars");
    }

    private static String fileName(HclFile file) {
        String display = file.source().displayPath();
        return display.substring(display.lastIndexOf('/') + 1);
    }

    /** The module's folder, against which {@code file()} paths resolve; null for standard input. */
    Path directory() {
        return directory;
    }

    Optional<HclBlock> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    Optional<HclExpr> variableValue(String name) {
        return Optional.ofNullable(variableValues.get(name));
    }

    /** The raw text of {@code --var name=value}, when given (root modules only). */
    Optional<String> commandLineVariable(String name) {
        return Optional.ofNullable(commandLineVariables.get(name));
    }

    Optional<HclBlock> moduleCall(String name) {
        return Optional.ofNullable(moduleCalls.get(name));
    }

    /** Every {@code module} block, in file order. */
    List<HclBlock> moduleCalls() {
        return List.copyOf(moduleCalls.values());
    }

    Optional<HclBlock> output(String name) {
        return Optional.ofNullable(outputs.get(name));
    }

    Optional<HclAttribute> local(String name) {
        return Optional.ofNullable(locals.get(name));
    }

    Optional<HclBlock> resource(String type, String name) {
        return Optional.ofNullable(resources.get(type + "." + name));
    }

    /** The {@code data "type" "name"} block, whose arguments some readers take ({@code kubectl_file_documents}). */
    Optional<HclBlock> dataSource(String type, String name) {
        return Optional.ofNullable(dataSources.get(type + "." + name));
    }

    /** Every resource block, in file order. */
    List<HclBlock> resources() {
        return List.copyOf(resources.values());
    }
}
