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
 * location of the argument that set it, so only places inside the cached files move.
 */
public final class CallSites {

    public static final CallSites NONE = new CallSites(Map.of());

    /**
     * The call of one cached folder: its block header, name as written ({@code module.eks}) and the arguments the
     * user wrote in it, by name.
     */
    private record Site(Location call, String shown, Map<String, Location> arguments) {}

    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)+");

    /** Cached folder as findings show it ({@code infra/.terraform/modules/eks}) to the user's call. */
    private final Map<String, Site> byFolder;

    private CallSites(Map<String, Site> byFolder) {
        this.byFolder = byFolder;
    }

    public boolean isEmpty() {
        return byFolder.isEmpty();
    }

    /** All call sites of several root modules, for one run. */
    public static CallSites merge(List<CallSites> all) {
        Map<String, Site> merged = new TreeMap<>();
        all.forEach(c -> c.byFolder.forEach(merged::putIfAbsent));
        return merged.isEmpty() ? NONE : new CallSites(Collections.unmodifiableMap(merged));
    }

    /**
     * The place of a finding ({@code message} at {@code placement}) at the user's call when it lies in a cached
     * module's files; else null (it stays where it is).
     */
    public Placement locate(Placement placement, String message) {
        Site site = siteOf(placement.location().file());
        if (site == null) {
            return null;
        }
        List<RelatedLocation> related = new ArrayList<>();
        related.add(new RelatedLocation(placement.location(), "inside " + site.shown()
                + ", as terraform init cached it; set its input in this module block to change it"));
        related.addAll(placement.related());
        return new Placement(argumentNamedIn(message, site), related);
    }

    /**
     * The argument of the call that the message names, when the user wrote one ({@code endpoint_public_access = true}
     * for "has endpoint_public_access = true and ..."; the 20.x name {@code cluster_endpoint_public_access} counts
     * too), else the block: the value then is the module's default.
     */
    private static Location argumentNamedIn(String message, Site site) {
        java.util.regex.Matcher setting = SETTING.matcher(message);
        while (setting.find()) {
            String name = setting.group();
            Location written = site.arguments().get(name);
            if (written == null) {
                written = site.arguments().get("cluster_" + name);
            }
            if (written != null) {
                return written;
            }
        }
        return site.call();
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
            Map<String, Location> arguments = new java.util.HashMap<>();
            call.body().attributes().forEach(a -> arguments.put(a.name(), a.location()));
            byFolder.putIfAbsent(displayFolder, new Site(call.location(), shown, Map.copyOf(arguments)));
        }

        CallSites build() {
            return byFolder.isEmpty() ? NONE : new CallSites(Collections.unmodifiableMap(new TreeMap<>(byFolder)));
        }
    }
}
