package io.github.camellutron.catalog;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Reads a LIP integration report into a {@link LutronCatalog}: the {@code DbXmlInfo.xml} of RadioRA 2,
 * HomeWorks QS and RA2 Select, or the JSON report ({@code LIPIdList}) of a Caseta Smart Bridge Pro.
 */
public final class IntegrationReports {

    /** Junk some firmware writes before the document (HTTP headers, blank lines, a BOM) is skipped up to this size. */
    static final int MAX_PREFIX = 64 * 1024;

    private static final Pattern DEFAULT_BUTTON_NAME = Pattern.compile("(?i)button\\s*\\d+");
    private static final byte[] XML_PROLOG = "<?xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] XML_ROOT = "<Project".getBytes(StandardCharsets.US_ASCII);

    private IntegrationReports() {
    }

    /**
     * Reads either report format, told apart by whichever comes first: an XML prolog ({@code <?xml} or
     * {@code <Project}) or a JSON object.
     *
     * @throws IllegalArgumentException if the input is empty, neither format, or malformed
     */
    public static LutronCatalog parse(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] head = head(buffered);
        int xml = xmlStart(head);
        int json = jsonStart(head);
        if (xml < 0 && json < 0) {
            throw new IllegalArgumentException("not a Lutron integration report: found neither an XML prolog"
                    + " nor a JSON object in the first " + head.length + " bytes");
        }
        if (xml >= 0 && (json < 0 || xml < json)) {
            buffered.skipNBytes(xml);
            return DbXmlInfoParser.parse(buffered);
        }
        buffered.skipNBytes(json);
        return CasetaReportParser.parse(buffered);
    }

    /**
     * Reads a RadioRA 2 / HomeWorks QS / RA2 Select {@code DbXmlInfo.xml}, skipping any junk before it.
     *
     * @throws IllegalArgumentException if the input is empty, not such a document, or malformed
     */
    public static LutronCatalog parseDbXmlInfo(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] head = head(buffered);
        int xml = xmlStart(head);
        if (xml < 0) {
            throw new IllegalArgumentException("not a DbXmlInfo.xml: no '<?xml' prolog or <Project> element in the first "
                    + head.length + " bytes");
        }
        buffered.skipNBytes(xml);
        return DbXmlInfoParser.parse(buffered);
    }

    /**
     * Reads a Caseta Smart Bridge Pro / RA2 Select JSON integration report, skipping any junk before it.
     *
     * @throws IllegalArgumentException if the input is empty, not such a report, or malformed
     */
    public static LutronCatalog parseCasetaReport(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] head = head(buffered);
        int json = jsonStart(head);
        if (json < 0) {
            throw new IllegalArgumentException("not a Caseta integration report: no JSON object in the first "
                    + head.length + " bytes");
        }
        buffered.skipNBytes(json);
        return CasetaReportParser.parse(buffered);
    }

    /** Whether a button name is a placeholder such as "Button 12" rather than a name a user gave. */
    static boolean isDefaultButtonName(String name) {
        return name == null || name.isBlank() || DEFAULT_BUTTON_NAME.matcher(name.strip()).matches();
    }

    private static byte[] head(BufferedInputStream in) throws IOException {
        in.mark(MAX_PREFIX);
        byte[] head = in.readNBytes(MAX_PREFIX);
        in.reset();
        if (head.length == 0) {
            throw new IllegalArgumentException("empty integration report");
        }
        return head;
    }

    private static int xmlStart(byte[] head) {
        int prolog = indexOf(head, XML_PROLOG);
        int root = indexOf(head, XML_ROOT);
        return prolog < 0 ? root : root < 0 ? prolog : Math.min(prolog, root);
    }

    /** The first '{' that opens an object with a member or nothing, so stray braces in junk are passed over. */
    private static int jsonStart(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '{') {
                int next = i + 1;
                while (next < head.length && Character.isWhitespace(head[next])) {
                    next++;
                }
                if (next < head.length && (head[next] == '"' || head[next] == '}')) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
