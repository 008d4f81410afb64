package dev.netlint.core.parse.terraform;

import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code cidrsubnet()} as Terraform computes it, for IPv4 and IPv6. Addresses are parsed by hand: never through
 * {@code InetAddress}, which may resolve host names over the network.
 */
final class CidrMath {

    private CidrMath() {
    }

    /** {@code cidrsubnet(prefix, newbits, netnum)}, or empty when the arguments are invalid. */
    static Optional<String> cidrsubnet(String prefix, int newBits, BigInteger netNum) {
        int slash = prefix.indexOf('/');
        if (slash < 0 || newBits < 0 || netNum.signum() < 0) {
            return Optional.empty();
        }
        String address = prefix.substring(0, slash);
        int prefixLength;
        try {
            prefixLength = Integer.parseInt(prefix.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        boolean v6 = address.indexOf(':') >= 0;
        int width = v6 ? 128 : 32;
        Optional<BigInteger> parsed = v6 ? parseIpv6(address) : parseIpv4(address);
        int newLength = prefixLength + newBits;
        if (parsed.isEmpty() || prefixLength < 0 || prefixLength > width || newLength > width
                || netNum.bitLength() > newBits) {
            return Optional.empty();
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(width - prefixLength).subtract(BigInteger.ONE);
        BigInteger network = parsed.get().andNot(hostMask);
        BigInteger subnet = network.or(netNum.shiftLeft(width - newLength));
        return Optional.of((v6 ? formatIpv6(subnet) : formatIpv4(subnet)) + "/" + newLength);
    }

    static Optional<BigInteger> parseIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return Optional.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return Optional.empty();
            }
            value = value * 256 + octet;
        }
        return Optional.of(BigInteger.valueOf(value));
    }

    static Optional<BigInteger> parseIpv6(String text) {
        int doubleColon = text.indexOf("::");
        if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
            return Optional.empty();
        }
        String[] head = doubleColon >= 0 ? split(text.substring(0, doubleColon)) : split(text);
        String[] tail = doubleColon >= 0 ? split(text.substring(doubleColon + 2)) : new String[0];
        int groups = head.length + tail.length;
        if (groups > 8 || (doubleColon < 0 && groups != 8) || (doubleColon >= 0 && groups > 7)) {
            return Optional.empty();
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < 8; i++) {
            String group;
            if (i < head.length) {
                group = head[i];
            } else if (i >= 8 - tail.length) {
                group = tail[i - (8 - tail.length)];
            } else {
                group = "0";
            }
            if (group.isEmpty() || group.length() > 4) {
                return Optional.empty();
            }
            try {
                value = value.shiftLeft(16).or(BigInteger.valueOf(Integer.parseInt(group, 16)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(value);
    }

    private static String[] split(String groups) {
        return groups.isEmpty() ? new String[0] : groups.split(":", -1);
    }

    private static String formatIpv4(BigInteger value) {
        long v = value.longValue();
        return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
    }

    /** RFC 5952 text: lower-case hex, the longest run of two or more zero groups shortened to {@code ::}. */
    private static String formatIpv6(BigInteger value) {
        int[] groups = new int[8];
        for (int i = 7; i >= 0; i--) {
            groups[i] = value.intValue() & 0xFFFF;
            value = value.shiftRight(16);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
                out.append(':');
            }
            out.append(Integer.toHexString(groups[i]));
        }
        return out.toString();
    }
}
