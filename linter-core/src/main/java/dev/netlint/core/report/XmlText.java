package dev.netlint.core.report;

/**
 * Makes scanned text safe for XML 1.0 reports: everything {@link TerminalText#clean} shows as an escape (control
 * characters, including a newline in a resource name, which an XML attribute would silently turn into a space),
 * plus lone surrogates and U+FFFE/U+FFFF, which XML 1.0 forbids. Markup characters ({@code < & "}) are escaped by
 * the {@link javax.xml.stream.XMLStreamWriter} itself.
 */
final class XmlText {

    private XmlText() {}

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = TerminalText.clean(text);
        StringBuilder out = null;
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < cleaned.length()
                    && Character.isLowSurrogate(cleaned.charAt(i + 1));
            boolean forbidden = c == '\uFFFE' || c == '\uFFFF' || (Character.isSurrogate(c) && !pair
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(cleaned.charAt(i - 1))));
            if (forbidden) {
                if (out == null) {
                    out = new StringBuilder(cleaned.length() + 8).append(cleaned, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? cleaned : out.toString();
    }
}
