package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import dev.netlint.core.lang.RuleDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test-report views: one {@code <testcase classname="path" name="NET001 service-nodeport-exposure">}
 * per file and rule that has findings, with one {@code <failure>} per finding; and one passing test case per rule
 * that found nothing anywhere ({@code classname="netlint"}), so a clean run shows green tests rather than an empty
 * report. Deterministic: files in path order, rules by id.
 */
public final class JunitReporter implements Reporter {

    private final List<RuleDefinition> rules;
    private final ReportPaths paths;

    public JunitReporter(List<RuleDefinition> rules, ReportPaths paths) {
        this.rules = List.copyOf(rules);
        this.paths = paths;
    }

    private record Case(String classname, String name, List<Finding> failures) {}

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, Map<String, List<Finding>>> byFileAndRule = new TreeMap<>();
        Set<String> rulesWithFindings = new HashSet<>();
        for (Finding finding : result.findings()) {
            byFileAndRule.computeIfAbsent(paths.relative(finding.location().file()), k -> new TreeMap<>())
                    .computeIfAbsent(title(finding), k -> new ArrayList<>()).add(finding);
            rulesWithFindings.add(finding.ruleId());
        }
        List<Case> cases = new ArrayList<>();
        byFileAndRule.forEach((file, byRule) -> byRule.forEach((rule, findings) -> {
            findings.sort(ReportOrder.IN_FILE);
            cases.add(new Case(file, rule, findings));
        }));
        for (RuleDefinition rule : rules) {
            if (!rulesWithFindings.contains(rule.id())) {
                cases.add(new Case("netlint", rule.id() + " " + rule.name(), List.of()));
            }
        }
        long failures = cases.stream().filter(c -> !c.failures().isEmpty()).count();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "netlint");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "netlint");
            xml.writeAttribute("tests", Integer.toString(cases.size()));
            xml.writeAttribute("failures", Long.toString(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (Case testCase : cases) {
                writeCase(xml, testCase);
            }
            xml.writeCharacters("  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.write('\n');
    }

    private static void writeCase(XMLStreamWriter xml, Case testCase) throws XMLStreamException {
        xml.writeCharacters("    ");
        if (testCase.failures().isEmpty()) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", XmlText.clean(testCase.classname()));
        xml.writeAttribute("name", XmlText.clean(testCase.name()));
        xml.writeAttribute("time", "0");
        for (Finding finding : testCase.failures()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("failure");
            String where = finding.location().line() + ":" + finding.location().column();
            xml.writeAttribute("type", finding.severity().label());
            xml.writeAttribute("message", XmlText.clean(where + ": " + finding.message()));
            StringBuilder body = new StringBuilder();
            body.append(XmlText.clean(testCase.classname())).append(':').append(where).append(": ")
                    .append(finding.severity().label()).append(": ").append(XmlText.clean(finding.message()));
            if (finding.resource() != null && !finding.resource().isEmpty()) {
                body.append("\nresource: ").append(XmlText.clean(finding.resource()));
            }
            if (finding.hint() != null && !finding.hint().isEmpty()) {
                body.append("\nfix: ").append(XmlText.clean(finding.hint()));
            }
            xml.writeCharacters(body.toString());
            xml.writeEndElement();
        }
        if (!testCase.failures().isEmpty()) {
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
    }

    private static String title(Finding finding) {
        return finding.ruleId().equals(finding.ruleName()) ? finding.ruleId() : finding.ruleId() + " " + finding.ruleName();
    }
}
