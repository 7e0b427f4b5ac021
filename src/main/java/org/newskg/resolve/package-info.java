/**
 * Resolve: takes the recognized sentences of one article and hands on its {@link org.newskg.resolve.Entity}
 * set: one entity per real person, organization, country and place mentioned, with every name form seen.
 * Surname-only mentions, spelling variants and diacritics join the full name; pronouns and title-only mentions
 * ("the minister", "he added") are resolved to the person they most likely mean. It also decides, once, the
 * article's {@link org.newskg.resolve.Dateline}, which later stages ask instead of reading the text again.
 */
package org.newskg.resolve;
