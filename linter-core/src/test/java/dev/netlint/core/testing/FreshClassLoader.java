package dev.netlint.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader over the test's own class path that shares nothing with the test's loader (its parent is the
 * platform loader), so it shows which classes some code loads as if it ran in a new JVM: Groovy is loaded here only
 * when the code under test loads it, whatever other tests of this JVM did. Not timing-based.
 */
public final class FreshClassLoader extends URLClassLoader {

    /** Classes of Groovy's runtime, any of which means the code reached Groovy. */
    public static final List<String> GROOVY_RUNTIME = List.of(
            "groovy.lang.GroovySystem",
            "groovy.lang.GroovyObject",
            "groovy.lang.Script",
            "groovy.lang.Closure",
            "org.codehaus.groovy.runtime.InvokerHelper",
            "org.codehaus.groovy.runtime.metaclass.MetaClassRegistryImpl");

    static {
        registerAsParallelCapable();
    }

    public FreshClassLoader() {
        super("fresh", classPath(), ClassLoader.getPlatformClassLoader());
    }

    private static URL[] classPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(new IOException(entry, e));
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** True when this loader has loaded the class named {@code name} (without loading it now). */
    public boolean hasLoaded(String name) {
        synchronized (getClassLoadingLock(name)) {
            return findLoadedClass(name) != null;
        }
    }

    /** The names of {@code names} this loader has loaded. */
    public List<String> loaded(List<String> names) {
        return names.stream().filter(this::hasLoaded).toList();
    }

    /**
     * Calls the public static method {@code method(types)} of class {@code className}, loaded here (the parameter
     * types must be JDK classes, which both loaders share), with this loader as the thread's context loader.
     */
    public Object callStatic(String className, String method, List<Class<?>> types, Object... arguments)
            throws ReflectiveOperationException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(this);
        try {
            return Class.forName(className, true, this).getMethod(method, types.toArray(Class<?>[]::new))
                    .invoke(null, arguments);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
