package org.newskg.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.store.BuildProgress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A progress bar on stderr for long builds: input megabytes read (with the ETA), articles stored and skipped, and
 * articles per second. Only when stderr is a terminal and the user did not ask for {@code -q}.
 */
final class ConsoleProgress implements BuildProgress {
    private final PrintStream err;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile ProgressBar bar;
    private long startNanos;

    private ConsoleProgress(PrintStream err) {
        this.err = err;
    }

    /** A progress bar, or nothing when quiet or when stderr is not a terminal. */
    static BuildProgress forTerminal(boolean quiet) {
        return quiet || System.console() == null ? BuildProgress.NONE : new ConsoleProgress(System.err);
    }

    @Override
    public void start(long totalBytes) {
        startNanos = System.nanoTime();
        bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(Math.max(1, totalBytes))
                .setUnit(" MB", 1L << 20).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }

    @Override
    public void stored(long bytesRead) {
        update(stored.incrementAndGet(), bytesRead);
    }

    @Override
    public void skipped(long bytesRead) {
        skipped.incrementAndGet();
        update(stored.get(), bytesRead);
    }

    private void update(long n, long bytesRead) {
        ProgressBar b = bar;
        if (b == null) return;
        b.stepTo(bytesRead);
        if ((n + skipped.get()) % 50 == 0) {
            double secs = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
            b.setExtraMessage(String.format(Locale.ROOT, "%d stored, %d skipped, %.0f articles/s", n, skipped.get(), n / secs));
        }
    }

    @Override
    public void finish() {
        ProgressBar b = bar;
        if (b != null) {
            b.stepTo(b.getMax());
            b.close();
        }
    }
}
