package org.newskg.resolve;

/**
 * A post title as it stands in a sentence: tokens {@code [first, end)} including any owner before it
 * ("Turkish", "EU", "Poland's") and qualifiers after it ("of the European Council", "to Azerbaijan",
 * "for Foreign Affairs"). {@code text} is the title as written without the owner prefix; {@code head} its
 * normalized head; {@code owner} the country or organization the post belongs to (or null); {@code host} the
 * country an envoy is accredited to (or null); {@code nationality} the holder's country when an adjective before
 * a post one organization holds says it ("Dutch MEP": the post is the European Parliament's), or null.
 */
public record TitlePhrase(int sentence, int first, int end, String text, String head, String category,
                          boolean former, Entity owner, Entity host, Entity nationality) {
    public TitlePhrase {
        if (end <= first) throw new IllegalArgumentException("empty title phrase " + text);
    }

    /** A title phrase that says nothing of its holder's nationality. */
    public TitlePhrase(int sentence, int first, int end, String text, String head, String category,
                       boolean former, Entity owner, Entity host) {
        this(sentence, first, end, text, head, category, former, owner, host, null);
    }

    /** The same phrase with another owner ("Ethiopia's Deputy Prime Minister and Minister ...": the owner written first). */
    public TitlePhrase withOwner(Entity newOwner) {
        return new TitlePhrase(sentence, first, end, text, head, category, former, newOwner, host, nationality);
    }
}
