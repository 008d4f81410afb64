package dev.netlint.core.parse.helm;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.parse.Placement;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Where the documents of rendered output came from: {@code helm template} writes {@code # Source: chart/templates/x.yaml}
 * above each document. A finding on standard input gets the template it was rendered from as a related location,
 * so {@code helm template ... | netlint -} points back at the chart, not only at a line of {@code <stdin>}.
 */
public final class RenderedSources {

    private static final String MARKER = "# Source: ";

    /** Line of each document's start (1-based) to the template it came from. */
    private final TreeMap<Integer, Location> documents = new TreeMap<>();
    private final TreeMap<Integer, String> templates = new TreeMap<>();
    private final String file;

    public RenderedSources(String file, String text) {
        this.file = file;
        String[] lines = text.split("\n", -1);
        int documentStart = 1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals("---") || line.startsWith("--- ")) {
                documentStart = i + 2;
            } else if (line.startsWith(MARKER) && line.length() > MARKER.length()) {
                templates.put(documentStart, line.substring(MARKER.length()).strip());
                documents.put(documentStart, new Location(file, i + 1, 1, i + 1, line.length() + 1));
            }
        }
    }

    /** {@code placement} with the template of its document as a related location, when there is one; else null. */
    public Placement annotate(Placement placement) {
        if (templates.isEmpty() || !placement.location().file().equals(file)) {
            return null;
        }
        var document = templates.floorEntry(placement.location().line());
        if (document == null) {
            return null;
        }
        List<RelatedLocation> related = new ArrayList<>(placement.related());
        related.add(new RelatedLocation(documents.get(document.getKey()), "rendered from " + document.getValue()));
        return new Placement(placement.location(), related);
    }
}
