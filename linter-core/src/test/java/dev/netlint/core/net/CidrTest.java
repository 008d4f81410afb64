package dev.netlint.core.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CIDR literals as security group rules and subnets write them: IPv4 and IPv6, normalised to their network
 * block, compared only within one address family, and anything that is not a literal block refused without
 * ever resolving a name.
 */
class CidrTest {

    private static Cidr cidr(String text) {
        return Cidr.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void parsesIpv4Block() {
        Cidr block = cidr("10.0.0.0/16");

        assertThat(block.isIpv4()).isTrue();
        assertThat(block.isIpv6()).isFalse();
        assertThat(block.prefixLength()).isEqualTo(16);
        assertThat(block).hasToString("10.0.0.0/16");
    }

    @Test
    void parsesIpv6Block() {
        Cidr block = cidr("2001:0db8::/32");

        assertThat(block.isIpv6()).isTrue();
        assertThat(block.prefixLength()).isEqualTo(32);
        assertThat(block).hasToString("2001:db8::/32");
    }

    @Test
    void normalisesAHostAddressWithAPrefixToItsNetwork() {
        assertThat(cidr("10.0.3.7/8")).hasToString("10.0.0.0/8");
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(cidr(" 10.0.0.0/8 ")).hasToString("10.0.0.0/8");
    }

    @Test
    void slashZeroIsEverythingOfItsFamily() {
        assertThat(cidr("0.0.0.0/0").isEverything()).isTrue();
        assertThat(cidr("::/0").isEverything()).isTrue();
        assertThat(cidr("0.0.0.0/1").isEverything()).isFalse();
    }

    @Test
    void singleHostBlockIsNotEverything() {
        Cidr host = cidr("1.2.3.4/32");

        assertThat(host.prefixLength()).isEqualTo(32);
        assertThat(host.isEverything()).isFalse();
    }

    @Test
    void blockContainsNarrowerBlockInsideItAndItself() {
        Cidr vpc = cidr("10.0.0.0/16");

        assertThat(vpc.contains(cidr("10.0.4.0/24"))).isTrue();
        assertThat(vpc.contains(vpc)).isTrue();
    }

    @Test
    void blockDoesNotContainWiderOrDisjointBlock() {
        Cidr subnet = cidr("10.0.4.0/24");

        assertThat(subnet.contains(cidr("10.0.0.0/16"))).isFalse();
        assertThat(subnet.contains(cidr("10.0.5.0/24"))).isFalse();
    }

    @Test
    void everythingOfOneFamilyContainsNoBlockOfTheOther() {
        assertThat(cidr("::/0").contains(cidr("10.0.0.0/8"))).isFalse();
        assertThat(cidr("0.0.0.0/0").contains(cidr("2001:db8::/32"))).isFalse();
    }

    @Test
    void nestedBlocksOverlapInBothDirections() {
        Cidr wide = cidr("10.0.0.0/8");
        Cidr narrow = cidr("10.1.0.0/16");

        assertThat(wide.overlaps(narrow)).isTrue();
        assertThat(narrow.overlaps(wide)).isTrue();
    }

    @Test
    void disjointBlocksAndBlocksOfDifferentFamiliesDoNotOverlap() {
        assertThat(cidr("10.0.0.0/8").overlaps(cidr("11.0.0.0/8"))).isFalse();
        assertThat(cidr("0.0.0.0/0").overlaps(cidr("::/0"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost/8", "example.com/16", "kubernetes.default.svc/32", "*/8"})
    void refusesHostNamesWithoutResolvingThem(String text) {
        // the IPAddress string parser has no resolver; InetAddress would have sent a DNS query for these
        assertThat(Cidr.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "10.0.0.0", "10.0.0.0/", "10.0.0.0/33", "::/129", "10.0.0.0/8/8", "10.0.0.0/ 8",
            "10.0.0.0/255.0.0.0", "1.2.3.4.5/8", "300.0.0.0/8", "not-a-cidr", "var.cidr/16", "${var.cidr}"})
    void refusesGarbage(String text) {
        assertThat(Cidr.parse(text)).isEmpty();
    }

    @Test
    void refusesNull() {
        assertThat(Cidr.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1/16", "1.2.3/24", "0x0a.0.0.0/8", "010.0.0.0/8", "167772160/8"})
    void refusesShorthandHexAndOctalIpv4FormsThatAwsDoesNotAccept(String text) {
        // inet_aton would read 010.0.0.0 as 8.0.0.0 and 10.1 as 10.0.0.1: a different block than the author meant
        assertThat(Cidr.parse(text)).isEmpty();
    }
}
