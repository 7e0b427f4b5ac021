/**
 * Text layer: takes an {@link org.newskg.ingest.Article} and hands on a {@link org.newskg.text.TextLayer} of
 * paragraphs, sentences, tokens and quotations, each with character offsets into the article text. Lines are
 * hard boundaries (bylines, datelines and page clutter never run into the story); quotations may span
 * sentences and paragraphs.
 */
package org.newskg.text;
