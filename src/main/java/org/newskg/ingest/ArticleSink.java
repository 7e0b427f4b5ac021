package org.newskg.ingest;

/** Receives what a reader finds: articles, and problems that skip one input (or one JSON Lines record). */
public interface ArticleSink {
    void article(Article article);

    void problem(IngestException problem);

    /**
     * A JSON Lines record, unparsed. By default it is parsed at once, on the reader's thread; a sink with worker
     * threads may instead pass it on and call {@link JsonLine#parse()} there, keeping the records' order itself.
     */
    default void line(JsonLine line) {
        Article a;
        try {
            a = line.parse();
        } catch (IngestException e) {
            problem(e);
            return;
        }
        if (a != null) article(a);
    }
}
