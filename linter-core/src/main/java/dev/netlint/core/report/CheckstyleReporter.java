package dev.netlint.core.report;

import dev.netlint.core.output.ReportPaths;
import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LintResult;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Checkstyle XML, read by reviewdog ({@code -f=checkstyle}) and Jenkins warnings-ng:
 * {@code <checkstyle version="4.3"><file name="path"><error line="5" column="9" severity="warning"
 * message="..." source="netlint.NET001"/></file></checkstyle>}. Files in path order, findings by line and column.
 */
public final class CheckstyleReporter implements Reporter {

    /** The Checkstyle report version consumers expect in the root element. */
    static final String CHECKSTYLE_VERSION = "4.3";

    private final ReportPaths paths;

    public CheckstyleReporter(ReportPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(LintResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(
                f -> paths.relative(f.location().file()), TreeMap::new, Collectors.toList()));
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", CHECKSTYLE_VERSION);
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("file");
                xml.writeAttribute("name", XmlText.clean(file.getKey()));
                xml.writeCharacters("\n");
                List<Finding> inFile = new java.util.ArrayList<>(file.getValue());
                inFile.sort(ReportOrder.IN_FILE);
                for (Finding finding : inFile) {
                    xml.writeCharacters("    ");
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(finding.location().line()));
                    xml.writeAttribute("column", Integer.toString(finding.location().column()));
                    xml.writeAttribute("severity", finding.severity().label());
                    xml.writeAttribute("message", XmlText.clean(finding.message()));
                    xml.writeAttribute("source", "netlint." + XmlText.clean(finding.ruleId()));
                    xml.writeCharacters("\n");
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write checkstyle XML: " + e.getMessage(), e);
        }
        out.write('\n');
    }
}
