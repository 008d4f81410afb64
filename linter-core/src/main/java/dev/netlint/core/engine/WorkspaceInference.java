package dev.netlint.core.engine;

import dev.netlint.core.finding.FormedWorkspace;
import dev.netlint.core.model.Workspace;
import dev.netlint.core.model.aws.EksCluster;
import dev.netlint.core.model.k8s.IngressClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How a run without configured {@code workspaces} is split into clusters, decided from what was read, never from
 * where the run started, so a folder linted alone gets the findings it gets inside a larger run:
 * <ol>
 * <li>Projects: a folder that holds {@code .git}, or a licence file (LICENSE, LICENCE, COPYING, with or without
 * .md/.txt), is the root of a repository; every file belongs to the nearest one above it (looking no higher than
 * the folder given on the command line). Files under no such folder form one project together.</li>
 * <li>Every Terraform root module (a folder of .tf files that no other scanned folder calls as a module), and every
 * Terraform plan file, is a workspace of its own: it resolves its own addresses, whatever other roots define.</li>
 * <li>Each Kubernetes manifest file (or chart) joins the Terraform root of its project nearest to it: the one whose
 * folder shares the deepest folder with it, among the roots that define an {@code aws_eks_cluster} (all roots, when
 * none does), when exactly one is nearest. Manifests with no such root are one workspace per project.</li>
 * <li>Definitions one cluster cannot hold are two clusters: when the manifests of a workspace define two
 * IngressClasses of one name with different controllers, each folder of those manifests is a workspace of its own.
 * </li>
 * <li>Standard input joins the only Terraform root of the run, if there is exactly one; otherwise it stands alone.</li>
 * </ol>
 */
final class WorkspaceInference {

    /** One parsing task's output: a Terraform root (or plan) or a manifest; {@code folder} null for stdin. */
    record Unit(Path folder, String display, boolean terraformRoot, Workspace.Builder elements) {

        boolean isTerraform() {
            return terraformRoot || elements.hasTerraform(); // a plan file read as JSON is a root of its own
        }
    }

    /** The workspace index of each unit, in unit order, and the workspaces formed, in that index order. */
    record Partition(List<Integer> groupOfUnit, List<FormedWorkspace> groups) {}

    private static final List<String> MARKERS = List.of(".git", "LICENSE", "LICENSE.md", "LICENSE.txt", "LICENCE",
            "LICENCE.md", "LICENCE.txt", "COPYING", "COPYING.md", "COPYING.txt");

    private final List<Path> scanRoots;
    private final Map<Path, String> markerOf = new HashMap<>();

    WorkspaceInference(List<Path> scanRoots) {
        this.scanRoots = scanRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    private record Group(List<Integer> units, String name, String why) {}

    Partition partition(List<Unit> units) {
        Map<Integer, Path> project = new HashMap<>();
        Map<Path, List<Integer>> rootsByProject = new LinkedHashMap<>();
        Path runWide = Path.of("");
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.folder() == null) {
                continue;
            }
            Path p = projectOf(unit.folder());
            project.put(i, p == null ? runWide : p);
            if (unit.isTerraform()) {
                rootsByProject.computeIfAbsent(project.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, Group> rootGroups = new LinkedHashMap<>();
        for (List<Integer> roots : rootsByProject.values()) {
            for (int root : roots) {
                rootGroups.put(root, new Group(new ArrayList<>(List.of(root)), units.get(root).display(), null));
            }
        }
        Map<Path, List<Integer>> standalone = new TreeMap<>();
        Integer stdin = null;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unit.isTerraform()) {
                continue;
            }
            if (unit.folder() == null) {
                stdin = i;
                continue;
            }
            Integer nearest = nearestRoot(unit, rootsByProject.getOrDefault(project.get(i), List.of()), units);
            if (nearest != null) {
                rootGroups.get(nearest).units().add(i);
            } else {
                standalone.computeIfAbsent(project.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<Integer, Group> entry : rootGroups.entrySet()) {
            Group group = entry.getValue();
            List<Integer> manifests = group.units().subList(1, group.units().size());
            String conflict = conflict(manifests, units);
            Unit root = units.get(entry.getKey());
            String what = root.terraformRoot() ? "Terraform root module" : "Terraform plan";
            String clusters = describeClusters(root.elements().clusters());
            if (conflict == null) {
                groups.add(new Group(group.units(), group.name(), what + clusters + (manifests.isEmpty() ? ""
                        : ", with the " + count(manifests.size(), "manifest") + " nearest to it")));
            } else {
                groups.add(new Group(new ArrayList<>(List.of(entry.getKey())), group.name(), what + clusters));
                groups.addAll(byFolder(manifests, units, conflict));
            }
        }
        for (Map.Entry<Path, List<Integer>> entry : standalone.entrySet()) {
            List<Integer> manifests = entry.getValue();
            String conflict = conflict(manifests, units);
            if (conflict != null) {
                groups.addAll(byFolder(manifests, units, conflict));
                continue;
            }
            Path projectRoot = entry.getKey();
            String why;
            String name;
            if (projectRoot.toString().isEmpty()) {
                name = commonFolder(manifests, units);
                why = "Kubernetes manifests under no repository (.git or licence file)"
                        + (rootsByProject.containsKey(projectRoot) ? " that no single Terraform root is nearest to" : "");
            } else {
                name = display(projectRoot, units.get(manifests.get(0)));
                why = "Kubernetes manifests of the repository at " + name + " (" + markerOf.get(projectRoot) + ")"
                        + (rootsByProject.containsKey(projectRoot) ? " that no single Terraform root is nearest to"
                        : "");
            }
            groups.add(new Group(manifests, name, why + ": " + count(manifests.size(), "file")));
        }
        groups.sort(Comparator.comparing(Group::name).thenComparing(Group::why));
        if (stdin != null) {
            List<Group> terraform = groups.stream().filter(g -> units.get(g.units().get(0)).isTerraform()).toList();
            Group joined;
            if (terraform.size() == 1) {
                joined = terraform.get(0);
                groups.remove(joined);
                List<Integer> with = new ArrayList<>(joined.units());
                with.add(stdin);
                joined = new Group(with, joined.name(), joined.why() + "; standard input joins it, the only"
                        + " Terraform root of the run");
            } else {
                joined = new Group(List.of(stdin), "<stdin>", terraform.isEmpty() ? "standard input"
                        : "standard input, apart from the " + terraform.size() + " Terraform roots of the run");
            }
            groups.add(0, joined); // standard input's workspace comes first
        }
        if (groups.isEmpty()) {
            groups.add(new Group(List.of(), ".", "nothing to lint"));
        }
        List<Integer> groupOfUnit = new ArrayList<>(java.util.Collections.nCopies(units.size(), 0));
        List<FormedWorkspace> formed = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (int unit : groups.get(g).units()) {
                groupOfUnit.set(unit, g);
            }
            formed.add(new FormedWorkspace(groups.get(g).name(), groups.get(g).why()));
        }
        return new Partition(groupOfUnit, formed);
    }

    /** The repository root a folder belongs to, or null when no folder from it up to its scan root is one. */
    private Path projectOf(Path folder) {
        Path scanRoot = null;
        for (Path root : scanRoots) {
            if (folder.startsWith(root) && (scanRoot == null || root.getNameCount() > scanRoot.getNameCount())) {
                scanRoot = root;
            }
        }
        if (scanRoot == null) {
            return null;
        }
        for (Path at = folder; at != null && at.startsWith(scanRoot); at = at.getParent()) {
            if (marker(at) != null) {
                return at;
            }
        }
        return null;
    }

    private String marker(Path folder) {
        return markerOf.computeIfAbsent(folder, f -> {
            for (String name : MARKERS) {
                if (Files.exists(f.resolve(name))) {
                    return name;
                }
            }
            return null;
        });
    }

    /** The one root among {@code roots} nearest to the manifest, preferring roots that define a cluster; or null. */
    private static Integer nearestRoot(Unit manifest, List<Integer> roots, List<Unit> units) {
        List<Integer> candidates = roots.stream().filter(r -> !units.get(r).elements().clusters().isEmpty()).toList();
        if (candidates.isEmpty()) {
            candidates = roots;
        }
        Integer best = null;
        int bestDepth = -1;
        boolean tie = false;
        for (int root : candidates) {
            int depth = sharedDepth(manifest.folder(), units.get(root).folder());
            if (depth > bestDepth) {
                best = root;
                bestDepth = depth;
                tie = false;
            } else if (depth == bestDepth) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int sharedDepth(Path a, Path b) {
        int depth = 0;
        while (depth < a.getNameCount() && depth < b.getNameCount() && a.getName(depth).equals(b.getName(depth))) {
            depth++;
        }
        return depth;
    }

    /** Two IngressClasses of one name with different controllers among these manifests, described; or null. */
    private static String conflict(List<Integer> manifests, List<Unit> units) {
        Map<String, IngressClass> byName = new TreeMap<>();
        for (int i : manifests) {
            for (IngressClass ingressClass : units.get(i).elements().ingressClasses()) {
                IngressClass earlier = byName.putIfAbsent(ingressClass.name(), ingressClass);
                if (earlier != null && !Objects.equals(earlier.controller().orNull(), ingressClass.controller().orNull())) {
                    return "IngressClass " + ingressClass.name() + " is defined with controllers "
                            + earlier.controller().orNull() + " (" + earlier.location().file() + ") and "
                            + ingressClass.controller().orNull() + " (" + ingressClass.location().file() + ")";
                }
            }
        }
        return null;
    }

    /** One workspace per folder of these manifests, because one cluster cannot hold what they define. */
    private static List<Group> byFolder(List<Integer> manifests, List<Unit> units, String conflict) {
        Map<String, List<Integer>> byFolder = new TreeMap<>();
        for (int i : manifests) {
            byFolder.computeIfAbsent(folderOf(units.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        byFolder.forEach((folder, inFolder) -> groups.add(new Group(inFolder, folder, "Kubernetes manifests of "
                + "this folder (" + count(inFolder.size(), "file") + "), apart from the others: " + conflict
                + ", which one cluster cannot hold")));
        return groups;
    }

    private static String folderOf(Unit unit) {
        String display = unit.display();
        if (unit.folder() != null && !display.endsWith(".yaml") && !display.endsWith(".yml")
                && !display.endsWith(".json")) {
            return display; // a chart's folder
        }
        int slash = display.lastIndexOf('/');
        return slash < 0 ? "." : display.substring(0, slash);
    }

    private static String commonFolder(List<Integer> manifests, List<Unit> units) {
        String common = null;
        for (int i : manifests) {
            String folder = folderOf(units.get(i));
            if (common == null) {
                common = folder;
            }
            while (!(folder.equals(common) || folder.startsWith(common + "/") || common.equals("."))) {
                int slash = common.lastIndexOf('/');
                common = slash < 0 ? "." : common.substring(0, slash);
            }
        }
        return common == null ? "." : common;
    }

    private static String describeClusters(List<EksCluster> clusters) {
        if (clusters.isEmpty()) {
            return "";
        }
        TreeSet<String> addresses = new TreeSet<>();
        clusters.forEach(c -> addresses.add(c.address()));
        return " defining " + String.join(", ", addresses);
    }

    /** A folder above a unit, as the unit's own path is displayed (relative as given on the command line). */
    private static String display(Path folder, Unit below) {
        String shown = folderOf(below);
        for (int up = below.folder().getNameCount() - folder.getNameCount(); up > 0; up--) {
            int slash = shown.lastIndexOf('/');
            if (slash < 0) {
                return shown.equals(".") || shown.isEmpty() ? folder.toString().replace('\\', '/') : ".";
            }
            shown = shown.substring(0, slash);
        }
        return shown.isEmpty() ? "." : shown;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
