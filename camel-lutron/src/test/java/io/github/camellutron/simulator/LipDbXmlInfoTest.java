package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.catalog.Zone;

/** The house as a {@code DbXmlInfo.xml}, and the simulator serving it over HTTP like a main repeater. */
class LipDbXmlInfoTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void demoHouseSurvivesTheRoundTrip() throws IOException {
        LipHouse demo = LipHouse.demo();
        String xml = demo.toDbXmlInfo();
        LutronCatalog catalog = parse(xml);

        assertSameHouse(catalog, demo);
        assertThat(catalog.scenes()).extracting(Scene::name).containsExactly("All On", "All Off", "Movie", "Goodnight");
        assertThat(catalog.area(0).orElseThrow().name()).isEqualTo("Demo house");
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<ProjectName ProjectName=\"Demo house\"/>", "<DbExportDate>03/14/2026</DbExportDate>",
                        "<DbExportTime>09:26:53</DbExportTime>",
                        "<Component ComponentNumber=\"2\" ComponentType=\"CCI\"/>");
    }

    @Test
    void houseFromDbXmlInfoGivesBackTheSameCatalog() throws IOException {
        LutronCatalog original;
        try (InputStream xml = getClass().getResourceAsStream("/simulator/DbXmlInfo.xml")) {
            original = IntegrationReports.parseDbXmlInfo(xml);
        }
        LipHouse house = LipHouse.fromCatalog(original);
        LutronCatalog catalog = parse(house.toDbXmlInfo());

        assertSameHouse(catalog, house);
        assertThat(catalog.scenes()).extracting(Scene::name).containsExactly("Evening", "Away");
        assertThat(catalog).isEqualTo(original);
    }

    @Test
    void namesAreEscapedAndZonesOutsideTheAreasSitInTheProject() throws IOException {
        LipHouse house = LipHouse.fromJson(new ByteArrayInputStream("""
                {
                  "name": "Tom & Jerry's <House>",
                  "areas": [ { "id": 2, "name": "Den \\"Blue\\"" } ],
                  "zones": [ { "id": 5, "name": "Lamp <A> & B", "area": "Den \\"Blue\\"" },
                             { "id": 6, "name": "Porch", "area": "Outside" } ],
                  "devices": [ { "id": 7, "name": "Keypad", "area": "Den \\"Blue\\"", "type": "SEETOUCH_KEYPAD",
                                 "buttons": [ { "number": 1, "name": "Read & Relax", "led": 81 }, { "number": 2 } ] } ]
                }
                """.getBytes(StandardCharsets.UTF_8)));
        LutronCatalog catalog = parse(house.toDbXmlInfo());

        assertThat(catalog.zones()).containsExactly(new Zone(6, "Porch", "Tom & Jerry's <House>", "INC"),
                new Zone(5, "Lamp <A> & B", "Den \"Blue\"", "INC"));
        assertThat(catalog.buttons()).containsExactly(new Button(1, 7, 1, "Read & Relax", 81),
                new Button(2, 7, 2, "Button 2", null));
    }

    /** Clients key entities on the UUID attributes every real file has (pylutron, and Home Assistant through it). */
    @Test
    void everyAreaDeviceOutputButtonAndLedHasAUniqueNumericUuid() throws Exception {
        Document xml = dom(LipHouse.demo().toDbXmlInfo());
        List<String> uuids = new ArrayList<>();
        for (String element : List.of("Area", "Device", "Output", "Button", "LED", "OccupancyGroup", "Timeclock",
                "GreenMode")) {
            NodeList nodes = xml.getElementsByTagName(element);
            assertThat(nodes.getLength()).as("<%s> elements", element).isPositive();
            for (int i = 0; i < nodes.getLength(); i++) {
                String uuid = ((Element) nodes.item(i)).getAttribute("UUID");
                assertThat(uuid).as("UUID of <%s> %d", element, i).matches("[1-9]\\d*");
                uuids.add(uuid);
            }
        }
        assertThat(uuids).doesNotHaveDuplicates();
        NodeList groups = xml.getElementsByTagName("OccupancyGroup");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            assertThat(group.getAttribute("UUID")).as("an occupancy group's number is its UUID")
                    .isEqualTo(group.getAttribute("OccupancyGroupNumber"));
        }
    }

    @Test
    void uuidsStayTheSameWhenTheHouseChangesElsewhere() throws Exception {
        String small = """
                { "areas": [ { "id": 2, "name": "Den" } ],
                  "zones": [ { "id": 5, "name": "Lamp", "area": "Den" } ],
                  "devices": [ { "id": 7, "name": "Keypad", "area": "Den", "type": "SEETOUCH_KEYPAD",
                                 "buttons": [ { "number": 1, "name": "Read", "led": 81 } ] } ] }
                """;
        String bigger = small
                .replace("\"zones\": [", "\"zones\": [ { \"id\": 4, \"name\": \"Sconce\", \"area\": \"Den\" },")
                .replace("\"areas\": [", "\"areas\": [ { \"id\": 3, \"name\": \"Hall\" },");
        Map<String, String> before = uuidsByElementAndId(dom(house(small).toDbXmlInfo()));
        Map<String, String> after = uuidsByElementAndId(dom(house(bigger).toDbXmlInfo()));
        assertThat(after).hasSizeGreaterThan(before.size()).containsAllEntriesOf(before);
        assertThat(before).containsKeys("Area 0", "Area 2", "Output 5", "Device 7", "Button 7:1", "LED 7:81");
    }

    @Test
    void servesDbXmlInfoOverHttpLikeAMainRepeater() throws Exception {
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().httpPort(0).build().start()) {
            String url = simulator.integrationReportUrl();
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/DbXmlInfo\\.xml")
                    .doesNotContain(":" + simulator.port() + "/");

            HttpResponse<byte[]> response = get(url);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(LipHouse.demo().toDbXmlInfo());
            assertSameHouse(IntegrationReports.parseDbXmlInfo(new ByteArrayInputStream(response.body())),
                    simulator.house());
        }
    }

    @Test
    void answersEverythingElseWith404() throws Exception {
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().httpPort(0).build().start()) {
            String root = simulator.integrationReportUrl().replace("/DbXmlInfo.xml", "");
            assertThat(get(root + "/").statusCode()).isEqualTo(404);
            assertThat(get(root + "/dbxmlinfo.xml").statusCode()).isEqualTo(404);
            assertThat(get(root + "/DbXmlInfo.xml/more").statusCode()).isEqualTo(404);
            HttpRequest post = HttpRequest.newBuilder(URI.create(simulator.integrationReportUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("<Project/>")).build();
            assertThat(HTTP.send(post, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void junkBeforeThePrologIsSkippedByTheReader() throws Exception {
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().httpPort(0).junkBeforeXmlProlog(true)
                .build().start()) {
            HttpResponse<byte[]> response = get(simulator.integrationReportUrl());
            String body = new String(response.body(), StandardCharsets.UTF_8);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body).doesNotStartWith("<?xml").endsWith(LipHouse.demo().toDbXmlInfo());
            assertThat(body.substring(0, body.indexOf("<?xml")).lines()).hasSizeGreaterThan(1);
            assertThat(IntegrationReports.parse(new ByteArrayInputStream(response.body())))
                    .isEqualTo(parse(LipHouse.demo().toDbXmlInfo()));
        }
    }

    @Test
    void closeStopsTheHttpServer() throws Exception {
        String url;
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().httpPort(0).build().start()) {
            url = simulator.integrationReportUrl();
            assertThat(get(url).statusCode()).isEqualTo(200);
        }
        assertThatThrownBy(() -> get(url)).isInstanceOf(IOException.class);
    }

    /** Nothing the simulator starts keeps a JVM alive: a program whose main returns ends without close(). */
    @Test
    void aJvmServingTheReportEndsWhenItsMainReturns(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                StartAndReturn.class.getName()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        child.getOutputStream().close();
        boolean ended;
        try {
            ended = child.waitFor(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("the JVM ended once main returned: %s", output).isTrue();
        assertThat(output).contains(StartAndReturn.SERVING);
        assertThat(child.exitValue()).as(output).isZero();
    }

    /** The other JVM: starts a simulator with HTTP, fetches the report once, and returns without closing it. */
    public static final class StartAndReturn {

        static final String SERVING = "serving the report";

        public static void main(String[] args) throws Exception {
            LipBridgeSimulator simulator = LipBridgeSimulator.builder().httpPort(0).build().start();
            if (get(simulator.integrationReportUrl()).statusCode() == 200) {
                System.out.println(SERVING);
            }
        }
    }

    @Test
    void withoutHttpPortThereIsNoReportUrl() {
        try (LipBridgeSimulator simulator = LipBridgeSimulator.builder().build().start()) {
            assertThatThrownBy(simulator::integrationReportUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("httpPort");
        }
        LipBridgeSimulator notStarted = LipBridgeSimulator.builder().httpPort(0).build();
        try (notStarted) {
            assertThatThrownBy(notStarted::integrationReportUrl).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not started");
        }
        assertThatThrownBy(() -> LipBridgeSimulator.builder().httpPort(-2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LipBridgeSimulator.builder().httpPort(65536))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every zone, device, button and named phantom scene of the house is in the catalog, as the house has it. */
    private static void assertSameHouse(LutronCatalog catalog, LipHouse house) {
        assertThat(catalog.areas()).extracting(a -> tuple(a.id(), a.name()))
                .containsAll(house.areas().stream().map(a -> tuple(a.id(), a.name())).toList());
        assertThat(catalog.zones()).containsExactlyInAnyOrderElementsOf(house.zones().stream()
                .map(z -> new Zone(z.id(), z.name(), z.area(), z.type())).toList());
        assertThat(catalog.devices()).extracting(Device::id, Device::name, Device::area, Device::type)
                .containsExactlyInAnyOrderElementsOf(house.devices().stream()
                        .map(d -> tuple(d.id(), d.name(), d.area(), d.type())).toList());
        assertThat(catalog.buttons()).containsExactlyInAnyOrderElementsOf(house.devices().stream()
                .flatMap(d -> d.buttons().stream().map(b -> new Button(b.number(), d.id(), b.number(), b.name(),
                        b.led())))
                .toList());
        List<Scene> phantomScenes = house.devices().stream().filter(d -> "MAIN_REPEATER".equals(d.type()))
                .flatMap(d -> d.buttons().stream())
                .filter(b -> b.name() != null && !b.name().matches("(?i)button\\s*\\d+"))
                .map(b -> new Scene(b.number(), b.name()))
                .toList();
        assertThat(phantomScenes).isNotEmpty();
        assertThat(catalog.scenes()).containsExactlyInAnyOrderElementsOf(phantomScenes);
    }

    /** The UUID of each Area, Output and Device by integration id, of each Button and LED by device and number. */
    private static Map<String, String> uuidsByElementAndId(Document xml) {
        Map<String, String> uuids = new TreeMap<>();
        for (String element : List.of("Area", "Device", "Output")) {
            NodeList nodes = xml.getElementsByTagName(element);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                uuids.put(element + " " + e.getAttribute("IntegrationID"), e.getAttribute("UUID"));
            }
        }
        NodeList components = xml.getElementsByTagName("Component");
        for (int i = 0; i < components.getLength(); i++) {
            Element component = (Element) components.item(i);
            Element device = (Element) component.getParentNode().getParentNode();
            NodeList children = component.getElementsByTagName("*");
            for (int j = 0; j < children.getLength(); j++) {
                Element part = (Element) children.item(j);
                uuids.put(part.getTagName() + " " + device.getAttribute("IntegrationID") + ":"
                          + component.getAttribute("ComponentNumber"), part.getAttribute("UUID"));
            }
        }
        return uuids;
    }

    private static Document dom(String xml) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static LipHouse house(String json) throws IOException {
        return LipHouse.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static LutronCatalog parse(String xml) throws IOException {
        return IntegrationReports.parseDbXmlInfo(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
