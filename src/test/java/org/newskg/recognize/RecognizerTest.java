package org.newskg.recognize;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.text.Segmenter;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RecognizerTest {
    private static List<String> mentions(String text) {
        var layer = Segmenter.segment(new Article("t", "t", null, null, null, null, null, text));
        return new Recognizer(Knowledge.standard()).recognize(layer).stream()
                .flatMap(rs -> rs.mentions().stream())
                .map(m -> m.kind() + ":" + m.text() + "=" + m.key()).toList();
    }

    @Test
    void givenCountryNameAliasAndAdjective_whenRecognized_thenAllResolveToTheIsoCode() {
        List<String> m = mentions("Turkish officials said Türkiye and Turkey agree.");
        assertTrue(m.contains("COUNTRY:Turkish=TR"), m.toString());
        assertTrue(m.contains("COUNTRY:Türkiye=TR"), m.toString());
        assertTrue(m.contains("COUNTRY:Turkey=TR"), m.toString());
    }

    @Test
    void givenHyphenatedCountryPair_whenRecognized_thenBothCountriesAreFound() {
        List<String> m = mentions("the Armenia-Azerbaijan border");
        assertTrue(m.contains("COUNTRY:Armenia=AM") && m.contains("COUNTRY:Azerbaijan=AZ"), m.toString());
    }

    @Test
    void givenAcronym_whenRecognized_thenOrganizationIsFoundCaseSensitively() {
        List<String> m = mentions("The EU sent an envoy; us and them.");
        assertTrue(m.stream().anyMatch(s -> s.startsWith("ORGANIZATION:EU=")), m.toString());
        assertTrue(m.stream().noneMatch(s -> s.startsWith("COUNTRY:us")), m.toString());
    }

    @Test
    void givenMixedCaseAcronym_whenTheSameLettersOpenASentence_thenNoOrganization() {
        List<String> m = mentions("Let the minister come to the town. LeT claimed the attack.");
        assertTrue(m.stream().noneMatch(s -> s.startsWith("ORGANIZATION:Let=")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("ORGANIZATION:LeT=")), m.toString());
    }

    @Test
    void givenAdjectiveBeforeArmedForces_whenRecognized_thenOneOrganization() {
        List<String> m = mentions("Units of the Armenian armed forces carried out attacks.");
        assertTrue(m.stream().anyMatch(s -> s.startsWith("ORGANIZATION:Armenian armed forces")), m.toString());
    }

    @Test
    void givenArmyFollowedByNoun_whenRecognized_thenNoOrganization() {
        List<String> m = mentions("the positions of the Moldovan army units");
        assertTrue(m.stream().noneMatch(s -> s.startsWith("ORGANIZATION")), m.toString());
    }

    @Test
    void givenCapitalizedMinistry_whenRecognized_thenPatternOrganizationWithCountry() {
        List<String> m = mentions("The Ministry of Foreign Affairs of Kenya said so.");
        assertTrue(m.stream().anyMatch(s -> s.startsWith("ORGANIZATION:Ministry of Foreign Affairs of Kenya=pattern/ke/")), m.toString());
    }

    @Test
    void givenTitleAndName_whenRecognized_thenTitleAndCandidateName() {
        List<String> m = mentions("Foreign Minister Daniela Ortiz spoke.");
        assertTrue(m.contains("TITLE:Foreign Minister=foreign minister"), m.toString());
        assertTrue(m.contains("NAME:Daniela Ortiz=Daniela Ortiz"), m.toString());
    }

    @Test
    void givenPortfolioAfterTitle_whenRecognized_thenPortfolioWordsAreNoName() {
        List<String> m = mentions("High Representative for Foreign Affairs and Security Policy Ana Roe said.");
        assertTrue(m.contains("NAME:Ana Roe=Ana Roe"), m.toString());
    }

    @Test
    void givenCapitalAndPlace_whenRecognized_thenPlacesWithCountry() {
        List<String> m = mentions("She traveled to Baku and Kalbajar.");
        assertTrue(m.stream().anyMatch(s -> s.startsWith("PLACE:Baku=az/")), m.toString());
        assertTrue(m.stream().anyMatch(s -> s.startsWith("PLACE:Kalbajar=")), m.toString());
    }

    @Test
    void givenAcronymDefinedInBrackets_whenUsedLater_thenItMeansThatOrganization() {
        List<String> m = mentions("The Armed Forces of the Philippines (AFP) said it watched. Later the AFP said more.");
        assertTrue(m.stream().filter(x -> x.startsWith("ORGANIZATION:AFP=")).allMatch(x -> x.endsWith("=pattern/ph/armed-forces")), m.toString());
    }

    @Test
    void givenTheLetterXAfterOn_whenRecognized_thenThePlatform() {
        List<String> m = mentions("Her ministry said on X that Model X cars are fine.");
        assertEquals(1, m.stream().filter(x -> x.equals("ORGANIZATION:X=x")).count(), m.toString());
    }

    @Test
    void givenMediaHeadAfterPlace_whenRecognized_thenOutletName() {
        List<String> m = mentions("Prabin Roe reports for the Kathmandu Dispatch.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("ORGANIZATION:Kathmandu Dispatch=")), m.toString());
    }

    @Test
    void givenHyphenatedKoreanName_whenRecognized_thenOneName() {
        List<String> m = mentions("Vice Minister Lee Ji-won spoke.");
        assertTrue(m.contains("NAME:Lee Ji-won=Lee Ji-won"), m.toString());
    }

    @Test
    void givenTitleCaseHeadlineOfCommonWords_whenRecognized_thenNoName() {
        List<String> m = mentions("Minister Deeply Concerned by Floods in Chile, Calls for Calm\n\nThe minister is deeply concerned by the floods.");
        assertFalse(m.stream().anyMatch(x -> x.contains("Deeply Concerned")), m.toString());
        List<String> body = mentions("Deeply Concerned spoke to reporters in Chile on Monday.\n\nThe minister is deeply concerned by the floods.");
        assertTrue(body.stream().anyMatch(x -> x.startsWith("NAME:Deeply Concerned")), body.toString());
    }

    @Test
    void givenTitleCaseHeadlineWithARealName_whenRecognized_thenTheNameStays() {
        List<String> m = mentions("President Ana Roe Visits Chile After Deadly Floods\n\nAna Roe arrived on Monday after deadly floods.");
        assertTrue(m.stream().anyMatch(x -> x.startsWith("NAME:Ana Roe")), m.toString());
    }

    private static boolean org(List<String> m, String text) {
        return m.stream().anyMatch(x -> x.startsWith("ORGANIZATION:" + text + "="));
    }

    @Test
    void givenNameWhoseInitialsSpellTheBracketedAcronym_whenRecognized_thenOneOrganization() {
        List<String> m = mentions("Delegates of the Movimiento Popular Andino (MPA) and the South Sudan Youth Forum (SSYF) met.");
        assertTrue(org(m, "Movimiento Popular Andino"), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.startsWith("ORGANIZATION:South Sudan Youth Forum=pattern/ss/")), m.toString());
        // initials that do not spell it make no body: a person and a party
        List<String> p = mentions("The motion was tabled by Juan Soto (PAN) on Monday.");
        assertFalse(p.stream().anyMatch(x -> x.startsWith("ORGANIZATION:Juan Soto")), p.toString());
    }

    @Test
    void givenSpanishHeadOrRadio_whenRecognized_thenTheWholeNameIsOneOrganization() {
        List<String> m = mentions("Students of the Universidad Central de Quito told Radio Sol Andino that the Consejo Nacional Electoral erred.");
        assertTrue(org(m, "Universidad Central de Quito"), m.toString());
        assertTrue(org(m, "Radio Sol Andino"), m.toString());
        assertTrue(org(m, "Consejo Nacional Electoral"), m.toString());
    }

    @Test
    void givenTypeNounAroundAName_whenRecognized_thenTheNameIsAnOrganization() {
        List<String> m = mentions("The Nueva Patria bloc backed the state oil company Petrandina and the rail operator Andesrail.");
        assertTrue(org(m, "Nueva Patria"), m.toString());
        assertTrue(org(m, "Petrandina"), m.toString());
        assertTrue(org(m, "Andesrail"), m.toString());
    }

    @Test
    void givenBareLegislatureWithoutArticle_whenRecognized_thenABody() {
        assertTrue(org(mentions("In Chile, Congress approved the bill."), "Congress"));
        assertFalse(org(mentions("They met at the Congress hall."), "Congress"));
    }

    @Test
    void givenCouncilOfAPluralTitleOfACountry_whenRecognized_thenOneOrganization() {
        List<String> m = mentions("The Council of Ministers of Albania met, and the Commission on Water Resources reported.");
        assertTrue(org(m, "Council of Ministers of Albania"), m.toString());
        assertTrue(org(m, "Commission on Water Resources"), m.toString());
    }
}
