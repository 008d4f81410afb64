package dev.netlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The search for local module calls tries only lines whose first word is {@code source}, and finds exactly what a
 * multi-line search of the whole file finds, in the same order, whatever the line ends and blanks.
 */
class LocalModuleCallsSearchTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "module \"a\" {\n  source = \"./a\"\n}\nmodule \"b\" {\n\tsource\t=\t\"../b/c\"\n}\n",
            "source = \"./first-line\"\nsource = \"./second-line\"",
            "module \"crlf\" {\r\n  source = \"./x\"\r\n}\r\n",
            "module \"cr\" {\r  source = \"./x\"\r  source = \"./y\"\r}",
            "  other_source = \"./no\"\n  source_security_group_id = \"sg\"\n  x = \"source\"\n  source = \"./yes\"\n",
            "  sources = \"./no\"\n  source = \"https://example.com\"\n  source = \".\"\n  source = \"..\"\n",
            "\n\n\n   \t source = \"./after-blanks\"\n\n",
            "  source = \"./a\rsource = \"./b\"\n",
            "x = 1 source = \"./mid-line\"\nsource",
            "",
    })
    void findsWhatTheMultiLineSearchFinds(String text) {
        List<String> expected = new ArrayList<>();
        Matcher all = LocalModuleCalls.HCL_SOURCE.matcher(text);
        while (all.find()) {
            expected.add(all.start() + ":" + all.group(1));
        }
        List<String> found = new ArrayList<>();
        Matcher lines = LocalModuleCalls.HCL_SOURCE.matcher(text);
        while (LocalModuleCalls.findHclSource(lines, text)) {
            found.add(lines.start() + ":" + lines.group(1));
        }
        assertThat(found).isEqualTo(expected);
        // the byte pre-check never rejects a file in which the search finds a call
        boolean mayCall = LocalModuleCalls.mayCallLocalModule(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                false);
        assertThat(mayCall || found.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "resource \"aws_security_group_rule\" \"a\" {\n  source_security_group_id = aws_security_group.b.id\n}\n",
            "module \"eks\" {\n  source = \"terraform-aws-modules/eks/aws\"\n}\n",
            "# no module here\n",
            "{\"module\": {\"vpc\": {\"source\": \"terraform-aws-modules/vpc/aws\"}}}",
    })
    void theBytePreCheckRejectsFilesWithoutALocalSource(String text) {
        assertThat(LocalModuleCalls.mayCallLocalModule(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                text.startsWith("{"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"module\": {\"nodes\": {\"source\": \"./modules/nodes\"}}}",
            "{\"module\": {\"nodes\": {\"source\" :\n \"../nodes\"}}}",
    })
    void theBytePreCheckKeepsJsonCalls(String text) {
        assertThat(LocalModuleCalls.mayCallLocalModule(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), true))
                .isTrue();
    }
}
