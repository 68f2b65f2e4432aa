package io.github.camellutron.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrationReportParserTest {

    private static final String MINIMAL_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project><Areas><Area Name="Home" IntegrationID="0"><Outputs>
              <Output Name="Porch" IntegrationID="9" OutputType="NON_DIM" />
            </Outputs></Area></Areas></Project>
            """;

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        return IntegrationReportParserTest.class.getResourceAsStream("/catalog/" + name);
    }

    @Test
    void detectsXml() throws IOException {
        LutronCatalog expected;
        try (InputStream in = resource("DbXmlInfo.xml")) {
            expected = IntegrationReports.parseDbXmlInfo(in);
        }
        try (InputStream in = resource("DbXmlInfo.xml")) {
            LutronCatalog detected = IntegrationReports.parse(in);
            assertThat(detected).isEqualTo(expected);
            assertThat(detected.zone(12)).contains(new Zone(12, "Ceiling Fan", "Living Room", "CEILING_FAN_TYPE"));
        }
    }

    @Test
    void detectsXmlAfterJunk() throws IOException {
        try (InputStream in = resource("DbXmlInfo-junk.xml")) {
            LutronCatalog detected = IntegrationReports.parse(in);
            assertThat(detected.zones()).hasSize(6);
            assertThat(detected.scene("good night")).contains(new Scene(1, "Good Night"));
        }
    }

    @Test
    void detectsJson() throws IOException {
        try (InputStream in = resource("caseta-report.json")) {
            LutronCatalog detected = IntegrationReports.parse(in);
            assertThat(detected.device(1).map(Device::type)).contains("SMART_BRIDGE");
            assertThat(detected.zone(2)).contains(new Zone(2, "Kitchen Lights", "Kitchen", null));
        }
    }

    @Test
    void skipsBomAndHttpJunkBeforeJson() throws IOException {
        String junk = "\uFEFF\r\nHTTP/1.0 200 OK\r\nX-Odd: {not json}\r\n\r\n\n";
        LutronCatalog parsed = IntegrationReports.parse(stream(junk
                + "{\"LIPIdList\":{\"Zones\":[{\"ID\":3,\"Name\":\"Lamp\",\"Area\":{\"Name\":\"Living Room\"}}]}}"));

        assertThat(parsed.zones()).containsExactly(new Zone(3, "Lamp", "Living Room", null));
        assertThat(parsed.areas()).containsExactly(new Area(1, "Living Room", null));
    }

    @Test
    void skipsBomBeforeXmlProlog() throws IOException {
        LutronCatalog parsed = IntegrationReports.parse(stream("\uFEFF\n\n" + MINIMAL_XML));

        assertThat(parsed.zones()).containsExactly(new Zone(9, "Porch", "Home", "NON_DIM"));
    }

    @Test
    void readsTheBriefsCasetaExample() throws IOException {
        LutronCatalog parsed = IntegrationReports.parse(stream("""
                {"LIPIdList":{"Devices":[{"ID":1,"Name":"Smart Bridge","Buttons":[{"Number":1,"Name":"Arriving Home"},\
                {"Number":2,"Name":"Button 2"}]},{"ID":2,"Name":"Pico","Area":{"Name":"Living Room"},"Buttons":[{"Number":2},\
                {"Number":3},{"Number":4},{"Number":5},{"Number":6}]}],"Zones":[{"ID":3,"Name":"Lamp","Area":{"Name":"Living Room"}}]}}
                """));

        assertThat(parsed.scenes()).containsExactly(new Scene(1, "Arriving Home"));
        assertThat(parsed.button(2, 6)).contains(new Button(6, 2, 6, "Lower", null));
        assertThat(parsed.zone(3)).contains(new Zone(3, "Lamp", "Living Room", null));
        assertThat(parsed.areas()).containsExactly(new Area(1, "Living Room", null));
    }

    @Test
    void emptyStreamIsRefused() {
        assertThatThrownBy(() -> IntegrationReports.parse(InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty integration report");
        assertThatThrownBy(() -> IntegrationReports.parseDbXmlInfo(InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty integration report");
        assertThatThrownBy(() -> IntegrationReports.parseCasetaReport(InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty integration report");
    }

    @Test
    void unknownFormatIsRefused() {
        String page = "HTTP/1.1 404 Not Found\r\n\r\nno such page\r\n";

        assertThatThrownBy(() -> IntegrationReports.parse(stream(page)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Lutron integration report: found neither an XML prolog nor a JSON object in the first "
                        + page.length() + " bytes");
    }

    @Test
    void wrongFormatForTheSpecificParserIsRefused() {
        assertThatThrownBy(() -> IntegrationReports.parseDbXmlInfo(stream("{\"LIPIdList\":{}}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a DbXmlInfo.xml: no '<?xml' prolog or <Project> element");
        assertThatThrownBy(() -> IntegrationReports.parseCasetaReport(stream(MINIMAL_XML)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a Caseta integration report: no JSON object");
    }

    @Test
    void truncatedXmlIsRefusedWithItsPosition() {
        String truncated = MINIMAL_XML.substring(0, MINIMAL_XML.indexOf("</Outputs>"));

        assertThatThrownBy(() -> IntegrationReports.parse(stream(truncated)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed DbXmlInfo.xml: ")
                .hasMessageContaining("[row,col]");
    }

    @Test
    void xmlWithAnotherRootIsRefused() {
        assertThatThrownBy(() -> IntegrationReports.parse(stream("<?xml version=\"1.0\"?><html><body/></html>")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a DbXmlInfo.xml: root element is <html>, expected <Project>");
    }

    @Test
    void jsonWithoutLipIdListIsRefused() {
        assertThatThrownBy(() -> IntegrationReports.parse(stream("{\"Devices\": [{\"ID\": 2}]}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a Caseta integration report: no \"LIPIdList\" object");
    }

    @Test
    void truncatedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> IntegrationReports.parse(stream("{\"LIPIdList\": {\"Zones\": [{\"ID\": 3, \"Na")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed Caseta integration report: ")
                .hasMessageContaining("at line 1, column");
    }

    @Test
    void externalEntityIsRefusedWithoutReadingTheFile(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY xxe SYSTEM "%s"> ]>
                <Project><Areas><Area Name="&xxe;" IntegrationID="0" /></Areas></Project>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> IntegrationReports.parse(stream(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed DbXmlInfo.xml: ")
                .hasMessageContaining("xxe")
                .hasMessageNotContaining("TOP-SECRET-VALUE");
    }

    @Test
    void entityExpansionIsRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY lol "lol"> <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"> ]>
                <Project><Areas><Area Name="&lol2;" IntegrationID="0" /></Areas></Project>
                """;

        assertThatThrownBy(() -> IntegrationReports.parse(stream(xml)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The entity \"lol2\" was referenced, but not declared");
    }

    @Test
    void externalDtdIsNotLoaded(@TempDir Path dir) throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "this is not a DTD, loading it would fail the parse");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project SYSTEM "%s">
                <Project><Areas><Area Name="Home" IntegrationID="0" /></Areas></Project>
                """.formatted(dtd.toUri());

        assertThat(IntegrationReports.parse(stream(xml)).areas()).containsExactly(new Area(0, "Home", null));
    }

    @Test
    void readFailureOfTheStreamStaysAnIOException() {
        String start = "<?xml version=\"1.0\"?>\n<Project><Areas>\n<!--" + " ".repeat(IntegrationReports.MAX_PREFIX) + "-->\n";
        InputStream failing = new SequenceInputStream(stream(start), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> IntegrationReports.parse(failing))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("connection reset");
    }
}
