package org.newskg.explore;

/**
 * An actor with its connections: distinct interaction partners, statements attributed to it and events it takes
 * part in; {@code connections} is their sum.
 */
public record ActorRank(Actor actor, int partners, int statements, int events) {
    public int connections() { return partners + statements + events; }
}
