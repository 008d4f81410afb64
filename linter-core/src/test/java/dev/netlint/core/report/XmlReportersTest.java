package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import static dev.netlint.core.report.ReportFixtures.HOSTILE;
import static dev.netlint.core.report.ReportFixtures.finding;
import static dev.netlint.core.report.ReportFixtures.result;
import static dev.netlint.core.report.ReportFixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LintResult;
import dev.netlint.core.finding.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlReportersTest {

    private static final ReportPaths PATHS = new ReportPaths(Path.of("/repo"));
    private static final LintResult RESULT = result(
            finding("NET001", "service-nodeport-exposure", Severity.WARNING, "/repo/k8s/b.yaml", 5, 9, "Service a/b", "b exposed"),
            finding("NET001", "service-nodeport-exposure", Severity.ERROR, "./k8s/b.yaml", 13, 15, "Service a/b", "bad port"),
            finding("NET003", "alb-ingress-not-grouped", Severity.INFO, "k8s/a.yaml", 2, 1, "Ingress a/c", "own ALB"),
            finding("NET001", "service-nodeport-exposure", Severity.WARNING, "k8s/evil.yaml", 3, 9, "Service " + HOSTILE,
                    "Service " + HOSTILE + " \uFFFF\uD800 is exposed"));

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void checkstyleGroupsByFileWithLineColumnSeverityAndSource() throws Exception {
        StringWriter out = new StringWriter();
        new CheckstyleReporter(PATHS).write(RESULT, out);
        Document doc = parse(out.toString());
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        NodeList files = root.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(3);
        assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo("k8s/a.yaml");
        Element b = (Element) files.item(1);
        assertThat(b.getAttribute("name")).isEqualTo("k8s/b.yaml");
        NodeList errors = b.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(2);
        Element first = (Element) errors.item(0);
        assertThat(List.of(first.getAttribute("line"), first.getAttribute("column"), first.getAttribute("severity"),
                first.getAttribute("message"), first.getAttribute("source")))
                .containsExactly("5", "9", "warning", "b exposed", "netlint.NET001");
        assertThat(((Element) ((Element) files.item(0)).getElementsByTagName("error").item(0)).getAttribute("severity")).isEqualTo("info");
        String hostile = ((Element) ((Element) files.item(2)).getElementsByTagName("error").item(0)).getAttribute("message");
        assertThat(hostile).startsWith("Service web\\u000a::error file=x::pwned\\u000d\\u000a::add-mask::secret%0A, title=:\"<&>\\u001b[31m")
                .contains("\\uffff\\ud800").doesNotContain("\n");
    }

    @Test
    void junitHasOneTestCasePerFileAndRuleWithAFailurePerFinding() throws Exception {
        StringWriter out = new StringWriter();
        new JunitReporter(List.of(rule("NET001", "service-nodeport-exposure", Severity.WARNING),
                rule("NET002", "eks-node-sg-missing-required-egress", Severity.ERROR),
                rule("NET003", "alb-ingress-not-grouped", Severity.WARNING)), PATHS).write(RESULT, out);
        String xml = out.toString();
        Document doc = parse(xml);
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        assertThat(suites.getAttribute("tests")).isEqualTo("4");
        assertThat(suites.getAttribute("failures")).isEqualTo("3");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(4);
        Element a = (Element) cases.item(0);
        assertThat(a.getAttribute("classname")).isEqualTo("k8s/a.yaml");
        assertThat(a.getAttribute("name")).isEqualTo("NET003 alb-ingress-not-grouped");
        Element b = (Element) cases.item(1);
        assertThat(b.getAttribute("classname")).isEqualTo("k8s/b.yaml");
        NodeList failures = b.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2);
        assertThat(((Element) failures.item(0)).getAttribute("message")).isEqualTo("5:9: b exposed");
        assertThat(((Element) failures.item(1)).getAttribute("type")).isEqualTo("error");
        assertThat(failures.item(1).getTextContent()).startsWith("k8s/b.yaml:13:15: error: bad port\nresource: Service a/b\nfix: Do the fix.");
        Element evil = (Element) cases.item(2);
        assertThat(evil.getElementsByTagName("failure").item(0).getTextContent())
                .contains("Service web\\u000a::error file=x::pwned", "\"<&>\\u001b[31m");
        Element passing = (Element) cases.item(3);
        assertThat(passing.getAttribute("classname")).isEqualTo("netlint");
        assertThat(passing.getAttribute("name")).isEqualTo("NET002 eks-node-sg-missing-required-egress");
        assertThat(passing.getElementsByTagName("failure").getLength()).isZero();

        StringWriter again = new StringWriter();
        new JunitReporter(List.of(rule("NET001", "service-nodeport-exposure", Severity.WARNING),
                rule("NET002", "eks-node-sg-missing-required-egress", Severity.ERROR),
                rule("NET003", "alb-ingress-not-grouped", Severity.WARNING)), PATHS).write(RESULT, again);
        assertThat(again.toString()).isEqualTo(xml);
    }

    @Test
    void cleanRunGivesValidEmptyReports() throws Exception {
        StringWriter checkstyle = new StringWriter();
        new CheckstyleReporter(PATHS).write(result(), checkstyle);
        assertThat(parse(checkstyle.toString()).getElementsByTagName("file").getLength()).isZero();
        StringWriter junit = new StringWriter();
        new JunitReporter(List.of(rule("NET001", "a-b", Severity.WARNING)), PATHS).write(result(), junit);
        Document doc = parse(junit.toString());
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    }

    @Test
    void reportPathsAreRelativeToTheRootWithForwardSlashes() throws IOException {
        ReportPaths paths = new ReportPaths(Path.of("/repo"));
        assertThat(paths.relative("./samples/x.yaml")).isEqualTo("samples/x.yaml");
        assertThat(paths.relative("/repo/samples/x.yaml")).isEqualTo("samples/x.yaml");
        assertThat(paths.relative("samples\\k8s\\x.yaml")).isEqualTo("samples/k8s/x.yaml");
        assertThat(paths.relative("/other/x.yaml")).isEqualTo("/other/x.yaml");
        assertThat(paths.relative("<stdin>")).isEqualTo("<stdin>");
    }
}
