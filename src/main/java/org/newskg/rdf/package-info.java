/**
 * RDF: takes {@link org.newskg.relate.ArticleFacts} and emits quads under the newskg ontology into a
 * {@link org.apache.jena.riot.system.StreamRDF}, one named graph per article. Knows nothing of storage.
 * Ontology terms are constants: {@link org.newskg.rdf.NKG} for {@code ontology/newskg.ttl}, and one class per
 * reused vocabulary (W3C ORG, SEM, schema.org, PROV-O, NIF).
 */
package org.newskg.rdf;
