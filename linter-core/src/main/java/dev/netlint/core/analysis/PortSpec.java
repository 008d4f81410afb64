package dev.netlint.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A protocol and port that traffic needs, e.g. tcp/443. */
public record PortSpec(Protocol protocol, int port, String purpose) {

    public enum Protocol {
        TCP, UDP;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static PortSpec tcp(int port, String purpose) {
        return new PortSpec(Protocol.TCP, port, purpose);
    }

    public static PortSpec udp(int port, String purpose) {
        return new PortSpec(Protocol.UDP, port, purpose);
    }

    /**
     * The ports in words for a rule's prose, in order, the protocols of one port joined:
     * "tcp/443, tcp/10250 and tcp+udp/53".
     */
    public static String words(List<PortSpec> ports) {
        Map<Integer, List<String>> protocols = new LinkedHashMap<>();
        for (PortSpec spec : ports) {
            protocols.computeIfAbsent(spec.port(), k -> new ArrayList<>()).add(spec.protocol().label());
        }
        List<String> each = new ArrayList<>();
        protocols.forEach((port, labels) -> each.add(String.join("+", labels) + "/" + port));
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
    }

    /** The port numbers, each once, in order: 443, 10250, 53 for tcp/443, tcp/10250, tcp/53 and udp/53. */
    public static List<Integer> distinctPorts(List<PortSpec> ports) {
        return ports.stream().map(PortSpec::port).distinct().toList();
    }

    @Override
    public String toString() {
        return protocol.label() + "/" + port;
    }
}
