package dev.netlint.core.parse.terraform;

import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.parse.Placement;
import dev.netlint.core.parse.hcl.HclBlock;
import dev.netlint.core.source.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the user calls each module {@code terraform init} cached: a finding on something such a module creates is
 * reported at the call ({@code module "eks" {} } in {@code main.tf}), where the user can change it, and the place
 * inside {@code .terraform/modules/...} becomes a related location. A value the caller passed already carries the
 * location of the argument that set it, through {@code try()}, {@code coalesce()}, conditionals and {@code for}
 * expressions ({@link TfValue#at}), so only places inside the cached files move.
 */
public final class CallSites {

    public static final CallSites NONE = new CallSites(Map.of(), List.of());

    /**
     * The call of one cached folder: its block header, name as written ({@code module.eks}) and where each argument
     * the user wrote in it lies (name to end of value).
     */
    private record Site(Location call, String shown, List<Location> arguments) {}

    /** Cached folder as findings show it ({@code infra/.terraform/modules/eks}) to the user's call. */
    private final Map<String, Site> byFolder;

    /** The {@code default = ...} of every variable of the cached modules, name to end of value. */
    private final List<Location> defaults;

    private CallSites(Map<String, Site> byFolder, List<Location> defaults) {
        this.byFolder = byFolder;
        this.defaults = defaults;
    }

    public boolean isEmpty() {
        return byFolder.isEmpty();
    }

    /** All call sites of several root modules, for one run. */
    public static CallSites merge(List<CallSites> all) {
        Map<String, Site> merged = new TreeMap<>();
        List<Location> defaults = new ArrayList<>();
        all.forEach(c -> {
            c.byFolder.forEach(merged::putIfAbsent);
            defaults.addAll(c.defaults);
        });
        return merged.isEmpty() ? NONE : new CallSites(Collections.unmodifiableMap(merged), List.copyOf(defaults));
    }

    /**
     * The place of a finding at the user's call when it lies in a cached module's files; else null (it stays). Values carry
     * where they were decided ({@link TfValue#at}): one the user's argument set is already located there, so a
     * finding still inside the cache is about the module's own value or default, and moves to the module block.
     */
    public Placement locate(Placement placement) {
        Site site = siteOf(placement.location().file());
        if (site == null) {
            return null;
        }
        // The flagged value is a default of the module's that matters only because of a setting the user wrote
        // (the default public_access_cidrs = ["0.0.0.0/0"] of a cluster made public by endpoint_public_access = true):
        // the rule names that setting among its related places, and the user's argument is where to report.
        boolean aDefault = defaults.stream().anyMatch(d -> contains(d, placement.location()));
        Location at = site.call();
        List<RelatedLocation> others = new ArrayList<>();
        for (RelatedLocation r : placement.related()) {
            if (aDefault && at == site.call()
                    && site.arguments().stream().anyMatch(a -> contains(a, r.location()))) {
                at = r.location();
            } else {
                others.add(r);
            }
        }
        List<RelatedLocation> related = new ArrayList<>();
        related.add(new RelatedLocation(placement.location(), "the value inside " + site.shown() + " this comes "
                + "from: the module's own, or its default (in the copy terraform init cached); set the module's input "
                + "in this module block to change it"));
        related.addAll(others);
        return new Placement(at, related);
    }

    private static boolean contains(Location outer, Location inner) {
        return outer.file().equals(inner.file())
                && compare(outer.line(), outer.column(), inner.line(), inner.column()) <= 0
                && compare(inner.line(), inner.column(), outer.endLine(), outer.endColumn()) <= 0;
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }

    private Site siteOf(String file) {
        Site best = null;
        int bestLength = -1;
        for (Map.Entry<String, Site> entry : byFolder.entrySet()) {
            String folder = entry.getKey();
            if (file.startsWith(folder + "/") && folder.length() > bestLength) {
                best = entry.getValue();
                bestLength = folder.length();
            }
        }
        return best;
    }

    /** Collects the sites while a root module is expanded. */
    static final class Builder {
        private final Map<String, Site> byFolder = new TreeMap<>();

        void add(String displayFolder, HclBlock call, String shown) {
            List<Location> arguments = call.body().attributes().stream()
                    .filter(a -> !a.name().equals("source") && !a.name().equals("version"))
                    .map(a -> a.location()).toList();
            byFolder.putIfAbsent(displayFolder, new Site(call.location(), shown, arguments));
        }

        private final List<Location> defaults = new ArrayList<>();
        private final java.util.Set<String> filesSeen = new java.util.HashSet<>();

        /** Records where the variables of a cached module's files have their defaults (once per file). */
        void addDefaults(List<dev.netlint.core.parse.hcl.HclFile> files) {
            for (dev.netlint.core.parse.hcl.HclFile file : files) {
                if (!filesSeen.add(file.source().displayPath())) {
                    continue;
                }
                for (HclBlock block : file.body().blocks()) {
                    if (block.type().equals("variable")) {
                        block.body().attribute("default").ifPresent(d -> defaults.add(d.location()));
                    }
                }
            }
        }

        CallSites build() {
            return byFolder.isEmpty() ? NONE
                    : new CallSites(Collections.unmodifiableMap(new TreeMap<>(byFolder)), List.copyOf(defaults));
        }
    }
}
