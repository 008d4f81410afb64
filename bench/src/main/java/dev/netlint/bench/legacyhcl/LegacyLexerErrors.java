package dev.netlint.bench.legacyhcl;

import dev.netlint.core.parse.hcl.*;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;

/**
 * Reads HCL4j's lexer error, {@code Illegal character <(@) - state: 14> found on line: 2 col: 5}, whose line and
 * column are already 1-based, into a {@link ParseProblem} at that place with a message without lexer internals.
 * Runs once per broken file, so plain string search is enough.
 */
public final class LegacyLexerErrors {

    private LegacyLexerErrors() {
    }

    /** {@code lineOffset}: lines before the start of the lexed chunk, which HCL4j counts from 1 again. */
    static ParseProblem toProblem(String message, String file, int lineOffset) {
        String text = message == null ? "" : message;
        int reported = numberAfter(text, "on line: ");
        int line = reported < 1 ? reported : reported + lineOffset;
        int column = numberAfter(text, "col: ");
        Location location = line >= 1 && column >= 1 ? Location.at(file, line, column).withEnd(line, column + 1)
                : Location.fileStart(file);
        return new ParseProblem(location, "HCL syntax error: " + describe(text));
    }

    private static String describe(String message) {
        String prefix = "Illegal character <(";
        int start = message.indexOf(prefix);
        int end = message.indexOf(") - state", start + 1);
        if (start >= 0 && end > start) {
            return "unexpected character '" + message.substring(start + prefix.length(), end) + "'";
        }
        return message.isEmpty() ? "input could not be lexed" : message;
    }

    private static int numberAfter(String text, String marker) {
        int at = text.lastIndexOf(marker);
        if (at < 0) {
            return -1;
        }
        int value = 0;
        int i = at + marker.length();
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 9) {
            value = value * 10 + (text.charAt(i++) - '0');
            digits++;
        }
        return digits == 0 ? -1 : value;
    }
}
