package org.newskg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable article identifiers: the source's own id, else a hash of the URL, else a hash of the text. */
public final class ArticleIds {
    private ArticleIds() {}

    public static String of(String sourceId, String url, String text) {
        if (sourceId != null && !sourceId.isBlank()) {
            String s = slug(sourceId);
            if (!s.isEmpty()) return s;
        }
        if (url != null && !url.isBlank()) return "u" + sha256(url.strip()).substring(0, 16);
        return "t" + sha256(text).substring(0, 16);
    }

    /** Lowercase ASCII letters, digits and single hyphens. */
    public static String slug(String s) {
        String known = SLUGS.get(s);
        if (known != null) return known;
        String slug = slugOf(s);
        // names, titles and concept values repeat across a corpus; the cache is bounded so a huge corpus of distinct
        // names does not grow it without end
        if (SLUGS.size() < 50_000) SLUGS.put(s, slug);
        return slug;
    }

    private static final java.util.Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String slugOf(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return EDGE_HYPHENS.matcher(NOT_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
