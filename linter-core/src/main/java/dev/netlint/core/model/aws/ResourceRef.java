package dev.netlint.core.model.aws;

/**
 * What an id-valued attribute points at: another resource of the input ({@code aws_security_group.nodes.id} gives
 * address {@code aws_security_group.nodes}, attribute {@code id}), or a literal id written in the source
 * ({@code sg-0123...}), in which case {@code address} is null.
 */
public record ResourceRef(String address, String attribute, String literal) {

    public static ResourceRef toResource(String address, String attribute) {
        return new ResourceRef(address, attribute, null);
    }

    public static ResourceRef literal(String id) {
        return new ResourceRef(null, null, id);
    }

    public boolean isResource() {
        return address != null;
    }

    /** The referenced resource's type, e.g. {@code aws_security_group}, or null for a literal. */
    public String resourceType() {
        if (address == null) {
            return null;
        }
        String local = address;
        int lastModule = local.lastIndexOf("module.");
        if (lastModule >= 0) {
            int dot = local.indexOf('.', local.indexOf('.', lastModule) + 1);
            local = dot < 0 ? local : local.substring(dot + 1);
        }
        int dot = local.indexOf('.');
        return dot < 0 ? local : local.substring(0, dot);
    }

    @Override
    public String toString() {
        return address != null ? address + (attribute == null ? "" : "." + attribute) : literal;
    }
}
