package dev.netlint.core.source;

/** How a scanned file is read. */
public enum SourceFormat {
    /** Kubernetes manifests in YAML, possibly several documents. */
    YAML,
    /** Kubernetes manifests in JSON. */
    JSON,
    /** Terraform native syntax ({@code .tf}). */
    TERRAFORM,
    /** Terraform JSON syntax ({@code .tf.json}). */
    TERRAFORM_JSON,
    /** Terraform variable values ({@code .tfvars}). */
    TFVARS;

    /** The format a file name implies, or null when netlint does not read such files. */
    public static SourceFormat forFileName(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".tf.json")) {
            return TERRAFORM_JSON;
        }
        if (name.endsWith(".tf")) {
            return TERRAFORM;
        }
        if (name.endsWith(".tfvars")) {
            return TFVARS;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return null;
    }

    public boolean isTerraform() {
        return this == TERRAFORM || this == TERRAFORM_JSON || this == TFVARS;
    }
}
