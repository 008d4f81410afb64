package dev.netlint.core.parse.hcl;

import java.util.List;
import java.util.Optional;

/** The attributes and nested blocks of a file or block, each list in source order. */
public record HclBody(List<HclAttribute> attributes, List<HclBlock> blocks) {

    public static final HclBody EMPTY = new HclBody(List.of(), List.of());

    public HclBody {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /** The attribute of that name; Terraform forbids duplicates, so the first one is the one. */
    public Optional<HclAttribute> attribute(String name) {
        for (HclAttribute attribute : attributes) {
            if (attribute.name().equals(name)) {
                return Optional.of(attribute);
            }
        }
        return Optional.empty();
    }

    /** The nested blocks of one type ({@code ingress}, {@code dynamic}), in source order. */
    public List<HclBlock> blocks(String type) {
        return blocks.stream().filter(block -> block.type().equals(type)).toList();
    }
}
