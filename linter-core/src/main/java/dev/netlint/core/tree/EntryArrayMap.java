package dev.netlint.core.tree;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/**
 * The entries of a small {@link PMap}, unmodifiable, in document order, in one array that lookups scan: a manifest's
 * maps mostly have a few keys, and a {@code LinkedHashMap} (table, entry objects, unmodifiable wrapper) costs about
 * three times the memory for them. Behaves like the {@code LinkedHashMap} it replaces: a duplicate key keeps the
 * place of its first occurrence and the value of its last.
 */
final class EntryArrayMap extends AbstractMap<String, PMap.Entry> {

    /** Maps with more entries than this use a hash map. */
    static final int MAX_SCANNED = 12;

    private static final EntryArrayMap EMPTY = new EntryArrayMap(new PMap.Entry[0]);

    private final PMap.Entry[] entries;

    private EntryArrayMap(PMap.Entry[] entries) {
        this.entries = entries;
    }

    static EntryArrayMap of(List<PMap.Entry> given) {
        if (given.isEmpty()) {
            return EMPTY;
        }
        PMap.Entry[] array = new PMap.Entry[given.size()];
        int size = 0;
        outer:
        for (PMap.Entry entry : given) {
            for (int i = 0; i < size; i++) {
                if (array[i].key().equals(entry.key())) {
                    array[i] = entry;
                    continue outer;
                }
            }
            array[size++] = entry;
        }
        return new EntryArrayMap(size == array.length ? array : Arrays.copyOf(array, size));
    }

    @Override
    public PMap.Entry get(Object key) {
        for (PMap.Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public Collection<PMap.Entry> values() {
        return new View<>(e -> e);
    }

    @Override
    public Set<String> keySet() {
        return new SetView<>(PMap.Entry::key);
    }

    @Override
    public Set<Map.Entry<String, PMap.Entry>> entrySet() {
        return new SetView<>(e -> new SimpleImmutableEntry<>(e.key(), e));
    }

    private class View<T> extends AbstractCollection<T> {
        private final Function<PMap.Entry, T> as;

        View(Function<PMap.Entry, T> as) {
            this.as = as;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < entries.length;
                }

                @Override
                public T next() {
                    if (next >= entries.length) {
                        throw new NoSuchElementException();
                    }
                    return as.apply(entries[next++]);
                }
            };
        }

        @Override
        public int size() {
            return entries.length;
        }
    }

    private final class SetView<T> extends AbstractSet<T> {
        private final View<T> view;

        SetView(Function<PMap.Entry, T> as) {
            this.view = new View<>(as);
        }

        @Override
        public Iterator<T> iterator() {
            return view.iterator();
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
