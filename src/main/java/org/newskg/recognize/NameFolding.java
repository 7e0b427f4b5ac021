package org.newskg.recognize;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names for comparison: no diacritics, dotless i as i, lower case, apostrophes unified. */
public final class NameFolding {
    private NameFolding() {}

    public static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        n = n.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's').replace('’', '\'').replace('‘', '\'');
        return n.toLowerCase(Locale.ROOT);
    }
}
