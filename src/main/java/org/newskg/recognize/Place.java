package org.newskg.recognize;

/** A named non-country place from {@code places.tsv}; {@code country} is an ISO code or "". */
public record Place(String name, String kind, String country) {}
