package org.newskg.text;

/**
 * A quotation: offsets of the quoted text (inside the marks). {@code closed} is false for a quote left open at
 * the end of a paragraph, as news does when a quotation runs on into the next paragraph.
 */
public record Quote(int begin, int end, boolean closed) {
    public Quote {
        if (end < begin) throw new IllegalArgumentException("bad quote span " + begin + ".." + end);
    }

    public boolean contains(int offset) { return offset >= begin && offset < end; }
}
