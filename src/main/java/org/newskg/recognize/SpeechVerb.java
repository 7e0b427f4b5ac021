package org.newskg.recognize;

/** A reporting verb form, with the medium and statement kind it implies (either may be ""). */
public record SpeechVerb(String form, String lemma, String medium, String kind) {}
