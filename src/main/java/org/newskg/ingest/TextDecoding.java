package org.newskg.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Bytes to normalized text: BOM-aware UTF-8/UTF-16 decoding, refusal of binary data, line breaks folded to
 * {@code \n}, Unicode NFC. Text that is not valid UTF-8 and carries no BOM is refused with the position of the
 * first bad byte, unless a fallback charset is named.
 */
public final class TextDecoding {
    private TextDecoding() {}

    public static String decode(byte[] bytes, String source, Charset fallback) throws IngestException {
        int offset = 0;
        Charset cs = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            offset = 2; cs = StandardCharsets.UTF_16BE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            offset = 2; cs = StandardCharsets.UTF_16LE;
        }
        if (cs == StandardCharsets.UTF_8) refuseBinary(bytes, offset, source);
        String text;
        try {
            text = strict(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (MalformedInputException e) {
            if (fallback != null) {
                text = new String(bytes, offset, bytes.length - offset, fallback);
            } else {
                // a sequence cut off by the end of the input is reported at its last byte (found by fuzzing)
                int bad = Math.min(offset + findBadByte(bytes, offset), bytes.length - 1);
                long[] lc = lineColumn(bytes, bad);
                throw new IngestException(source, lc[0], lc[1], "not valid " + cs.name() + " (byte 0x"
                        + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad
                        + "); convert the file to UTF-8 or pass --charset", e);
            }
        } catch (CharacterCodingException e) {
            throw new IngestException(source, -1, -1, "cannot decode as " + cs.name() + ": " + e.getMessage(), e);
        }
        return normalize(text);
    }

    /** Line breaks to {@code \n}, NFC, no NUL or other C0 controls except tab and newline. */
    public static String normalize(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\n' && c != '\t') || c == '\u200B' || c == '\uFEFF';
            if (bad && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            if (b != null) {
                if (c == '\t') b.append(' ');
                else if (!bad) b.append(c);
                else if (c < 0x20) b.append(' ');
            }
        }
        return b == null ? s : b.toString();
    }

    private static void refuseBinary(byte[] bytes, int from, String source) throws IngestException {
        int n = Math.min(bytes.length, from + 8192);
        int controls = 0;
        for (int i = from; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                long[] lc = lineColumn(bytes, i);
                throw new IngestException(source, lc[0], lc[1], "binary data (NUL byte at offset " + i + "), not text", null);
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) controls++;
        }
        if (n > from && controls * 20 > n - from) {
            throw new IngestException(source, "binary data (" + controls + " control bytes in the first " + (n - from) + "), not text");
        }
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int findBadByte(byte[] bytes, int offset) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position() - offset;
    }

    private static long[] lineColumn(byte[] bytes, int pos) {
        long line = 1, col = 1;
        for (int i = 0; i < pos && i < bytes.length; i++) {
            if (bytes[i] == '\n') { line++; col = 1; } else if ((bytes[i] & 0xC0) != 0x80) col++;
        }
        return new long[] {line, col};
    }
}
