package org.newskg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.ingest.Article;
import org.newskg.relate.ArticleFacts;

import java.util.List;

/** One article's extraction result: its facts and their quads, all in the graph named {@code graphName}. */
public record ArticleGraph(Article article, Node graphName, ArticleFacts facts, List<Quad> quads) {
    public ArticleGraph {
        quads = List.copyOf(quads);
        for (Quad q : quads) {
            if (!q.getGraph().equals(graphName)) throw new IllegalArgumentException("quad outside the article graph: " + q);
        }
    }
}
