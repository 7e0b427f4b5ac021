package org.newskg.recognize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for comparison: no diacritics, dotless i as i, lower case, apostrophes unified. */
public final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameFolding() {}

    public static String fold(String s) {
        // ASCII has no decompositions, no marks and none of the letters replaced below: only the case changes
        if (ascii(s)) return s.toLowerCase(Locale.ROOT);
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O')
                .replace('đ', 'd').replace('Đ', 'D').replace('ß', 's').replace('’', '\'').replace('‘', '\'');
        return n.toLowerCase(Locale.ROOT);
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
