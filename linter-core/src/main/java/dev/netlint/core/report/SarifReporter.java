package dev.netlint.core.report;

import dev.netlint.core.finding.RulePages;
import dev.netlint.core.output.ReportPaths;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.engine.OwnFindings;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.RelatedLocation;
import dev.netlint.core.lang.RuleDefinition;
import dev.netlint.core.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it, built with the object model generated from the official schema
 * ({@code com.contrastsecurity:java-sarif}). Only this class touches that model and jackson-databind, so they load
 * only when SARIF is asked for.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every rule of the run, plus the input rules ({@code parse-error},
 *       {@code unrendered-template}); each with id, name, short and full description, help (text and markdown),
 *       {@code defaultConfiguration.level} from its severity and {@code helpUri}.</li>
 *   <li>results: {@code ruleId}, {@code ruleIndex}, {@code level} (error, warning, note), message, one physical
 *       location relative to {@code %SRCROOT%} with a 1-based region, {@code relatedLocations}, the resource and fix
 *       in {@code properties}, and {@code partialFingerprints}.</li>
 *   <li>{@code partialFingerprints["netlint/v1"]}: SHA-256 (hex) of rule id, relative path, resource and the message
 *       with numbers that follow {@code :} or the word "line" replaced by {@code #}, joined by NUL. It does not
 *       change when the finding moves to another line, so code scanning keeps tracking the same alert.</li>
 *   <li>a suppressed finding ({@link ReportSuppressions}) is kept, with {@code suppressions}.</li>
 * </ul>
 */
public final class SarifReporter implements Reporter {

    /** The base id every result's path is relative to. */
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "netlint/v1";
    static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

    private final String version;
    private final List<RuleDefinition> rules;
    private final ReportPaths paths;
    private final ReportSuppressions suppressions;

    /** Built-in rules get their page in netlint's repository as {@code helpUri}; other rules the docs they name. */
    private final java.util.function.Predicate<String> builtIn;

    public SarifReporter(String version, List<RuleDefinition> rules, ReportPaths paths, ReportSuppressions suppressions) {
        this(version, rules, paths, suppressions, id -> false);
    }

    private SarifReporter(String version, List<RuleDefinition> rules, ReportPaths paths, ReportSuppressions suppressions,
                          java.util.function.Predicate<String> builtIn) {
        this.version = version;
        this.rules = List.copyOf(rules);
        this.paths = paths;
        this.suppressions = suppressions;
        this.builtIn = builtIn;
    }

    /** The rules of {@code registry}, its built-in ones linking to their pages in netlint's repository. */
    public SarifReporter(String version, dev.netlint.core.engine.RuleRegistry registry, ReportPaths paths) {
        this(version, registry.rules(), paths, ReportSuppressions.NONE, registry::isBuiltIn);
    }

    public SarifReporter(String version, List<RuleDefinition> rules, ReportPaths paths) {
        this(version, rules, paths, ReportSuppressions.NONE);
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        List<ReportingDescriptor> descriptors = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleDefinition rule : rules) {
            index.put(rule.id(), descriptors.size());
            descriptors.add(descriptor(rule));
        }
        for (ReportingDescriptor input : inputRules()) {
            index.putIfAbsent(input.getId(), descriptors.size());
            if (index.get(input.getId()) == descriptors.size()) {
                descriptors.add(input);
            }
        }
        List<Result> results = new ArrayList<>();
        Map<Finding, dev.netlint.core.finding.Suppression> suppressed = result.suppressionIndex();
        for (Finding finding : result.allFindings()) {
            if (!index.containsKey(finding.ruleId())) {
                index.put(finding.ruleId(), descriptors.size());
                descriptors.add(unknownRule(finding));
            }
            results.add(result(finding, index.get(finding.ruleId()), suppressed.get(finding)));
        }

        ToolComponent driver = new ToolComponent()
                .withName("netlint")
                .withInformationUri(URI.create(RulePages.repository()))
                .withVersion(version)
                .withRules(new LinkedHashSet<>(descriptors));
        if (version != null && version.matches("\\d+\\.\\d+\\.\\d+([-+].*)?")) {
            driver.setSemanticVersion(version);
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                        new ArtifactLocation().withUri(directoryUri())))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(true)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create(SCHEMA_URI))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));

        ObjectMapper mapper = new ObjectMapper()
                .setAnnotationIntrospector(new ExplicitDefaults())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, log);
        out.write('\n');
    }

    /**
     * The generated model omits every value equal to the schema's default ({@code @JsonInclude(NON_DEFAULT)}), which
     * would drop {@code "level": "warning"} and {@code "ruleIndex": 0}. Consumers (and the contract) want the
     * level, rule index and suppression kind written out, so those properties are written whenever they are set.
     */
    private static final class ExplicitDefaults extends JacksonAnnotationIntrospector {
        private static final long serialVersionUID = 1L;
        private static final Set<String> ALWAYS = Set.of("level", "getLevel", "ruleIndex", "getRuleIndex", "kind", "getKind");

        @Override
        public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
            JsonInclude.Value inclusion = super.findPropertyInclusion(annotated);
            if (annotated instanceof AnnotatedMember member && ALWAYS.contains(member.getName())) {
                return inclusion.withValueInclusion(JsonInclude.Include.NON_NULL);
            }
            return inclusion;
        }
    }

    private ReportingDescriptor descriptor(RuleDefinition rule) {
        String full = present(rule.rationale()) ? rule.rationale() : rule.summary();
        StringBuilder text = new StringBuilder(rule.summary()).append(".\n\n");
        StringBuilder markdown = new StringBuilder("**").append(rule.id()).append(' ').append(rule.name())
                .append("**: ").append(rule.summary()).append(".\n\n");
        if (present(rule.rationale())) {
            text.append(rule.rationale()).append("\n\n");
            markdown.append(rule.rationale()).append("\n\n");
        }
        text.append("Fix: ").append(rule.fix());
        markdown.append("**Fix:** ").append(rule.fix());
        if (builtIn.test(rule.id())) {
            text.append("\n\nRule page: ").append(RulePages.page(rule.id()));
            markdown.append("\n\nSee [the rule's page](").append(RulePages.page(rule.id())).append(").");
        }
        if (present(rule.docs())) {
            text.append("\n\nSee ").append(rule.docs());
            markdown.append("\n\nSee [the documentation](").append(rule.docs()).append(").");
        }
        ReportingDescriptor descriptor = new ReportingDescriptor()
                .withId(rule.id())
                .withName(rule.name())
                .withShortDescription(new MultiformatMessageString().withText(rule.summary()))
                .withFullDescription(new MultiformatMessageString().withText(full))
                .withHelp(new MultiformatMessageString().withText(text.toString()).withMarkdown(markdown.toString()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(rule.severity())))
                .withProperties(new PropertyBag().withTags(new LinkedHashSet<>(List.of("networking", "eks", "netlint"))));
        uri(builtIn.test(rule.id()) ? RulePages.page(rule.id()) : rule.docs()).ifPresent(descriptor::setHelpUri);
        return descriptor;
    }

    /** netlint's own finding kinds ({@link OwnFindings}), each with its page as {@code helpUri}. */
    private static List<ReportingDescriptor> inputRules() {
        return OwnFindings.ALL.stream().map(SarifReporter::inputRule).toList();
    }

    private static ReportingDescriptor inputRule(OwnFindings.Kind kind) {
        String id = kind.id();
        return new ReportingDescriptor()
                .withId(id)
                .withShortDescription(new MultiformatMessageString().withText(kind.summary()))
                .withFullDescription(new MultiformatMessageString().withText(kind.explanation()))
                .withHelp(new MultiformatMessageString().withText(kind.summary() + ".\n\nFix: " + kind.fix())
                        .withMarkdown("**" + id + "**: " + kind.summary() + ".\n\n**Fix:** " + kind.fix().replace("|", "\\|")))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(kind.severity())))
                .withHelpUri(URI.create(RulePages.page(id)));
    }

    private static ReportingDescriptor unknownRule(Finding finding) {
        ReportingDescriptor descriptor = new ReportingDescriptor()
                .withId(finding.ruleId())
                .withShortDescription(new MultiformatMessageString().withText(finding.ruleName()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(finding.severity())));
        if (!finding.ruleName().equals(finding.ruleId())) {
            descriptor.setName(finding.ruleName()); // SARIF1001: a name identical to the id must be left out
        }
        return descriptor;
    }

    private Result result(Finding finding, int ruleIndex, dev.netlint.core.finding.Suppression fromRun) {
        String file = paths.relative(finding.location().file());
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex)
                .withKind(Result.Kind.FAIL)
                .withLevel(resultLevel(finding.severity()))
                .withMessage(new Message().withText(finding.message()))
                .withLocations(List.of(location(finding.location(), null)))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(FINGERPRINT_KEY, fingerprint(finding, file)));
        if (!finding.related().isEmpty()) {
            Set<Location> related = new LinkedHashSet<>();
            int id = 1;
            for (RelatedLocation place : finding.related()) {
                related.add(location(place.location(), place.message()).withId(id++));
            }
            result.setRelatedLocations(related);
        }
        PropertyBag properties = new PropertyBag();
        if (present(finding.resource())) {
            properties.setAdditionalProperty("resource", finding.resource());
        }
        if (present(finding.hint())) {
            properties.setAdditionalProperty("fix", finding.hint());
        }
        if (!properties.getAdditionalProperties().isEmpty()) {
            result.setProperties(properties);
        }
        Optional<ReportSuppressions.Suppression> suppression = fromRun != null
                ? Optional.of(new ReportSuppressions.Suppression(fromRun.kind().inSource()
                        ? ReportSuppressions.Kind.IN_SOURCE : ReportSuppressions.Kind.EXTERNAL,
                        fromRun.kind().label() + ": " + fromRun.reason()))
                : suppressions.of(finding);
        suppression.ifPresent(s -> result.setSuppressions(Set.of(new Suppression()
                .withKind(s.kind() == ReportSuppressions.Kind.IN_SOURCE ? Suppression.Kind.IN_SOURCE : Suppression.Kind.EXTERNAL)
                .withStatus(Suppression.Status.ACCEPTED)
                .withJustification(s.justification()))));
        return result;
    }

    private Location location(dev.netlint.core.source.Location where, String message) {
        Region region = new Region().withStartLine(where.line()).withStartColumn(where.column());
        if (where.endLine() != where.line() || where.endColumn() != where.column()) {
            region.setEndLine(where.endLine());
            region.setEndColumn(where.endColumn());
        }
        String relative = paths.relative(where.file());
        ArtifactLocation artifact = new ArtifactLocation().withUri(uriReference(relative));
        if (!paths.isOutsideRoot(relative) && !relative.startsWith("<")) {
            artifact.setUriBaseId(SRCROOT);
        }
        Location location = new Location().withPhysicalLocation(
                new PhysicalLocation().withArtifactLocation(artifact).withRegion(region));
        if (message != null) {
            location.setMessage(new Message().withText(message));
        }
        return location;
    }

    /** A relative path as a URI reference: percent-encoded where needed ({@code my file.yaml} → {@code my%20file.yaml}). */
    static String uriReference(String path) {
        try {
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path.replace(" ", "%20");
        }
    }

    private String directoryUri() {
        String uri = paths.root().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String fingerprint(Finding finding, String relativeFile) {
        return dev.netlint.core.finding.Fingerprints.of(finding, relativeFile);
    }

    private static Optional<URI> uri(String text) {
        if (!present(text)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static ReportingConfiguration.Level configLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case INFO -> ReportingConfiguration.Level.NOTE;
        };
    }

    private static Result.Level resultLevel(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case INFO -> Result.Level.NOTE;
        };
    }
}
