package org.newskg.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

/** Builds an {@link Article} from the fields of a JSON record (id, url, title, published, source, author, text). */
final class Fields {
    private Fields() {}

    static Article fromJson(JsonNode node, String sourceName) throws IngestException {
        if (node == null || !node.isObject()) {
            throw new IngestException(sourceName, "expected a JSON object with a \"text\" field");
        }
        String text = first(node, "text", "body", "content", "articleBody");
        if (text == null || text.isBlank()) {
            throw new IngestException(sourceName, "no text: the record has no non-empty \"text\" (or body/content) field");
        }
        text = TextDecoding.normalize(text);
        String url = first(node, "url", "link");
        String published = first(node, "published", "date", "datePublished", "published_at");
        LocalDate date;
        try {
            date = PublishedDates.parse(published);
        } catch (IllegalArgumentException e) {
            throw new IngestException(sourceName, "field \"published\": " + e.getMessage());
        }
        return new Article(ArticleIds.of(first(node, "id"), url, text), sourceName, url,
                first(node, "title", "headline"), first(node, "source", "outlet", "publisher"),
                first(node, "author", "byline"), date, text);
    }

    private static String first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v == null || v.isNull()) continue;
            if (v.isObject() && v.has("name")) v = v.get("name");
            if (v.isArray() && !v.isEmpty()) v = v.get(0);
            if (v.isValueNode()) {
                String s = v.asText().strip();
                if (!s.isEmpty()) return s;
            }
        }
        return null;
    }
}
