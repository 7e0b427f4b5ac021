package org.newskg.resolve;

import java.util.List;

/**
 * What resolution hands on for one article: its entities (people first, in order of appearance), the actor
 * and place spans of each sentence, the titles attached to people, the author and outlet when known, and the
 * dateline (or null).
 */
public record Resolution(List<Entity> entities, List<List<ActorSpan>> actors, List<PersonTitle> titles,
                         Entity author, Entity outlet, int bylineSentence, Dateline dateline) {
    public Resolution {
        entities = List.copyOf(entities);
        actors = actors.stream().map(List::copyOf).toList();
        titles = List.copyOf(titles);
    }

    public List<ActorSpan> actors(int sentence) { return actors.get(sentence); }

    /** Whether a span is (part of) the article's dateline. */
    public boolean inDateline(ActorSpan a) { return dateline != null && dateline.covers(a); }
}
