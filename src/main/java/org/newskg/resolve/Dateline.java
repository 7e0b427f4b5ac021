package org.newskg.resolve;

/**
 * Where an article says it was filed from: tokens {@code [first, end)} of one of its first sentences ("ABUJA",
 * "NAIROBI, Kenya", "Paris"), and the country that place lies in (null when unknown). Decided once per article by
 * the resolver; every later stage asks it instead of guessing from the text again.
 */
public record Dateline(int sentence, int first, int end, Entity country) {
    public Dateline {
        if (end <= first) throw new IllegalArgumentException("empty dateline");
    }

    /** Whether a span lies inside the dateline. */
    public boolean covers(ActorSpan a) {
        return a.sentence() == sentence && a.first() >= first && a.end() <= end;
    }
}
