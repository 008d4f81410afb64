package dev.netlint.core.parse.hcl;

import dev.netlint.core.source.Location;

/**
 * The bench's door to netlint's package-private HCL scanner and parser (this class lives in the bench module, in the
 * parser's package, so netlint's API stays closed): the bare-library floor ({@code dev.netlint.bench.BareFloor})
 * runs them alone, without line index, positioned tree or model.
 */
public final class BareHcl {

    private static final Location NOWHERE = Location.fileStart("bare");

    private BareHcl() {}

    /** Scans every token of the text (the scanner alone: string contents are scanned as tokens too); returns the count. */
    public static int scan(char[] text) {
        HclScanner scanner = new HclScanner(text, text.length);
        int tokens = 0;
        int at = 0;
        while (true) {
            scanner.scan(at, true);
            if (scanner.type == HclScanner.EOF) {
                return tokens;
            }
            tokens++;
            // A token the scanner could not make progress on is stepped over by one character.
            at = Math.max(scanner.end, scanner.start + 1);
        }
    }

    /** Parses the text into netlint's HCL body with a constant location for every node (no line index); 1 if parsed. */
    public static int parse(char[] text) {
        try {
            new HclParser(text, text.length, (start, end) -> NOWHERE).file();
            return 1;
        } catch (HclParser.Failure | StackOverflowError e) {
            return 0;
        }
    }
}
