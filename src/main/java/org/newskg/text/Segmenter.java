package org.newskg.text;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.newskg.ingest.Article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the {@link TextLayer}: lines are paragraphs; inside a paragraph the OpenNLP sentence model
 * (UD English EWT, from Maven Central) finds sentence ends, and a short list of abbreviations that the model
 * splits after ("Gen.", "Lt.") is joined back. Thread-safe: each thread gets its own detector.
 */
public final class Segmenter {
    /** The model file inside {@code org.apache.opennlp:opennlp-models-sentdetect-en}. */
    static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));
    private static final Set<String> NO_SPLIT_AFTER = Set.of("mr.", "mrs.", "ms.", "dr.", "gen.", "lt.", "col.", "maj.",
            "capt.", "sgt.", "adm.", "gov.", "sen.", "rep.", "prof.", "st.", "no.", "vs.", "amb.", "jr.", "sr.",
            "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "u.s.", "u.n.", "u.k.", "e.u.",
            "h.e.", "hon.", "messrs.");

    private static SentenceModel load() {
        try (InputStream in = Segmenter.class.getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException("sentence model " + MODEL + " is not on the classpath");
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + MODEL, e);
        }
    }

    private Segmenter() {}

    public static TextLayer segment(Article article) {
        String text = article.text();
        List<int[]> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int b = lineStart, e = lineEnd;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b) {
                int p = paragraphs.size();
                paragraphs.add(new int[] {b, e});
                for (int[] span : sentencesIn(text, b, e)) {
                    List<Token> tokens = Tokenizer.tokenize(text, span[0], span[1]);
                    if (!tokens.isEmpty()) {
                        sentences.add(new Sentence(sentences.size(), p, span[0], span[1],
                                text.substring(span[0], span[1]), tokens));
                    }
                }
            }
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return new TextLayer(article, sentences, Quotes.find(text, paragraphs), paragraphs);
    }

    private static List<int[]> sentencesIn(String text, int from, int to) {
        String para = text.substring(from, to);
        Span[] spans = DETECTOR.get().sentPosDetect(para);
        List<int[]> out = new ArrayList<>();
        for (Span s : spans) {
            int b = from + s.getStart(), e = from + s.getEnd();
            if (!out.isEmpty() && joinsPrevious(text, out.get(out.size() - 1), b)) {
                out.get(out.size() - 1)[1] = e;
            } else {
                out.add(new int[] {b, e});
            }
        }
        if (out.isEmpty()) out.add(new int[] {from, to});
        // the model may leave trailing text uncovered; attach it to the last sentence
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], to);
        return out;
    }

    /** The word that ends before offset {@code w} (after its whitespace), in lower case; "" at {@code from}. */
    private static String wordBefore(String text, int from, int w) {
        int e = w;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) e--;
        int b = e;
        while (b > from && !Character.isWhitespace(text.charAt(b - 1))) b--;
        return text.substring(b, e).toLowerCase();
    }

    private static boolean joinsPrevious(String text, int[] previous, int nextBegin) {
        int e = previous[1];
        int w = e;
        while (w > previous[0] && !Character.isWhitespace(text.charAt(w - 1))) w--;
        String lastWord = text.substring(w, e).toLowerCase();
        if (NO_SPLIT_AFTER.contains(lastWord)) return true;
        // "wrote on X. About 400...": the platform X ends the sentence, it is not an initial
        if (lastWord.equals("x.") && Set.of("on", "via").contains(wordBefore(text, previous[0], w))) return false;
        // a single initial ("J.") before a capitalized word is part of a name
        return lastWord.length() == 2 && Character.isLetter(lastWord.charAt(0)) && lastWord.charAt(1) == '.'
                && nextBegin < text.length() && Character.isUpperCase(text.charAt(nextBegin));
    }
}
