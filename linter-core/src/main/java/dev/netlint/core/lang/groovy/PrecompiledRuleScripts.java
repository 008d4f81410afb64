package dev.netlint.core.lang.groovy;

import dev.netlint.core.lang.RuleDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The precompiled rule scripts listed in {@code META-INF/services/dev.netlint.core.lang.groovy.RuleScript}. Running
 * one creates a Groovy script and closures, which starts Groovy's meta-class runtime; {@code RuleRegistry} therefore
 * runs only the scripts no {@link dev.netlint.core.lang.RuleCatalog} was generated from, and {@link #listed} reads the
 * names without loading any class.
 */
public final class PrecompiledRuleScripts {

    /** The service file, named by string so that reading it loads no Groovy class. */
    static final String SERVICE_FILE = "META-INF/services/dev.netlint.core.lang.groovy.RuleScript";

    private PrecompiledRuleScripts() {}

    /** The class names the service files on {@code loader}'s class path list, in class path order. */
    public static Set<String> listed(ClassLoader loader) {
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> files = loader.getResources(SERVICE_FILE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        int comment = line.indexOf('#');
                        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SERVICE_FILE, e);
        }
        return names;
    }

    /** The rules of the listed scripts whose class name is in {@code names}, each script run once. */
    public static List<RuleDefinition> definitions(ClassLoader loader, Set<String> names) {
        List<RuleDefinition> rules = new ArrayList<>();
        ServiceLoader.load(RuleScript.class, loader).stream()
                .filter(provider -> names.contains(provider.type().getName()))
                .forEach(provider -> rules.addAll(provider.get().definitions()));
        return rules;
    }
}
