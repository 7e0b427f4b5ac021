/**
 * Recognize: takes a {@link org.newskg.text.TextLayer} and hands on, per sentence, the non-overlapping
 * {@link org.newskg.recognize.Mention}s of countries (by name, alias, adjective or capital), organizations,
 * places, titles, dates and candidate names. What it knows comes from the versioned data files under
 * {@code newskg/gazetteer} and {@code newskg/lexicon}; no person's name is among them.
 */
package org.newskg.recognize;
