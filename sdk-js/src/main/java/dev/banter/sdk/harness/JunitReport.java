package dev.banter.sdk.harness;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes scenario results as JUnit XML (one {@code testsuite} per project, one {@code testcase} per scenario, a
 * {@code failure} with the readable diff or an {@code error}), the format CI servers read.
 *
 * @since 0.4
 */
public final class JunitReport {

    private JunitReport() {}

    /**
     * The XML document for one suite.
     *
     * @param suite the suite's name, such as the extension's id
     */
    public static String xml(String suite, List<ScenarioResult> results) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuite");
            w.writeAttribute("name", suite);
            w.writeAttribute("tests", Integer.toString(results.size()));
            w.writeAttribute("failures", Long.toString(count(results, false)));
            w.writeAttribute("errors", Long.toString(count(results, true)));
            w.writeAttribute(
                    "time",
                    seconds(results.stream().mapToLong(ScenarioResult::nanos).sum()));
            for (ScenarioResult r : results) {
                w.writeCharacters("\n  ");
                w.writeStartElement("testcase");
                w.writeAttribute("classname", suite + "." + r.scenario().file());
                w.writeAttribute("name", r.scenario().name());
                w.writeAttribute("time", seconds(r.nanos()));
                if (r.error() != null) {
                    w.writeStartElement("error");
                    w.writeAttribute("message", r.error());
                    w.writeCharacters(r.report());
                    w.writeEndElement();
                } else if (!r.passed()) {
                    w.writeStartElement("failure");
                    w.writeAttribute("message", r.mismatches().size() + " expectation(s) not met");
                    w.writeCharacters(r.report());
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toString();
    }

    private static long count(List<ScenarioResult> results, boolean errors) {
        return results.stream()
                .filter(r -> !r.passed() && (r.error() != null) == errors)
                .count();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
