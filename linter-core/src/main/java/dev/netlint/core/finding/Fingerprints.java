package dev.netlint.core.finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one identity of a finding that survives edits elsewhere in its file: SHA-256 (hex) of rule id, file (as the
 * caller makes it relative), resource and the message with numbers that follow {@code :} or the word "line" replaced
 * by {@code #}, joined by NUL. No line or column goes in, so moving code keeps the fingerprint; the resource and
 * message go in, so one rule's findings on two resources (or two ports of one resource) stay apart.
 * SARIF's {@code partialFingerprints} and the baseline both use it, so they agree on what "the same finding" is.
 */
public final class Fingerprints {

    private static final Pattern LINE_NUMBERS = Pattern.compile("(:|\\bline )\\d+(:\\d+)?");

    private Fingerprints() {}

    public static String of(Finding finding, String relativeFile) {
        String stable = String.join("\u0000", finding.ruleId(), relativeFile,
                finding.resource() == null ? "" : finding.resource(), key(finding));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(stable.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The message without the line numbers it may quote ("see line 12", "nodes.tf:12:3"). */
    public static String key(Finding finding) {
        return LINE_NUMBERS.matcher(finding.message()).replaceAll(m -> m.group(1) + "#");
    }
}
