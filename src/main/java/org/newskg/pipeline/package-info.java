/**
 * The extraction facade: runs the stages in order (text, recognize, resolve, relate, rdf) on one
 * {@link org.newskg.ingest.Article} and hands on its {@link org.newskg.pipeline.ArticleGraph}. Thread-safe;
 * callers may extract many articles in parallel. Knows nothing of storage.
 */
package org.newskg.pipeline;
