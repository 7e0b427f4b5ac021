package org.newskg.text;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SegmenterTest {
    private static TextLayer layer(String text) {
        return Segmenter.segment(new Article("t", "test", null, null, null, null, null, text));
    }

    @Test
    void givenBylineAndStory_whenSegmented_thenBylineIsItsOwnSentence() {
        TextLayer l = layer("By Jane Roe\n\nThe minister arrived. She spoke to reporters.");
        assertEquals(List.of("By Jane Roe", "The minister arrived.", "She spoke to reporters."),
                l.sentences().stream().map(Sentence::text).toList());
        assertEquals(0, l.sentences().get(0).paragraph());
        assertEquals(1, l.sentences().get(2).paragraph());
    }

    @Test
    void givenOffsets_whenSegmented_thenSentenceAndTokenTextMatchTheArticle() {
        String text = "Gen. Ana Silva met U.S. envoys in Kyiv on Sept. 3. “We agreed,” she said.";
        TextLayer l = layer(text);
        for (Sentence s : l.sentences()) {
            assertEquals(s.text(), text.substring(s.begin(), s.end()));
            for (Token t : s.tokens()) assertEquals(t.text(), text.substring(t.begin(), t.end()));
        }
        assertTrue(l.sentences().get(0).text().startsWith("Gen. Ana Silva"), l.sentences().toString());
    }

    @Test
    void givenQuoteSpanningSentences_whenSegmented_thenOneQuoteCoversBoth() {
        String text = "“Peace is possible. We must act,” he said.";
        TextLayer l = layer(text);
        assertEquals(1, l.quotes().size());
        assertEquals("Peace is possible. We must act,", text.substring(l.quotes().get(0).begin(), l.quotes().get(0).end()));
    }

    @Test
    void givenMixedStraightAndCurlyQuotes_whenSegmented_thenTheyPair() {
        String text = "\"Clashes are worrying,” Kalin tweeted.";
        TextLayer l = layer(text);
        assertEquals("Clashes are worrying,", text.substring(l.quotes().get(0).begin(), l.quotes().get(0).end()));
    }

    @Test
    void givenQuoteLeftOpenAtParagraphEnd_whenSegmented_thenItIsMarkedOpen() {
        TextLayer l = layer("She said: “We will return.\n“And we will rebuild,” she added.");
        assertFalse(l.quotes().get(0).closed());
        assertTrue(l.quotes().get(1).closed());
    }

    @Test
    void givenHeadlineLine_whenSegmented_thenOnlyItIsTheHeadline() {
        TextLayer l = layer("North Korea says it tested new missile\n\nBy Jane Roe\n\nNorth Korea said on Wednesday it tested a missile.");
        assertTrue(l.isHeadline(l.sentences().get(0)));
        assertFalse(l.isHeadline(l.sentences().get(1)));
        assertFalse(l.isHeadline(l.sentences().get(2)));
        TextLayer byline = layer("By Jane Roe and John Doe\n\nThe talks ended.");
        assertFalse(byline.isHeadline(byline.sentences().get(0)));
    }

    @Test
    void givenPageFurnitureAboveTheHeadline_whenSegmented_thenTheFirstLongLineIsTheHeadline() {
        TextLayer l = layer("PRESS OFFICE\nBULLETINS\n\nPR/2031/77\n3 May 2031\n\n"
                + "Envoy Deeply Troubled by Floods in Coastal Provinces\n\n"
                + "A second line without a stop stands below it\n\nThe envoy said on Monday that aid was on its way.");
        int headline = 4;
        assertEquals("Envoy Deeply Troubled by Floods in Coastal Provinces", l.sentences().get(headline).text());
        for (int i = 0; i < l.sentences().size(); i++) {
            assertEquals(i == headline, l.isHeadline(l.sentences().get(i)), "sentence " + i + ": " + l.sentences().get(i).text());
        }
    }

    @Test
    void givenBodyTextFirst_whenSegmented_thenALaterLineWithoutStopIsNoHeadline() {
        TextLayer l = layer("The envoy said on Monday that aid was on its way.\n\nFloods in Coastal Provinces Worsen Overnight");
        assertFalse(l.isHeadline(l.sentences().get(1)));
    }

    @Test
    void givenALayer_whenBuilt_thenItsHeadlineIndexIsDecidedOnce() {
        assertEquals(4, layer("PRESS OFFICE\nBULLETINS\n\nPR/2031/77\n3 May 2031\n\n"
                + "Envoy Deeply Troubled by Floods in Coastal Provinces\n\nThe envoy spoke.").headline());
        assertEquals(-1, layer("The envoy said on Monday that aid was on its way.\n\nFloods in Coastal Provinces Worsen Overnight").headline());
        assertEquals(-1, layer("Nine short lines\n\nof furniture\n\none\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix\n\n"
                + "A Headline Too Far Down The Page\n\nThe body.").headline(), "no headline below the eighth line");
    }

    @Test
    void givenHisExcellencyAbbreviated_whenSegmented_thenNameStaysInTheSentence() {
        TextLayer l = layer("The minister received the Ambassador of Peru, H.E. Ana Torres, at the ministry. Talks followed.");
        assertEquals(2, l.sentences().size(), l.sentences().toString());
        assertTrue(l.sentences().get(0).text().endsWith("at the ministry."), l.sentences().toString());
    }

    @Test
    void givenPlatformXAtSentenceEnd_whenSegmented_thenNextSentenceStartsAfterIt() {
        TextLayer l = layer("The border will stay closed, the minister wrote on X. About 400 lorries are stuck.");
        assertEquals(2, l.sentences().size(), l.sentences().toString());
        // an initial still joins its name
        assertEquals(1, layer("The report was written by J. Smith in May.").sentences().size());
    }
}
