package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.List;

/**
 * A block such as {@code resource "aws_security_group" "nodes" { ... }}. {@code location} is the header, as tflint's
 * {@code DefRange}: from the first character of the type keyword to the end of the last label (the opening brace is
 * not included), so "missing setting" findings point at the line a reader looks for.
 */
public record HclBlock(String type, List<String> labels, HclBody body, Location location) implements HasLocation {

    public HclBlock {
        labels = List.copyOf(labels);
    }

    /** The label at {@code index}, or null when the block has fewer labels. */
    public String label(int index) {
        return index < labels.size() ? labels.get(index) : null;
    }
}
