package org.newskg.relate;

import java.util.Objects;

/**
 * Why a fact is there: the character span of the sentence that states it, its text, the rule that read it
 * and a confidence in [0, 1].
 */
public record Evidence(int begin, int end, String text, String rule, double confidence) {
    public Evidence {
        Objects.requireNonNull(text);
        Objects.requireNonNull(rule);
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad evidence span " + begin + ".." + end);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
}
