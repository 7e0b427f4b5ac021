package org.newskg.relate;

/** What the engine states about an article's actors. Every fact carries its evidence. */
public sealed interface Fact permits Holds, Serves, Said, Took, Interacts {
    Evidence evidence();
}
