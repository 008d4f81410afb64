package dev.netlint.core.engine;

import java.util.List;

/**
 * How to resolve inputs that need more than their files: Terraform variables for root modules ({@code --var-file},
 * applied in order after {@code terraform.tfvars} and {@code *.auto.tfvars}; then {@code --var name=value}, which
 * wins, as in Terraform).
 */
public record InputOptions(List<String> varFiles, List<String> vars, List<String> helmValues, List<String> helmSets) {

    public static final InputOptions NONE = new InputOptions(List.of(), List.of());

    public InputOptions {
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        helmValues = List.copyOf(helmValues);
        helmSets = List.copyOf(helmSets);
    }

    public InputOptions(List<String> varFiles, List<String> vars) {
        this(varFiles, vars, List.of(), List.of());
    }
}
