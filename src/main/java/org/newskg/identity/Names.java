package org.newskg.identity;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.NameFolding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Person-name comparison across articles, in the manner of the within-article Resolver: names are folded
 * (diacritics, case), leading titles and honorifics are dropped, surnames match when equal or spelling variants
 * (Jaro-Winkler at least 0.9 with the same first letter), given names when equal, an initial of each other, or
 * spelling variants.
 */
final class Names {
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final Knowledge knowledge;

    Names(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The longest of {@code names} (ties: alphabetically first); "" when there is none. */
    static String fullest(Collection<String> names) {
        String best = "";
        for (String n : names) {
            if (n.length() > best.length() || n.length() == best.length() && n.compareTo(best) < 0) best = n;
        }
        return best;
    }

    /** The folded name words, without leading titles or honorifics ("Commodore Given Surname" gives [given, surname]). */
    List<String> tokens(String name) {
        List<String> t = new ArrayList<>(Arrays.asList(NameFolding.fold(name).replaceAll("[.,]", " ").trim().split("\\s+")));
        t.removeIf(String::isEmpty);
        while (t.size() > 1 && (knowledge.isHonorific(t.get(0)) || knowledge.title(t.get(0)) != null)) t.remove(0);
        return List.copyOf(t);
    }

    /** Two names of two or more words each that can name the same person. */
    boolean fullNamesMatch(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2) return false;
        if (a.equals(b)) return true;
        if (!similar(a.get(a.size() - 1), b.get(b.size() - 1))) return false;
        String ga = a.get(0), gb = b.get(0);
        if (ga.equals(gb)) return true;
        if ((ga.length() == 1 || gb.length() == 1) && ga.charAt(0) == gb.charAt(0)) return true;
        return JW.apply(ga, gb) >= 0.9;
    }

    /** A one-word name that can be the surname of {@code full} (or its family name, written first). */
    boolean surnameOf(String word, List<String> full) {
        if (full.size() < 2) return false;
        return similar(word, full.get(full.size() - 1)) || word.equals(full.get(0));
    }

    static boolean similar(String a, String b) {
        if (a.equals(b)) return true;
        return a.length() >= 4 && b.length() >= 4 && a.charAt(0) == b.charAt(0) && JW.apply(a, b) >= 0.9;
    }
}
