package dev.netlint.core.engine;

import dev.netlint.core.lang.RuleCatalog;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.lang.groovy.UserRuleLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The rules a run knows, sorted by id; ids and names must be unique across all of them. Built-in rules come from the
 * {@link RuleCatalog}s listed in {@code META-INF/services} (the {@code rules} module's hand-written list of Java rules).
 */
public final class RuleRegistry {

    private final List<RuleDefinition> rules;
    /** Ids of the rules that ship with netlint (they have a page in docs/rules); users' rules are not among them. */
    private final Set<String> builtInIds;

    public RuleRegistry(List<RuleDefinition> rules) {
        this(rules, Set.of());
    }

    private RuleRegistry(List<RuleDefinition> rules, Set<String> builtInIds) {
        List<RuleDefinition> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleDefinition::id));
        Set<String> seen = new HashSet<>();
        for (RuleDefinition rule : sorted) {
            if (!seen.add(rule.id()) || !seen.add(rule.name())) {
                throw new IllegalArgumentException("duplicate rule id or name: " + rule.id() + " " + rule.name());
            }
        }
        this.rules = List.copyOf(sorted);
        this.builtInIds = Set.copyOf(builtInIds);
    }

    /** The built-in rules on the class path. */
    public static RuleRegistry builtIn() {
        return builtIn(RuleRegistry.class.getClassLoader());
    }

    /** The built-in rules on {@code loader}'s class path; no Groovy class is loaded (start-up time). */
    public static RuleRegistry builtIn(ClassLoader loader) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (RuleCatalog catalog : ServiceLoader.load(RuleCatalog.class, loader)) {
            rules.addAll(catalog.rules());
        }
        Set<String> ids = new HashSet<>();
        rules.forEach(rule -> ids.add(rule.id()));
        return new RuleRegistry(rules, ids);
    }

    public List<RuleDefinition> rules() {
        return rules;
    }

    public RuleRegistry plus(List<RuleDefinition> more) {
        List<RuleDefinition> all = new ArrayList<>(rules);
        all.addAll(more);
        return new RuleRegistry(all, builtInIds);
    }

    /** True for a rule that ships with netlint, which has its page in docs/rules. */
    public boolean isBuiltIn(String id) {
        return builtInIds.contains(id);
    }

    /**
     * Where a finding of {@code rule} links to: a built-in rule's page in netlint's repository at this version (which
     * cites the AWS or Kubernetes documentation), else the documentation a user's rule names.
     */
    public String link(RuleDefinition rule) {
        return isBuiltIn(rule.id()) ? dev.netlint.core.finding.RulePages.page(rule.id()) : rule.docs();
    }

    /**
     * These rules plus users' own rule files ({@code *.groovy} in {@code directories}), compiled now. With no
     * directories this registry itself, and no Groovy is compiled or loaded (start-up time). The CLI's {@code --rules}
     * and the Maven plugin's {@code rulesDirectory} both come here.
     *
     * @throws UserRuleLoader.RuleFileException a rule file did not compile, failed, or reuses an id or name
     */
    public RuleRegistry withUserRules(List<Path> directories) throws UserRuleLoader.RuleFileException {
        if (directories.isEmpty()) {
            return this;
        }
        return plus(new UserRuleLoader().load(directories, rules));
    }

    public java.util.Optional<RuleDefinition> find(String idOrName) {
        return rules.stream().filter(r -> r.isNamed(idOrName)).findFirst();
    }
}
