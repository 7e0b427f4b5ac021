package org.newskg.query;

/** How query results are written. CSV and TSV are the SPARQL 1.1 result formats; JSON is SPARQL JSON results. */
public enum ResultFormat { TABLE, CSV, TSV, JSON }
