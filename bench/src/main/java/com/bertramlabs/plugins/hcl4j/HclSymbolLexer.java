package com.bertramlabs.plugins.hcl4j;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * BENCHMARK ONLY (the legacy loader of {@code dev.netlint.bench.legacyhcl}): the one door from netlint into HCL4j's
 * lexer, as it was before netlint's own parser replaced HCL4j (issue 13).
 *
 * <p>It lives in HCL4j's package because {@code HCLLexer} is package-private (the JFlex spec has no {@code %public});
 * only its {@code elementStack} field is public. netlint uses the lexer alone: its symbols carry positions, while
 * {@code HCLParser} drops them, evaluates expressions and performs HTTP requests for {@code data "http"} blocks.
 * Nothing else of HCL4j is reachable from here, and only {@code dev.netlint.bench.legacyhcl.LegacyHclLoader} calls this.
 *
 * <p>The lexer's rules scan ahead to the end of their input ({@code [^]*}) and fall back one character at a time, so
 * some inputs take time quadratic in their length (a long run of identifier characters, a long run of {@code ${});
 * a 10 MB file of them would lex for hours. {@link #lex(char[], long)} therefore lexes on a worker thread with a
 * deadline; a lexer past it is stopped and the caller gets {@link TooSlow}. JFlex lexers are plain loops that never
 * look at interrupts or read their input again, so stopping the thread is the only way to end one.
 */
public final class HclSymbolLexer {

    /** The lexer did not finish before its deadline. */
    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow(long millis) {
            super("not lexed within " + millis + " ms");
        }
    }

    private static final ExecutorService LEXERS = Executors.newCachedThreadPool(runnable -> {
        // The lexer recurses per nesting level; the same stack as the engine's parse threads keeps limits equal.
        Thread thread = new Thread(null, runnable, "netlint-hcl-lexer", 16L * 1024 * 1024);
        thread.setDaemon(true);
        return thread;
    });

    static {
        // Initialise the lexer's tables here, never on a thread that a deadline might stop mid-initialisation.
        try {
            new HCLLexer(new StringReader("a = 1\n")).yylex();
        } catch (HCLParserException | IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private HclSymbolLexer() {
    }

    /** Lexes a whole file; one {@code yylex()} call builds the complete top-level symbol tree. */
    public static List<Symbol> lex(Reader source) throws HCLParserException, IOException {
        HCLLexer lexer = new HCLLexer(source);
        lexer.yylex();
        return lexer.elementStack;
    }

    /**
     * Lexes {@code text} like {@link #lex(Reader)}, but gives up at {@code deadlineNanos} ({@link System#nanoTime()}
     * time) with {@link TooSlow}. Errors of the lexer (a {@link StackOverflowError} included) reach the caller as
     * they were thrown.
     */
    public static List<Symbol> lex(char[] text, long deadlineNanos) throws HCLParserException, IOException {
        AtomicReference<Thread> runner = new AtomicReference<>();
        Future<List<Symbol>> lexing = LEXERS.submit(() -> {
            runner.set(Thread.currentThread());
            try {
                return lex(new CharArrayReader(text));
            } finally {
                synchronized (runner) {
                    runner.set(null); // finished: from here on, this pool thread must not be stopped
                }
            }
        });
        long waitNanos = deadlineNanos - System.nanoTime();
        try {
            return lexing.get(Math.max(0, waitNanos), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            lexing.cancel(true);
            stop(runner);
            throw new TooSlow(TimeUnit.NANOSECONDS.toMillis(Math.max(0, waitNanos)));
        } catch (InterruptedException e) {
            lexing.cancel(true);
            stop(runner);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while lexing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HCLParserException parser) {
                throw parser;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @SuppressWarnings("deprecation") // Thread.stop: the only way to end a loop that checks nothing
    private static void stop(AtomicReference<Thread> runner) {
        synchronized (runner) {
            Thread thread = runner.get();
            if (thread == null) {
                return;
            }
            try {
                thread.stop();
            } catch (UnsupportedOperationException e) {
                // Java 20+: the daemon thread runs on to the end of its (finite, if slow) work; nobody waits for it.
            }
        }
    }
}
