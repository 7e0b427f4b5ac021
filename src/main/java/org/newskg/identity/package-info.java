/**
 * Identity across articles: takes every person, organization and country the article graphs of a store describe
 * (names, countries, posts, dates) plus the users' corrections, decides which per-article IRIs are one actor, and
 * hands on one named graph ({@link org.newskg.rdf.NKG#IDENTITY_GRAPH}) with each non-canonical IRI's
 * {@code nkg:canonical}, each actor's names and article count, and a record of every merge decision. The article
 * graphs are never changed; the result depends only on the set of entities, not on the order articles came in.
 */
package org.newskg.identity;
