/**
 * Ingest: turns input files (plain text, JSON, JSON Lines, HTML) into immutable {@link org.newskg.ingest.Article}
 * records. Takes paths; hands on articles. Knows nothing of language processing or storage.
 * Every problem with an input is an {@link org.newskg.ingest.IngestException} naming the file and position.
 */
package org.newskg.ingest;
