package org.newskg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in paragraphs: curly “…” and straight "…" double quotes, mixed as news sites mix them
 * (an opening “ closed by a straight "). A quote still open at the end of its paragraph ends there, marked open.
 */
final class Quotes {
    private Quotes() {}

    static List<Quote> find(String text, List<int[]> paragraphs) {
        List<Quote> out = new ArrayList<>();
        for (int[] p : paragraphs) {
            int open = -1;
            for (int i = p[0]; i < p[1]; i++) {
                char c = text.charAt(i);
                boolean opening = c == '“' || c == '«' || (c == '"' && open < 0) || (c == '”' && open < 0 && startsWord(text, i, p[1]));
                boolean closing = c == '”' || c == '»' || (c == '"' && open >= 0) || (c == '“' && open >= 0 && !startsWord(text, i, p[1]));
                if (open < 0 && opening) {
                    open = i + 1;
                } else if (open >= 0 && closing) {
                    if (i > open) out.add(new Quote(open, i, true));
                    open = -1;
                }
            }
            if (open >= 0 && p[1] > open) out.add(new Quote(open, p[1], false));
        }
        return out;
    }

    private static boolean startsWord(String text, int i, int end) {
        return i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
    }
}
