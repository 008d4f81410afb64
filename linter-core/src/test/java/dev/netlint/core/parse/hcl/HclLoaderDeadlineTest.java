package dev.netlint.core.parse.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFile;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HCL4j's lexer takes time quadratic in some inputs (found by HostileInputFuzzTest: a 64 KB run of identifier
 * characters lexed for seconds, 10 MB would lex for hours). The loader gives it a deadline proportional to the size and
 * reports a parse error past it; the lexer thread is stopped, not left spinning.
 */
class HclLoaderDeadlineTest {

    private static SourceText tf(String text) {
        return new SourceText(new SourceFile(Path.of("main.tf"), "main.tf", SourceFormat.TERRAFORM), text);
    }

    @Test
    @Timeout(30)
    void aFileTheLexerCannotFinishInTimeIsAParseErrorAndItsLexerIsStopped() throws InterruptedException {
        String hostile = "resource \"aws_vpc\" \"a\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n" + "x".repeat(400_000) + "\n";
        long start = System.nanoTime();

        HclParseResult result = new HclLoader().load(tf(hostile));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.isParsed()).isFalse();
        assertThat(result.problem().message()).startsWith("HCL could not be parsed in time");
        // Located at the start of the chunk being lexed; here the small resource and the run share one chunk.
        assertThat(result.problem().location()).isEqualTo(Location.at("main.tf", 1, 1));
        // The deadline for 400 KB is 1 s + 5 ms/KB, about 3 s; unguarded, this input lexes for minutes.
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(lexerThreadsStillRunning()).as("lexer threads still running after their deadline").isZero();
    }

    @Test
    @Timeout(60)
    void aLargeLegitimateFileIsParsedWellWithinItsDeadline() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 2_000_000; i++) {
            text.append("resource \"aws_security_group_rule\" \"r").append(i).append("\" {\n")
                    .append("  type              = \"ingress\"\n")
                    .append("  from_port         = ").append(i % 65535).append('\n')
                    .append("  cidr_blocks       = [\"10.").append(i % 256).append(".0.0/16\", var.extra]\n")
                    .append("  description       = \"rule ${var.name}-").append(i).append("\"\n")
                    .append("}\n");
        }

        HclParseResult result = new HclLoader().load(tf(text.toString()));

        assertThat(result.isParsed()).as("%s", result.problem()).isTrue();
    }

    /** Waits briefly for stopped lexers to unwind, then counts lexer threads that are still busy. */
    private static long lexerThreadsStillRunning() throws InterruptedException {
        long running = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            running = Thread.getAllStackTraces().entrySet().stream()
                    .filter(e -> e.getKey().getName().equals("netlint-hcl-lexer"))
                    .filter(e -> e.getKey().getState() == Thread.State.RUNNABLE)
                    .filter(e -> java.util.Arrays.stream(e.getValue())
                            .anyMatch(frame -> frame.getClassName().endsWith("HCLLexer")))
                    .count();
            if (running == 0) {
                return 0;
            }
            Thread.sleep(100);
        }
        return running;
    }
}
