package com.bertramlabs.plugins.hcl4j;

import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import java.io.IOException;
import java.io.Reader;
import java.util.List;

/**
 * The one door from netlint into HCL4j's lexer.
 *
 * <p>It lives in HCL4j's package because {@code HCLLexer} is package-private (the JFlex spec has no {@code %public});
 * only its {@code elementStack} field is public. netlint uses the lexer alone: its symbols carry positions, while
 * {@code HCLParser} drops them, evaluates expressions and performs HTTP requests for {@code data "http"} blocks.
 * Nothing else of HCL4j is reachable from here, and only {@code dev.netlint.core.parse.hcl.HclLoader} calls this.
 */
public final class HclSymbolLexer {

    private HclSymbolLexer() {
    }

    /** Lexes a whole file; one {@code yylex()} call builds the complete top-level symbol tree. */
    public static List<Symbol> lex(Reader source) throws HCLParserException, IOException {
        HCLLexer lexer = new HCLLexer(source);
        lexer.yylex();
        return lexer.elementStack;
    }
}
