/**
 * Resolve: takes the recognized sentences of one article and hands on its {@link org.newskg.resolve.Entity}
 * set: one entity per real person, organization, country and place mentioned, with every name form seen.
 * Surname-only mentions, spelling variants and diacritics join the full name; pronouns and title-only mentions
 * ("the minister", "he added") are resolved to the person they most likely mean.
 */
package org.newskg.resolve;
