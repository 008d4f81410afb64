package dev.netlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --explain} on a terminal: a rule page's Markdown as readable text. */
class TerminalMarkdownTest {

    private static final String PAGE = """
            # NET001 `service-nodeport-exposure`

            **Severity:** warning

            A NodePort Service opens a static port on every worker node.

            ## What it checks

            - Services that have type 'NodePort' should not be exposed through node ports, because a NodePort listens on every node (warning).

            ## Bad

            ```yaml
            spec:
              type: NodePort
            ```

            ## Reference

            See [the guide](https://kubernetes.io/docs/concepts/services-networking/service/).
            """;

    @Test
    void withoutColourHeadingsAreCapitalisedAndMarkupIsGone() {
        String text = new TerminalMarkdown(60, false).render(PAGE);
        assertThat(text).isEqualTo("""
                NET001 service-nodeport-exposure
                ================================

                Severity: warning

                A NodePort Service opens a static port on every worker node.

                WHAT IT CHECKS

                  - Services that have type 'NodePort' should not be exposed
                    through node ports, because a NodePort listens on every
                    node (warning).

                BAD

                    spec:
                      type: NodePort

                REFERENCE

                See the guide
                (https://kubernetes.io/docs/concepts/services-networking/service/).
                """);
    }

    @Test
    void withColourHeadingsAndBoldUseAnsiAndCodeKeepsItsIndentation() {
        String text = new TerminalMarkdown(100, true).render(PAGE);
        assertThat(text).startsWith("\u001b[1m\u001b[4mNET001 service-nodeport-exposure\u001b[0m\n")
                .contains("\u001b[1mSeverity:\u001b[0m warning")
                .contains("\n    spec:\n      type: NodePort\n")
                .doesNotContain("```", "**", "`");
    }
}
