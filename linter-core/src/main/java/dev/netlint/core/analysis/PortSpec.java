package dev.netlint.core.analysis;

import java.util.Locale;

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

    @Override
    public String toString() {
        return protocol.label() + "/" + port;
    }
}
