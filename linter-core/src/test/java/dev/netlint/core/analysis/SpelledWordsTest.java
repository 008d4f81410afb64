package dev.netlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.model.IpFamily;
import dev.netlint.core.model.Spelled;
import dev.netlint.core.model.TargetType;
import dev.netlint.core.source.Location;
import org.junit.jupiter.api.Test;

/** IP families and target types are read once into enums, keeping the text as written for messages. */
class SpelledWordsTest {

    @Test
    void theExactSpellingNamesTheMeaning() {
        assertThat(IpFamily.read("ipv6").is(IpFamily.IPV6)).isTrue();
        assertThat(TargetType.read("instance").is(TargetType.INSTANCE)).isTrue();
        assertThat(TargetType.read("ip")).isEqualTo(TargetType.IP.spelled());
    }

    @Test
    void anyOtherTextMeansNeitherAndIsShownAsWritten() {
        Spelled<TargetType> typo = TargetType.read("Instance");
        assertThat(typo.meaning()).isEmpty();
        assertThat(typo.is(TargetType.INSTANCE)).isFalse();
        assertThat(typo.is(TargetType.IP)).isFalse();
        assertThat("target type " + typo).isEqualTo("target type Instance");
        assertThat(IpFamily.read("IPv6").is(IpFamily.IPV6)).isFalse();
    }

    @Test
    void aSettingOfAWordIsKnownEvenWhenItMeansNeither() {
        Setting<Spelled<TargetType>> written = Setting.written(TargetType.read("Instance"),
                Location.at("app.yaml", 3, 5), "annotation");
        assertThat(written.isKnown()).isTrue();
        assertThat(written.means(TargetType.INSTANCE)).isFalse();
        assertThat(Setting.<Spelled<TargetType>>unknown("var.x has no default").means(TargetType.INSTANCE)).isFalse();
        assertThat(Setting.byDefault(TargetType.INSTANCE.spelled(), "default").means(TargetType.INSTANCE)).isTrue();
        assertThat(Setting.byDefault(TargetType.INSTANCE.spelled(), "default").writtenAt()).isEmpty();
    }
}
