package dev.netlint.core.model;

import java.util.Optional;

/**
 * A cluster's IP family, spelled as EKS's {@code ip_family} and netlint's {@code --cluster-ip-family} spell it
 * (RULES.md §1.9). Text that is neither spelling is kept as written ({@link #read}): netlint treats such a family as
 * known but neither IPv4 nor IPv6, and shows it as written.
 */
public enum IpFamily {
    IPV4("ipv4"),
    IPV6("ipv6");

    private final String spelling;

    IpFamily(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** The family spelled exactly {@code text} (case matters), or empty. */
    public static Optional<IpFamily> parse(String text) {
        for (IpFamily family : values()) {
            if (family.spelling.equals(text)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /** {@code text} as a family, keeping the spelling for messages. */
    public static Spelled<IpFamily> read(String text) {
        return new Spelled<>(parse(text), text);
    }

    /** This family in its own spelling. */
    public Spelled<IpFamily> spelled() {
        return new Spelled<>(Optional.of(this), spelling);
    }

    @Override
    public String toString() {
        return spelling;
    }
}
