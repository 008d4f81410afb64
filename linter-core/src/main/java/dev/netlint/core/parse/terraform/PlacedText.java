package dev.netlint.core.parse.terraform;

import dev.netlint.core.parse.hcl.HclExpr;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that Terraform hands to {@code yamldecode()} or a {@code kubectl_manifest}, with where each character was
 * written: the lines of a heredoc or string in a {@code .tf} file, or a file read by {@code file()} or
 * {@code templatefile()}. An interpolation ({@code ${var.name}}) becomes a placeholder word standing for a value
 * netlint does not know; {@link EmbeddedYaml} turns every scalar that holds one into an unknown value, so no rule
 * ever fires on it.
 */
final class PlacedText {

    /**
     * A placeholder is {@code netlint-unknown-<n>-value}, n its piece: a plain YAML word, valid wherever a scalar may
     * stand, never written by people, whose number ends where the suffix starts (text after it may be digits).
     */
    static final String PLACEHOLDER = "netlint-unknown-";
    private static final String SUFFIX = "-value";

    /** One piece of the text: a literal from {@code from} on, or a placeholder in {@code [from, to)}. */
    private record Piece(int from, int to, HclExpr.Literal literal, Location at, String written) {}

    private final StringBuilder text = new StringBuilder();
    private final List<Piece> pieces = new ArrayList<>();
    /** The whole text is this file's, character for character (null when it is built from pieces). */
    private final String file;

    private PlacedText(String file) {
        this.file = file;
    }

    /** Text built from the parts of a heredoc, a string or a template file. */
    static PlacedText pieces() {
        return new PlacedText(null);
    }

    /** The whole text of a file, as {@code file()} reads it: located in that file as written. */
    static PlacedText wholeFile(String text, String displayPath) {
        PlacedText placed = new PlacedText(displayPath);
        placed.text.append(text);
        return placed;
    }

    void literal(HclExpr.Literal literal) {
        int from = text.length();
        text.append((String) literal.value());
        pieces.add(new Piece(from, text.length(), literal, null, null));
    }

    /** An interpolation, written as {@code written} at {@code at}: a value known only when Terraform runs. */
    void unknown(String written, Location at) {
        int from = text.length();
        text.append(PLACEHOLDER).append(pieces.size()).append(SUFFIX);
        pieces.add(new Piece(from, text.length(), null, at, written));
    }

    String text() {
        return text.toString();
    }

    /** The file the whole text is (for {@link #wholeFile}), else null. */
    String file() {
        return file;
    }

    /** Where character {@code offset} of the text was written. */
    Location locate(int offset) {
        Piece piece = pieceAt(offset);
        if (piece.literal() != null) {
            return piece.literal().locate(offset - piece.from());
        }
        return piece.at();
    }

    /**
     * {@code scalar} with each placeholder turned back into what it stands for ({@code ${var.name}}); the same text
     * when it holds none.
     */
    String written(String scalar) {
        if (!scalar.contains(PLACEHOLDER)) {
            return scalar;
        }
        StringBuilder out = new StringBuilder(scalar.length());
        int from = 0;
        for (int at = scalar.indexOf(PLACEHOLDER); at >= 0; at = scalar.indexOf(PLACEHOLDER, from)) {
            int digits = at + PLACEHOLDER.length();
            int end = digits;
            while (end < scalar.length() && end - digits < 10 && Character.isDigit(scalar.charAt(end))) {
                end++;
            }
            long number = end > digits ? Long.parseLong(scalar.substring(digits, end)) : -1;
            Piece piece = number >= 0 && number < pieces.size() && scalar.startsWith(SUFFIX, end)
                    ? pieces.get((int) number) : null;
            out.append(scalar, from, at);
            if (piece != null && piece.literal() == null) {
                out.append("${").append(piece.written()).append('}');
                from = end + SUFFIX.length();
            } else {
                out.append(PLACEHOLDER);
                from = digits;
            }
        }
        return out.append(scalar, from, scalar.length()).toString();
    }

    /**
     * True when an interpolation stands alone on its line: it may write whole lines of YAML (a
     * {@code ${yamlencode(var.labels)}}), so what the lines around it mean is not known.
     */
    boolean writesLines() {
        String all = text.toString();
        for (Piece piece : pieces) {
            if (piece.literal() == null && blankBefore(all, piece.from()) && blankAfter(all, piece.to())) {
                return true;
            }
        }
        return false;
    }

    private static boolean blankBefore(String all, int from) {
        for (int i = from - 1; i >= 0 && all.charAt(i) != '\n' && all.charAt(i) != '\r'; i--) {
            if (all.charAt(i) != ' ' && all.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean blankAfter(String all, int to) {
        for (int i = to; i < all.length() && all.charAt(i) != '\n' && all.charAt(i) != '\r'; i++) {
            if (all.charAt(i) != ' ' && all.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The last piece that starts at or before {@code offset}: a binary search, as every node of the text asks. */
    private Piece pieceAt(int offset) {
        int low = 0;
        int high = pieces.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (pieces.get(middle).from() <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return pieces.get(low);
    }
}
