package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.HasLocation;
import dev.netlint.core.source.Location;
import java.util.Collections;
import java.util.List;

/**
 * A block such as {@code resource "aws_security_group" "nodes" { ... }}. {@code location} is the header, as tflint's
 * {@code DefRange}: from the first character of the type keyword to the end of the last label (the opening brace is
 * not included), so "missing setting" findings point at the line a reader looks for. {@code labelLocations} holds
 * each label's own place (a quoted label with its quotes), one per label.
 */
public record HclBlock(String type, List<String> labels, HclBody body, Location location, List<Location> labelLocations)
        implements HasLocation {

    public HclBlock {
        labels = List.copyOf(labels);
        labelLocations = List.copyOf(labelLocations);
        if (labelLocations.size() != labels.size()) {
            throw new IllegalArgumentException("one location per label");
        }
    }

    /** A block whose labels have no place of their own (Terraform JSON, plans): each is located at the header. */
    public HclBlock(String type, List<String> labels, HclBody body, Location location) {
        this(type, labels, body, location, Collections.nCopies(labels.size(), location));
    }

    /** The label at {@code index}, or null when the block has fewer labels. */
    public String label(int index) {
        return index < labels.size() ? labels.get(index) : null;
    }
}
