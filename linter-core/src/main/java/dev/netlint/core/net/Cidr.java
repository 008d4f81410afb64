package dev.netlint.core.net;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/**
 * An IPv4 or IPv6 CIDR block parsed from a literal. Parsing goes through the IPAddress library's string parser,
 * which never resolves host names (unlike {@code InetAddress.getByName}), so scanned content cannot make netlint
 * send a DNS query.
 */
public final class Cidr {

    private static final IPAddressStringParameters LITERALS_ONLY = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowMask(false)
            .getIPv4AddressParametersBuilder().allow_inet_aton(false).allowLeadingZeros(false).getParentBuilder()
            .toParams();

    private final IPAddress block;

    private Cidr(IPAddress block) {
        this.block = block;
    }

    /** The block a CIDR literal names ("10.0.0.0/16", "::/0"), or empty when it is not one. */
    public static Optional<Cidr> parse(String text) {
        if (text == null || text.indexOf('/') < 0) {
            return Optional.empty();
        }
        try {
            IPAddress address = new IPAddressString(text.trim(), LITERALS_ONLY).toAddress();
            if (address == null || !address.isPrefixed()) {
                return Optional.empty();
            }
            return Optional.of(new Cidr(address.toPrefixBlock()));
        } catch (AddressStringException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public boolean isIpv4() {
        return block.isIPv4();
    }

    public boolean isIpv6() {
        return block.isIPv6();
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    /** True for 0.0.0.0/0 and ::/0: every address of the family. */
    public boolean isEverything() {
        return prefixLength() == 0;
    }

    /** True when every address of {@code other} is in this block (and both are of the same family). */
    public boolean contains(Cidr other) {
        return block.getIPVersion() == other.block.getIPVersion() && block.contains(other.block);
    }

    public boolean overlaps(Cidr other) {
        return block.getIPVersion() == other.block.getIPVersion()
                && (block.contains(other.block) || other.block.contains(block));
    }

    private static final java.util.List<Cidr> PRIVATE_IPV4 = java.util.stream.Stream
            .of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
            .map(c -> parse(c).orElseThrow()).toList();

    /** True when the block lies inside one of the RFC 1918 private ranges (10/8, 172.16/12, 192.168/16). */
    public boolean isPrivateIpv4() {
        return PRIVATE_IPV4.stream().anyMatch(range -> range.contains(this));
    }

    /** The number of addresses in the block (2^(bits - prefix)). */
    public java.math.BigInteger addressCount() {
        return block.getCount();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cidr c && block.equals(c.block);
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }

    @Override
    public String toString() {
        return block.toCanonicalString();
    }
}
