package dev.netlint.core.tree;

import dev.netlint.core.source.Location;
import java.util.List;

/** A sequence, with its items in source order. */
public record PList(List<PNode> items, Location location) implements PNode {
    public PList {
        items = List.copyOf(items);
    }
}
