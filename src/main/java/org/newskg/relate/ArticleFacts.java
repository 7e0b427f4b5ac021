package org.newskg.relate;

import org.newskg.ingest.Article;
import org.newskg.resolve.Entity;

import java.util.List;

/**
 * All that was extracted from one article: the article, the entities it mentions (with the author and the
 * outlet when known) and the facts about them.
 */
public record ArticleFacts(Article article, Entity author, Entity outlet, List<Entity> entities, List<Fact> facts) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
