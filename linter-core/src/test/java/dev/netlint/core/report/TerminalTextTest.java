package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What scanned text may not do to a terminal: move the cursor, recolour, retitle, or fake extra lines. */
class TerminalTextTest {

    @Test
    void returnsPrintableTextUnchanged() {
        String text = "Service shop/web \u00e9t\u00e9 \u2713\ttabbed";

        assertThat(TerminalText.clean(text)).isSameAs(text);
    }

    @Test
    void showsTheEscapeCharacterOfAnsiSequencesAsAnEscape() {
        assertThat(TerminalText.clean("a\u001b[31mred\u001b[0m")).isEqualTo("a\\u001b[31mred\\u001b[0m");
    }

    @Test
    void showsNewlinesAndCarriageReturnsAsEscapes() {
        assertThat(TerminalText.clean("one\ntwo\rthree\r\n")).isEqualTo("one\\u000atwo\\u000dthree\\u000d\\u000a");
    }

    @Test
    void showsBellBackspaceAndDeleteAsEscapes() {
        assertThat(TerminalText.clean("\u0007\b\u007f")).isEqualTo("\\u0007\\u0008\\u007f");
    }

    @Test
    void showsTheSingleCharacterControlSequenceIntroducerAsAnEscape() {
        assertThat(TerminalText.clean("x\u009b2Jy")).isEqualTo("x\\u009b2Jy");
    }

    @Test
    void showsUnicodeLineAndParagraphSeparatorsAsEscapes() {
        assertThat(TerminalText.clean("a\u2028b\u2029c")).isEqualTo("a\\u2028b\\u2029c");
    }
}
