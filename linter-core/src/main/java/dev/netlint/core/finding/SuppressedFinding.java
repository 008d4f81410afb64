package dev.netlint.core.finding;


/** A finding that a suppression covers: still reported by JSON and SARIF, never counted against the run. */
public record SuppressedFinding(Finding finding, Suppression suppression) implements Comparable<SuppressedFinding> {

    @Override
    public int compareTo(SuppressedFinding other) {
        return finding.compareTo(other.finding);
    }
}
