/**
 * Named queries: takes a query name (a bundled {@code newskg/queries/NAME.rq}) or a {@code .rq} file, a target
 * (the local TDB2 store or a remote SPARQL endpoint) and optionally one article, and hands on the results as a
 * table, SPARQL CSV/TSV or SPARQL JSON. Restricting to an article binds {@code ?g} by substitution, never by
 * editing query text.
 */
package org.newskg.query;
