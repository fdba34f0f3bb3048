package se.finsam.journey.document;

/**
 * Checks on the model's texts. Control characters (other than line breaks) are dropped: Word's XML cannot hold
 * them, and a team's text pasted from elsewhere sometimes carries them.
 */
final class Text {

    private Text() {
    }

    static String required(String text, String what) {
        String cleaned = optional(text);
        if (cleaned == null) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return cleaned;
    }

    /** The text without control characters and surrounding white space, or null when nothing is left. */
    static String optional(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = clean(text).replace('\n', ' ').strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The text with line breaks as "\n", tabs as spaces, and no other control characters. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\t') {
                out.append(' ');
            } else if (c == '\n' || !(Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
