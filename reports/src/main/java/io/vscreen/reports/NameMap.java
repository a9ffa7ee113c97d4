package io.vscreen.reports;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from names to values in the order they were first put, as a
 * {@link Candidate}'s descriptors and scores are held: two arrays, looked up by a scan (a
 * candidate has a few dozen entries at most; larger maps get a hash index). Cheaper to build and
 * read than {@link Map#copyOf} for the many small maps of a screen. Null names and values are
 * refused, as {@link Map#of} refuses them; equal to any map with the same entries.
 *
 * @param <V> the values
 */
final class NameMap<V> extends AbstractMap<String, V> {

    private static final int SCAN_LIMIT = 24;
    private static final NameMap<?> EMPTY = new NameMap<>(new String[0], new Object[0], 0);

    private final String[] names;
    private final Object[] values;
    private final int size;
    private final Map<String, Integer> index;

    private NameMap(String[] names, Object[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
        if (size > SCAN_LIMIT) {
            index = new HashMap<>(2 * size);
            for (int i = 0; i < size; i++) {
                index.put(names[i], i);
            }
        } else {
            index = null;
        }
    }

    @SuppressWarnings("unchecked")
    static <V> NameMap<V> empty() {
        return (NameMap<V>) EMPTY;
    }

    /** The map itself when it is a name map, otherwise an immutable copy (null entries refused). */
    static <V> Map<String, V> copyOf(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return empty();
        }
        if (map instanceof NameMap<V> m) {
            return m;
        }
        Builder<V> b = new Builder<>(map.size());
        map.forEach(b::put);
        return b.build();
    }

    private int find(Object name) {
        if (index != null) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object name) {
        int i = name == null ? -1 : find(name);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return name != null && find(name) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Entry<String, V> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], (V) values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** Collects entries; a name put again keeps its place and takes the new value. */
    static final class Builder<V> {
        private String[] names;
        private Object[] values;
        private int size;
        private Map<String, Integer> index;

        Builder(int capacity) {
            names = new String[Math.max(4, capacity)];
            values = new Object[names.length];
        }

        void put(String name, V value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, () -> "value of " + name);
            int at = find(name);
            if (at >= 0) {
                values[at] = value;
                return;
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, 2 * size);
                values = Arrays.copyOf(values, 2 * size);
            }
            names[size] = name;
            values[size] = value;
            if (index != null) {
                index.put(name, size);
            } else if (size == SCAN_LIMIT) {
                index = new HashMap<>();
                for (int i = 0; i <= size; i++) {
                    index.put(names[i], i);
                }
            }
            size++;
        }

        private int find(String name) {
            if (index != null) {
                Integer i = index.get(name);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < size; i++) {
                if (names[i] == name || names[i].equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** The map of the entries put so far. */
        NameMap<V> build() {
            return size == 0 ? empty() : new NameMap<>(Arrays.copyOf(names, size), Arrays.copyOf(values, size), size);
        }
    }
}
