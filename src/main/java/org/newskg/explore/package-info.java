/**
 * Exploring actor relationships: takes a built store (read through SPARQL only, with every user value bound by
 * Jena's substitution, never spliced into query text) and hands on immutable views of it: ranked {@link
 * org.newskg.explore.ActorRank actors}, one actor's {@link org.newskg.explore.ActorProfile profile}, shortest {@link
 * org.newskg.explore.RelationPath relation paths} between two actors, and the whole {@link
 * org.newskg.explore.ActorGraph actor graph} written for Gephi, Graphviz or Cytoscape by {@link
 * org.newskg.explore.GraphExport}. Names are looked up forgivingly by {@link org.newskg.explore.NameLookup}.
 */
package org.newskg.explore;
