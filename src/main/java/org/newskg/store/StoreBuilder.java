package org.newskg.store;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestSettings;
import org.newskg.ingest.Inputs;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.pipeline.Pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads inputs, extracts each article and stores the graphs in batches, one write transaction per batch.
 * A bad input or article is reported to {@code problems} and the build goes on.
 */
public final class StoreBuilder {
    public static final int DEFAULT_BATCH = 500;

    private final Pipeline pipeline;
    private final IngestSettings ingest;
    private final LocalDate defaultPublished;
    private final int batchSize;

    public StoreBuilder(Pipeline pipeline, IngestSettings ingest, LocalDate defaultPublished, int batchSize) {
        if (batchSize <= 0) throw new IllegalArgumentException("batch size must be positive: " + batchSize);
        this.pipeline = pipeline;
        this.ingest = ingest;
        this.defaultPublished = defaultPublished;
        this.batchSize = batchSize;
    }

    /** Builds {@code inputs} into {@code store}; each problem is passed to {@code problems} as it happens. */
    public BuildReport build(List<Path> inputs, KgStore store, Consumer<String> problems) {
        List<String> seen = new ArrayList<>();
        Consumer<String> report = line -> {
            seen.add(line);
            problems.accept(line);
        };
        List<Path> files = Inputs.expand(inputs, e -> report.accept(e.describe()));
        List<ArticleGraph> batch = new ArrayList<>();
        int[] stored = {0};
        ArticleReader reader = new ArticleReader(ingest);
        for (Path file : files) {
            reader.read(file, new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article a = article.withDefaultPublished(defaultPublished);
                    try {
                        batch.add(pipeline.extract(a));
                    } catch (RuntimeException e) {
                        report.accept(a.sourceName() + ": extraction failed: " + e);
                        return;
                    }
                    if (batch.size() >= batchSize) flush(batch, store, stored);
                }

                @Override
                public void problem(IngestException problem) {
                    report.accept(problem.describe());
                }
            });
        }
        flush(batch, store, stored);
        return new BuildReport(stored[0], seen, store.counts());
    }

    /** Extracts the articles of {@code inputs} without storing them. */
    public List<ArticleGraph> extract(List<Path> inputs, Consumer<String> problems) {
        List<ArticleGraph> out = new ArrayList<>();
        List<Path> files = Inputs.expand(inputs, e -> problems.accept(e.describe()));
        ArticleReader reader = new ArticleReader(ingest);
        for (Path file : files) {
            reader.read(file, new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article a = article.withDefaultPublished(defaultPublished);
                    try {
                        out.add(pipeline.extract(a));
                    } catch (RuntimeException e) {
                        problems.accept(a.sourceName() + ": extraction failed: " + e);
                    }
                }

                @Override
                public void problem(IngestException problem) {
                    problems.accept(problem.describe());
                }
            });
        }
        return out;
    }

    private static void flush(List<ArticleGraph> batch, KgStore store, int[] stored) {
        if (batch.isEmpty()) return;
        store.replace(batch);
        stored[0] += batch.size();
        batch.clear();
    }
}
