package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.SourceFile;
import java.util.Objects;

/** One Terraform file (native syntax, JSON syntax or a {@code .tfvars} file) as netlint's positioned HCL tree. */
public record HclFile(SourceFile source, HclBody body) {

    public HclFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }
}
