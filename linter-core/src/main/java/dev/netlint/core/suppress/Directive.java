package dev.netlint.core.suppress;

import dev.netlint.core.finding.Suppression;
import dev.netlint.core.source.Location;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One inline suppression as written: the rule ids or names it names, the reason, the optional expiry, where it is,
 * and for a comment the lines and Terraform block it covers. The text after {@code netlint:ignore} (or one line of a
 * {@code netlint.dev/ignore} annotation) reads {@code RULE[,RULE...][:] [until=YYYY-MM-DD[:]] reason}: the colon that
 * ends the rule list may also follow the date ({@code NET004 until=2027-03-31: reason}), as the README writes it.
 *
 * @param rules      the rule tokens as written (ids or names), in order
 * @param reason     the reason, or empty when none was given
 * @param expires    the last day the suppression works, or null
 * @param problem    why the directive itself is malformed (bad date, no rule named), or null
 * @param line       comment: the line the comment is on; annotation: unused (0)
 * @param targetLine comment: the code line it applies to (itself for a trailing comment, else the next code line)
 * @param block      comment on or above a Terraform block header: the block's address ({@code aws_security_group.nodes}), else null
 * @param object     annotation: the description of the object that carries it ({@code Ingress shop/web}), else null
 * @param wholeFile  a {@code netlint:ignore-file} comment: it covers every finding in its file, of the rules it names
 *                   or, when it names none, of every rule
 */
public record Directive(Suppression.Kind kind, Location location, List<String> rules, String reason, LocalDate expires,
                        String problem, int line, int targetLine, String block, String object, boolean wholeFile) {

    private static final Pattern IDS = Pattern.compile("\\s*([A-Za-z0-9_.-]+(?:\\s*,\\s*[A-Za-z0-9_.-]+)*)\\s*:?");
    private static final Pattern UNTIL = Pattern.compile("(?:^|\\s)until=(\\S*?):?(?=\\s|$)");

    public Directive {
        rules = List.copyOf(rules);
    }

    /** Parses the text that follows the marker; {@code problem} is set when it is malformed. */
    public static Directive parse(String text, Suppression.Kind kind, Location at, int line, int targetLine,
                                  String block, String object) {
        return parse(text, kind, at, line, targetLine, block, object, true);
    }

    /** {@link #parse}; {@code ruleRequired} false lets a directive name no rule without that being a problem. */
    private static Directive parse(String text, Suppression.Kind kind, Location at, int line, int targetLine,
                                   String block, String object, boolean ruleRequired) {
        String body = text == null ? "" : text.strip();
        List<String> rules = new ArrayList<>();
        String rest = body;
        Matcher ids = IDS.matcher(body);
        if (!body.startsWith("until=") && ids.lookingAt()) {
            for (String id : ids.group(1).split(",")) {
                rules.add(id.strip());
            }
            rest = body.substring(ids.end());
        }
        LocalDate expires = null;
        String problem = null;
        Matcher until = UNTIL.matcher(rest);
        if (until.find()) {
            try {
                expires = LocalDate.parse(until.group(1));
            } catch (DateTimeParseException e) {
                problem = "until= must be a date written YYYY-MM-DD, not '" + until.group(1) + "'";
            }
            rest = rest.substring(0, until.start()) + " " + rest.substring(until.end());
        }
        String reason = rest.strip().replaceFirst("^[:\\-–—]+\\s*", "").strip();
        if (ruleRequired && rules.isEmpty() && problem == null) {
            problem = "names no rule (write the rule id, e.g. netlint:ignore NET001 <reason>)";
        }
        return new Directive(kind, at, rules, reason, expires, problem, line, targetLine, block, object, false);
    }

    /**
     * Parses the text after {@code netlint:ignore-file}: {@code [RULE[,RULE...]][:] [until=YYYY-MM-DD] reason}. Without
     * rules ({@code netlint:ignore-file: vendored chart}) it covers every rule; the reason is still required.
     */
    public static Directive parseWholeFile(String text, Location at, int line) {
        String body = text == null ? "" : text.strip();
        if (body.startsWith(":")) {
            // every rule: what follows the colon is the expiry and the reason (a placeholder rule lets parse read them)
            Directive parsed = parse("ALL " + body.substring(1), Suppression.Kind.COMMENT, at, line, line, null, null);
            return new Directive(Suppression.Kind.COMMENT, at, List.of(), parsed.reason(), parsed.expires(),
                    parsed.problem(), line, line, null, null, true);
        }
        // a whole-file directive may name no rule, so only a malformed expiry is a problem here
        Directive parsed = parse(body, Suppression.Kind.COMMENT, at, line, line, null, null, false);
        return new Directive(Suppression.Kind.COMMENT, at, parsed.rules(), parsed.reason(), parsed.expires(),
                parsed.problem(), line, line, null, null, true);
    }

    /** True when this comment directive covers a finding at {@code at} on {@code resource}. */
    boolean covers(Location at, String resource) {
        if (!at.file().equals(location.file())) {
            return false;
        }
        if (wholeFile) {
            return true;
        }
        if (at.line() == line || at.line() == targetLine) {
            return true;
        }
        return block != null && resource != null && (resource.equals(block) || resource.startsWith(block + "["));
    }
}
