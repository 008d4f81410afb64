package dev.netlint.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates picocli's option-group objects with their no-argument constructors. picocli's default factory probes for
 * Groovy closures when its class is initialised, which, with Groovy on the class path, boots Groovy's whole
 * meta-class runtime (about 300 classes and a third of a second) on every start, even for {@code --version}. This
 * factory alone does not avoid that (picocli still calls the default factory's static helpers, which initialise it);
 * {@link NetlintCommand#commandLine()} also sets {@code picocli.disable.closures}, and {@code StartupClassesTest}
 * checks that no Groovy class is loaded.
 */
final class PlainFactory implements CommandLine.IFactory {

    static final PlainFactory INSTANCE = new PlainFactory();

    private PlainFactory() {}

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type.isInterface()) {
            return type.cast(collectionFor(type));
        }
        Constructor<K> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /** The collections picocli asks for when an option field holds an interface type. */
    private static Object collectionFor(Class<?> type) throws NoSuchMethodException {
        if (java.util.SortedSet.class.isAssignableFrom(type)) {
            return new java.util.TreeSet<>();
        }
        if (java.util.Set.class.isAssignableFrom(type)) {
            return new java.util.LinkedHashSet<>();
        }
        if (java.util.SortedMap.class.isAssignableFrom(type)) {
            return new java.util.TreeMap<>();
        }
        if (java.util.Map.class.isAssignableFrom(type)) {
            return new java.util.LinkedHashMap<>();
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return new java.util.ArrayList<>();
        }
        throw new NoSuchMethodException("cannot create an instance of interface " + type.getName());
    }
}
