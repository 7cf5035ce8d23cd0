package org.frontline.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.frontline.FrontlineException;

/**
 * Bytes to the text every reader works on: strict UTF-8 (a BOM is dropped), line ends normalized to LF.
 * Offsets in articles index this normalized text, not the raw bytes: a CRLF file's offsets count one char per
 * line end. Inputs that cannot be text are rejected with one line naming the input, so a batch run can list them.
 */
final class InputText {
    /** Above this share of control characters (other than tab, LF, CR, FF) the input is taken as binary. */
    static final double MAX_CONTROL_SHARE = 0.05;

    private InputText() {
    }

    /** @throws FrontlineException "NAME: WHY" (the CLI adds "rejected") for empty, binary or non-UTF-8 input */
    static String decode(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw rejected(name, "empty file");
        }
        int nul = indexOfNul(content);
        if (nul >= 0) {
            throw rejected(name, "binary file (NUL byte at offset " + nul + ")");
        }
        String text = strictUtf8(name, content);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw rejected(name, "empty file (only whitespace)");
        }
        long controls = text.chars().filter(InputText::isBinaryControl).count();
        if (controls > text.length() * MAX_CONTROL_SHARE) {
            throw rejected(name, "binary file (" + controls + " control characters in " + text.length() + ")");
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static FrontlineException rejected(String name, String why) {
        return new FrontlineException(displayName(name) + ": " + why);
    }

    static String displayName(String name) {
        return name == null || name.isBlank() ? "<input>" : name;
    }

    private static String strictUtf8(String name, byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw rejected(name, "not valid UTF-8 (malformed byte at offset " + in.position() + ")");
        }
        out.flip();
        return out.toString();
    }

    private static int indexOfNul(byte[] content) {
        for (int i = 0; i < content.length; i++) {
            if (content[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBinaryControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f';
    }
}
