package dev.netlint.core.parse.hcl;

import dev.netlint.core.parse.ParseProblem;
import dev.netlint.core.source.Location;
import dev.netlint.core.source.SourceFormat;
import dev.netlint.core.source.SourceText;
import java.util.Optional;

/**
 * Reads Terraform files into netlint's positioned HCL tree ({@link HclFile}) with netlint's own parser of HCL's native
 * syntax ({@link HclParser}); JSON syntax files go to {@link TerraformJsonLoader}, whose template strings come back
 * here. Offsets become 1-based locations through {@link LineIndex}.
 *
 * <p>Never throws for bad input: a syntax error, or a file past the parser's depth or token limit, yields one
 * {@link ParseProblem} at its exact place. There is no time limit: parsing is linear in the size of the file, and
 * the limits do not depend on how busy the machine is, so the same file always gets the same answer.
 */
public final class HclLoader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    public HclParseResult load(SourceText source) {
        if (source.file().format() == SourceFormat.TERRAFORM_JSON) {
            return new TerraformJsonLoader(this).load(source);
        }
        String display = source.file().displayPath();
        String text = source.text();
        // Editors do not count a byte order mark as a column; dropping it keeps line-1 columns exact.
        int skip = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        char[] chars = new char[text.length() - skip];
        text.getChars(skip, text.length(), chars, 0);
        LineIndex lines = new LineIndex(display, text, skip);
        try {
            HclBody body = new HclParser(chars, chars.length, lines::span).file();
            return HclParseResult.parsed(new HclFile(source.file(), body));
        } catch (HclParser.Failure e) {
            return HclParseResult.failed(new ParseProblem(lines.span(e.start, e.end),
                    "HCL syntax error: " + e.getMessage()));
        } catch (StackOverflowError e) {
            return HclParseResult.failed(new ParseProblem(Location.fileStart(display),
                    "HCL could not be read: expressions nested too deeply for this thread's stack"));
        }
    }

    /**
     * Parses text that is an HCL template (a Terraform JSON string containing {@code ${...}}, or the content of a
     * {@code templatefile()} file). Every node of the result is located at {@code at}, the place the text came from,
     * since escapes make offsets inside it unreliable. Text that cannot be parsed gives an opaque expression.
     */
    public HclExpr parseTemplate(String decoded, Location at) {
        try {
            return new HclParser(decoded.toCharArray(), decoded.length(), (start, end) -> at).standaloneTemplate();
        } catch (HclParser.Failure | StackOverflowError e) {
            return new HclExpr.Opaque("interpolation netlint cannot parse", at);
        }
    }

    /**
     * Parses the text of a template file read by {@code templatefile()} with its own places in that file
     * ({@code displayPath}), so what it writes can be reported where it is written. Empty when it is not a template
     * Terraform would render.
     */
    public Optional<HclExpr> parseTemplateFile(String text, String displayPath) {
        LineIndex lines = new LineIndex(displayPath, text, 0);
        try {
            return Optional.of(new HclParser(text.toCharArray(), text.length(), lines::span).standaloneTemplate());
        } catch (HclParser.Failure | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * Parses one expression given outside any file ({@code --var 'cidrs=["10.0.0.0/8"]'}), every node located at
     * {@code at}; empty when it is not a valid expression.
     */
    public Optional<HclExpr> parseExpression(String text, Location at) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HclParser(text.toCharArray(), text.length(), (start, end) -> at).wholeExpression());
        } catch (HclParser.Failure | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
