package dev.netlint.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.NotificationEmitter;

/**
 * Says once, on standard error, when a run nears its heap limit, with the setting that raises it, instead of letting
 * the run crawl through back-to-back garbage collections; and turns an {@link OutOfMemoryError} into one line with
 * the same advice instead of a stack trace. "Near" is the JVM's own collection-usage threshold: the old generation
 * still {@value #NEAR_FULL_PERCENT}% full right after a collection, i.e. live data, not garbage. Nothing here
 * depends on time.
 */
final class HeapWatch {

    static final int NEAR_FULL_PERCENT = 90;
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private HeapWatch() {}

    /**
     * Starts watching, on a daemon thread: the management classes cost a noticeable part of a one-file run's
     * start-up, so they load beside the run rather than before it.
     */
    static void start(PrintStream err) {
        Thread thread = new Thread(() -> install(err), "netlint-heap-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private static void install(PrintStream err) {
        try {
            boolean watching = false;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                long max = pool.getUsage() == null ? -1 : pool.getUsage().getMax();
                if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0
                        && isOldGeneration(pool.getName())) {
                    pool.setCollectionUsageThreshold(max / 100 * NEAR_FULL_PERCENT);
                    watching = true;
                }
            }
            if (watching) {
                ((NotificationEmitter) ManagementFactory.getMemoryMXBean()).addNotificationListener((n, h) -> {
                    if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(n.getType())
                            && WARNED.compareAndSet(false, true)) {
                        err.println("netlint: warning: the Java heap is " + NEAR_FULL_PERCENT + "% full of live data "
                                + "(limit " + megabytes(Runtime.getRuntime().maxMemory()) + "); this run will slow "
                                + "down and may fail. " + advice());
                    }
                }, null, null);
            }
        } catch (RuntimeException | LinkageError e) {
            // no management support in this runtime: run without the warning
        }
    }

    /** Serial "Tenured Gen", Parallel "PS Old Gen", G1 "G1 Old Gen": where live data ends up. */
    private static boolean isOldGeneration(String pool) {
        return pool.contains("Old") || pool.contains("Tenured");
    }

    /** True when {@code e} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean isOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The one line printed when the heap ran out. */
    static String outOfMemoryMessage() {
        return "netlint: out of memory: the Java heap limit (" + megabytes(Runtime.getRuntime().maxMemory())
                + ") is too small for this run. " + advice();
    }

    private static String advice() {
        long doubled = Math.max(1024, 2 * (Runtime.getRuntime().maxMemory() >> 20));
        String size = doubled % 1024 == 0 ? (doubled / 1024) + "g" : doubled + "m";
        return "Raise it: NETLINT_JAVA_OPTS=-Xmx" + size + " with scripts/netlint (the pre-commit hook and the "
                + "GitHub Action use it), or java -Xmx" + size + " -jar netlint.jar.";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }
}
