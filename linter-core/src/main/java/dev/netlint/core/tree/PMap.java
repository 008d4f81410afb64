package dev.netlint.core.tree;

import dev.netlint.core.source.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping with string keys in source order. Each entry keeps where its key was written, because a finding
 * about a field points at the key ({@code type:}), not at the map that holds it.
 */
public final class PMap implements PNode {

    /** One key and its value. */
    public record Entry(String key, Location keyLocation, PNode value) {}

    private final Map<String, Entry> entries;
    private final Location location;

    public PMap(List<Entry> entries, Location location) {
        if (entries.size() <= EntryArrayMap.MAX_SCANNED) {
            // Most maps of a manifest have a handful of keys: an array scanned in order holds them in a third of the
            // memory of a LinkedHashMap (issue 18), and looks them up as fast.
            this.entries = EntryArrayMap.of(entries);
        } else {
            Map<String, Entry> byKey = new LinkedHashMap<>();
            for (Entry entry : entries) {
                byKey.put(entry.key(), entry); // a duplicate key: the last one wins, as in Kubernetes' decoder
            }
            this.entries = Collections.unmodifiableMap(byKey);
        }
        this.location = location;
    }

    @Override
    public Location location() {
        return location;
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public PNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    public PMap map(String key) {
        PNode node = get(key);
        return node == null ? null : node.asMap();
    }

    public PList list(String key) {
        PNode node = get(key);
        return node == null ? null : node.asList();
    }

    public PScalar scalar(String key) {
        PNode node = get(key);
        return node == null ? null : node.asScalar();
    }

    /** The text of a scalar field, or null when it is missing, null or not a scalar. */
    public String text(String key) {
        PScalar scalar = scalar(key);
        return scalar == null || scalar.isNull() ? null : scalar.text();
    }

    /** Follows a path of map keys, returning null as soon as one is missing. */
    public PNode at(String... path) {
        PNode node = this;
        for (String key : path) {
            PMap map = node == null ? null : node.asMap();
            node = map == null ? null : map.get(key);
        }
        return node;
    }

    @Override
    public String toString() {
        return "PMap" + entries.keySet() + "@" + location;
    }
}
