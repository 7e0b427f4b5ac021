package org.newskg.explore;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names reduced for comparison: no diacritics, lower case, letters and digits separated by single spaces. */
final class NameFolding {
    private NameFolding() {}

    static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('ß', 's').toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static List<String> tokens(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
