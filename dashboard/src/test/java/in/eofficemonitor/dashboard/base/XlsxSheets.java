package in.eofficemonitor.dashboard.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads back the first sheet of a workbook with the JDK's own zip and XML parsers: each row's cell texts. */
public final class XlsxSheets {

    private XlsxSheets() {}

    /** Every part of the zip, parsed as XML (a part that is not well-formed throws). */
    public static List<String> parts(byte[] xlsx) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                names.add(e.getName());
            }
        }
        return names;
    }

    public static List<List<String>> rows(byte[] xlsx) throws Exception {
        byte[] sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList rows = factory.newDocumentBuilder().parse(new ByteArrayInputStream(sheet))
                .getElementsByTagNameNS("*", "row");
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = ((Element) rows.item(i)).getElementsByTagNameNS("*", "c");
            List<String> values = new ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                Element c = (Element) cells.item(j);
                values.add((c.getAttribute("t").equals("n") ? "n:" : "") + c.getTextContent());
            }
            out.add(values);
        }
        return out;
    }

    private static byte[] entry(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IllegalArgumentException(name + " is not in the workbook");
    }
}
