/**
 * Relate: takes recognized sentences and resolved entities and hands on {@link org.newskg.relate.ArticleFacts}:
 * the sealed family of {@link org.newskg.relate.Fact}s (posts held, countries served, statements, events,
 * interactions), each with its {@link org.newskg.relate.Evidence}: the sentence, its offsets, the rule that
 * produced the fact and a confidence.
 */
package org.newskg.relate;
