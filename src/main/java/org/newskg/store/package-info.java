/**
 * Storage: takes {@link org.newskg.pipeline.ArticleGraph}s (or RDF files) and keeps them, one named graph per
 * article, in a TDB2 store ({@link org.newskg.store.KgStore}), in a running Fuseki over the Graph Store Protocol
 * ({@link org.newskg.store.FusekiLoader}), or serves a store over HTTP ({@link org.newskg.store.Server}).
 * Hands on counts and validation reports. The only package that touches TDB2 or HTTP.
 */
package org.newskg.store;
