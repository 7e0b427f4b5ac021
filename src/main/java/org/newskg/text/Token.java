package org.newskg.text;

/** A token with its character offsets in the article text. */
public record Token(int begin, int end, String text) {
    public Token {
        if (begin < 0 || end <= begin) throw new IllegalArgumentException("bad token span " + begin + ".." + end);
        if (text.length() != end - begin) throw new IllegalArgumentException("token text does not fit its span: " + text);
    }

    public boolean isWord() { return Character.isLetter(text.codePointAt(0)); }

    public boolean isCapitalized() { return Character.isUpperCase(text.codePointAt(0)); }

    /** All letters upper case and more than one letter ("YEREVAN", "OSCE"). */
    public boolean isAllCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters > 1;
    }

    public boolean is(String s) { return text.equalsIgnoreCase(s); }
}
