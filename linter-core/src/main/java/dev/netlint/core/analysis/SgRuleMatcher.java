package dev.netlint.core.analysis;

import dev.netlint.core.model.Tri;
import dev.netlint.core.model.Value;
import dev.netlint.core.model.aws.SgRule;
import java.util.Locale;

/**
 * Whether a security group rule lets a protocol and port through (RULES.md §1.6): "-1"/"all" is everything whatever
 * the ports say; tcp/6 and udp/17 by inclusive port range; ICMP's numbers are types and codes, never ports; any other
 * protocol covers only itself.
 */
public final class SgRuleMatcher {

    /** What a rule's protocol means for port questions. */
    private enum Kind { EVERYTHING, TCP, UDP, OTHER, UNKNOWN, NONE }

    private SgRuleMatcher() {}

    public static Tri coversPort(SgRule rule, PortSpec required) {
        Kind kind = kindOf(rule);
        if (kind == Kind.EVERYTHING || kind == Kind.UNKNOWN || kind == Kind.NONE) {
            return decided(kind);
        }
        boolean sameProtocol = switch (required.protocol()) {
            case TCP -> kind == Kind.TCP;
            case UDP -> kind == Kind.UDP;
        };
        return sameProtocol ? portsWithin(rule, required.port(), required.port()) : Tri.FALSE;
    }

    /**
     * Whether a rule lets tcp or udp through on any port of {@code [from, to]} (NET026): "-1"/"all" always, tcp/6 and
     * udp/17 when their inclusive range overlaps, nothing else (ICMP numbers are not ports).
     */
    public static Tri overlapsTcpOrUdpRange(SgRule rule, int from, int to) {
        Kind kind = kindOf(rule);
        if (kind == Kind.EVERYTHING || kind == Kind.UNKNOWN || kind == Kind.NONE) {
            return decided(kind);
        }
        return kind == Kind.TCP || kind == Kind.UDP ? portsWithin(rule, from, to) : Tri.FALSE;
    }

    private static Kind kindOf(SgRule rule) {
        Value<String> protocol = rule.protocol();
        if (!(protocol instanceof Value.Known<String> known)) {
            return protocol.isUnknown() ? Kind.UNKNOWN : Kind.NONE;
        }
        return switch (known.value().trim().toLowerCase(Locale.ROOT)) {
            case "-1", "all" -> Kind.EVERYTHING;
            case "tcp", "6" -> Kind.TCP;
            case "udp", "17" -> Kind.UDP;
            default -> Kind.OTHER;
        };
    }

    /** The answer for kinds that do not depend on ports. */
    private static Tri decided(Kind kind) {
        return switch (kind) {
            case EVERYTHING -> Tri.TRUE;
            case UNKNOWN -> Tri.UNKNOWN;
            default -> Tri.FALSE;
        };
    }

    /** Whether the rule's inclusive port range overlaps {@code [from, to]}. */
    private static Tri portsWithin(SgRule rule, int from, int to) {
        Integer low = rule.fromPort().orNull();
        Integer high = rule.toPort().orNull();
        if (low == null || high == null) {
            return rule.fromPort().isUnknown() || rule.toPort().isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        return Tri.of(low <= to && from <= high);
    }
}
