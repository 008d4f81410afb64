package dev.netlint.core.lang.groovy.catalog;

import java.util.Locale;
import org.codehaus.groovy.ast.ClassNode;

/** Pieces of Java source text: string literals and class names. */
final class JavaSourceText {

    /** The most bytes (modified UTF-8) a string constant of a class file may have. */
    static final int MAX_CONSTANT_BYTES = 65_535;

    private JavaSourceText() {}

    /** A Java string literal with the value {@code text}. */
    static String stringLiteral(String text) {
        StringBuilder java = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> java.append("\\\"");
                case '\\' -> java.append("\\\\");
                case '\n' -> java.append("\\n");
                case '\r' -> java.append("\\r");
                case '\t' -> java.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // Octal, not a unicode escape: javac reads those before lexing, so \\u000a would end the line.
                        java.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else if (c > 0x7f) {
                        java.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        java.append(c);
                    }
                }
            }
        }
        return java.append('"').toString();
    }

    /** The size of {@code text} as a class file constant (modified UTF-8). */
    static long constantBytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return bytes;
    }

    /** The Java source name of a (possibly nested) class. */
    static String className(ClassNode type) {
        if (type.isResolved() && type.getTypeClass().getCanonicalName() != null) {
            return type.getTypeClass().getCanonicalName();
        }
        return type.getName().replace('$', '.');
    }
}
