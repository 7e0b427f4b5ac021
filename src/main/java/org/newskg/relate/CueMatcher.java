package org.newskg.relate;

import org.newskg.recognize.Knowledge;
import org.newskg.recognize.NameFolding;
import org.newskg.text.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds cue phrases in a sentence's tokens. Between the words of a cue it lets pass a few filler words
 * (possessives, articles, intensifiers: "expressed <i>his full</i> support to"), so the lexicons list each
 * phrase once.
 */
final class CueMatcher {
    static final Set<String> FILLERS = Set.of("his", "her", "its", "their", "the", "a", "an", "full", "strong",
            "firm", "unwavering", "continued", "also", "deep", "deepest", "sincere", "heartfelt", "once", "again",
            "always", "our", "my", "all", "serious", "grave", "strongly", "further", "fully", "country's", "firmly", "closely");
    private static final int MAX_FILLERS = 2;
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "‘", "’");
    /** Per cue list (the few lists Knowledge holds, by identity): its cues by first word, in list order. */
    private static final Map<List<Knowledge.Cue>, Map<String, List<Knowledge.Cue>>> BY_FIRST_WORD =
            Collections.synchronizedMap(new IdentityHashMap<>());

    /** A cue found at tokens {@code [first, end)}. */
    record Hit(Knowledge.Cue cue, int first, int end) {}

    private CueMatcher() {}

    static List<String> folded(Sentence s) {
        List<String> out = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) out.add(NameFolding.fold(s.token(i).text()));
        return out;
    }

    /** Every cue occurrence, longest first at each start; overlapping hits of different cues are all kept. */
    static List<Hit> find(List<String> words, List<Knowledge.Cue> cues) {
        List<Hit> hits = new ArrayList<>();
        Map<String, List<Knowledge.Cue>> index = byFirstWord(cues);
        for (int i = 0; i < words.size(); i++) {
            for (Knowledge.Cue c : index.getOrDefault(words.get(i), List.of())) {
                int end = match(words, i, c.words());
                if (end > 0) hits.add(new Hit(c, i, end));
            }
        }
        hits.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(b.end() - b.first(), a.end() - a.first()));
        return hits;
    }

    /** The same cues a scan of the whole list would try at a word, in the same order, found by the word. */
    private static Map<String, List<Knowledge.Cue>> byFirstWord(List<Knowledge.Cue> cues) {
        Map<String, List<Knowledge.Cue>> index = BY_FIRST_WORD.get(cues);
        if (index != null) return index;
        Map<String, List<Knowledge.Cue>> built = new HashMap<>();
        for (Knowledge.Cue c : cues) {
            if (!c.words().isEmpty()) built.computeIfAbsent(c.words().get(0), w -> new ArrayList<>()).add(c);
        }
        synchronized (BY_FIRST_WORD) {
            if (BY_FIRST_WORD.size() > 64) BY_FIRST_WORD.clear(); // only ever a handful of lists; never grow unbounded
            BY_FIRST_WORD.put(cues, built);
        }
        return built;
    }

    private static int match(List<String> words, int start, List<String> cue) {
        int i = start + 1;
        for (int j = 1; j < cue.size(); j++) {
            int fillers = 0;
            while (i < words.size() && !words.get(i).equals(cue.get(j))
                    && (FILLERS.contains(words.get(i)) && fillers < MAX_FILLERS || QUOTE_MARKS.contains(words.get(i)))) {
                // a quotation mark inside the phrase is free: conveyed its "serious concern" to
                if (!QUOTE_MARKS.contains(words.get(i))) fillers++;
                i++;
            }
            if (i >= words.size() || !words.get(i).equals(cue.get(j))) return -1;
            i++;
        }
        return i;
    }
}
