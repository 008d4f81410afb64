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

    private SgRuleMatcher() {}

    public static Tri coversPort(SgRule rule, PortSpec required) {
        Value<String> protocol = rule.protocol();
        if (!(protocol instanceof Value.Known<String> known)) {
            return protocol.isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        String normalised = known.value().trim().toLowerCase(Locale.ROOT);
        if (normalised.equals("-1") || normalised.equals("all")) {
            return Tri.TRUE;
        }
        boolean sameProtocol = switch (required.protocol()) {
            case TCP -> normalised.equals("tcp") || normalised.equals("6");
            case UDP -> normalised.equals("udp") || normalised.equals("17");
        };
        if (!sameProtocol) {
            return Tri.FALSE;
        }
        Integer from = rule.fromPort().orNull();
        Integer to = rule.toPort().orNull();
        if (from == null || to == null) {
            return rule.fromPort().isUnknown() || rule.toPort().isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        return Tri.of(from <= required.port() && required.port() <= to);
    }

    /**
     * Whether a rule lets tcp or udp through on any port of {@code [from, to]} (NET026): "-1"/"all" always, tcp/6 and
     * udp/17 when their inclusive range overlaps, nothing else (ICMP numbers are not ports).
     */
    public static Tri overlapsTcpOrUdpRange(SgRule rule, int from, int to) {
        Value<String> protocol = rule.protocol();
        if (!(protocol instanceof Value.Known<String> known)) {
            return protocol.isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        String normalised = known.value().trim().toLowerCase(Locale.ROOT);
        if (normalised.equals("-1") || normalised.equals("all")) {
            return Tri.TRUE;
        }
        if (!(normalised.equals("tcp") || normalised.equals("6") || normalised.equals("udp")
                || normalised.equals("17"))) {
            return Tri.FALSE;
        }
        Integer low = rule.fromPort().orNull();
        Integer high = rule.toPort().orNull();
        if (low == null || high == null) {
            return rule.fromPort().isUnknown() || rule.toPort().isUnknown() ? Tri.UNKNOWN : Tri.FALSE;
        }
        return Tri.of(low <= to && from <= high);
    }
}
