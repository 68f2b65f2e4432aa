package io.github.camellutron.examples;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo's HTTP API against the demo house on the LIP simulator. */
class HttpApiRoutesTest extends SimulatedHouseTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int httpPort = AvailablePortFinder.getNextAvailable();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new HttpApiRoutes(List.of(bridgeEndpoint()), "127.0.0.1", httpPort);
    }

    @Test
    void listsTheDemoZonesWithNamesAndLevels() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> zones().stream().allMatch(z -> z.get("level") != null));

        List<Map<String, Object>> zones = zones();
        assertThat(zones).hasSize(13);
        assertThat(zones).extracting(z -> z.get("area")).containsExactly("Bedroom", "Bedroom", "Hallway", "Hallway",
                "Kitchen", "Kitchen", "Kitchen", "Living Room", "Living Room", "Living Room", "Living Room", "Office",
                "Office");
        assertThat(zone(13)).containsEntry("bridge", "lip").containsEntry("name", "Living Room Lamps")
                .containsEntry("area", "Living Room").containsEntry("level", 0.0);
        assertThat(zone(15)).containsEntry("name", "Living Room Shade").containsEntry("level", 100.0);
        assertThat(zone(19)).containsEntry("name", "Hallway Lights").containsEntry("level", 25.0);
    }

    @Test
    void aLevelChangedAtTheWallShowsUp() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> Double.valueOf(0.0).equals(zone(13).get("level")));

        bridge.setLevelFromWall(13, 40);

        await().atMost(5, TimeUnit.SECONDS).until(() -> Double.valueOf(40.0).equals(zone(13).get("level")));
        assertThat(zone(13).get("updated")).isNotNull();
    }

    @Test
    void putSetsTheLevel() throws Exception {
        HttpResponse<String> json = send("PUT", "/api/bridges/lip/zones/13/level", "{\"level\":50}");
        assertThat(json.statusCode()).isEqualTo(204);
        assertThat(bridge.level(13)).isEqualTo(50.0);
        await().atMost(5, TimeUnit.SECONDS).until(() -> Double.valueOf(50.0).equals(zone(13).get("level")));

        HttpResponse<String> text = send("PUT", "/api/bridges/lip/zones/13/level", "30");
        assertThat(text.statusCode()).isEqualTo(204);
        assertThat(bridge.level(13)).isEqualTo(30.0);
    }

    @Test
    void takesJsonWhateverTheContentTypeSays() throws Exception {
        HttpRequest formPost = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort
                                                                 + "/api/bridges/lip/buttons/press"))
                .header("Content-Type", "application/x-www-form-urlencoded") // what curl -d sends
                .POST(HttpRequest.BodyPublishers.ofString("{\"deviceId\":22,\"buttonId\":2}"))
                .build();

        assertThat(http.send(formPost, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        assertThat(bridge.received()).contains("#DEVICE,22,2,3");
    }

    @Test
    void pressesAButton() throws Exception {
        HttpResponse<String> response = send("POST", "/api/bridges/lip/buttons/press",
                "{\"deviceId\":21,\"buttonId\":2}");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(bridge.received()).contains("#DEVICE,21,2,3", "#DEVICE,21,2,4");
        await().atMost(5, TimeUnit.SECONDS).until(() -> Double.valueOf(100.0).equals(zone(13).get("level")));
    }

    @Test
    void badInputIsA400WithTheReason() throws Exception {
        assertError(send("PUT", "/api/bridges/lip/zones/13/level", "{\"level\":150}"),
                "Level 150.0 is out of range 0-100");
        assertError(send("PUT", "/api/bridges/lip/zones/13/level", "{\"level\":\"bright\"}"), "'bright'");
        assertError(send("PUT", "/api/bridges/lip/zones/kitchen/level", "{\"level\":50}"),
                "CamelLutronZoneId must be an integer");
        assertError(send("PUT", "/api/bridges/lip/zones/13/level", "{\"level\":"), "The body is not JSON");
        assertError(send("PUT", "/api/bridges/garage/zones/13/level", "{\"level\":50}"),
                "Unknown bridge 'garage'; known: [lip]");
        assertError(send("POST", "/api/bridges/lip/buttons/press", "{\"buttonId\":2}"),
                "Header CamelLutronDeviceId is required");
        assertThat(bridge.received()).noneMatch(line -> line.startsWith("#OUTPUT,13") || line.startsWith("#DEVICE"));
        assertThat(bridge.level(13)).isEqualTo(0.0);
    }

    @Test
    void aCommandTheBridgeRefusesIsA400WithItsAnswer() throws Exception {
        assertError(send("PUT", "/api/bridges/lip/zones/9999/level", "{\"level\":50}"), "object does not exist");
    }

    @Test
    void aCommandWhileTheBridgeIsDownIsA503() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> list("/api/bridges").get(0).get("connected").equals(true));

        bridge.refuseConnections(true);
        bridge.dropConnections();
        await().atMost(5, TimeUnit.SECONDS).until(() -> list("/api/bridges").get(0).get("connected").equals(false));

        HttpResponse<String> response = send("PUT", "/api/bridges/lip/zones/13/level", "{\"level\":50}");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains("is down");
    }

    @Test
    void reportsOccupancyTheLinkAndRecentEvents() throws Exception {
        await().atMost(10, TimeUnit.SECONDS).until(() -> list("/api/bridges").get(0).get("connected").equals(true));

        bridge.setOccupancy(2, true);

        await().atMost(5, TimeUnit.SECONDS).until(() -> list("/api/areas").stream()
                .anyMatch(a -> a.get("name").equals("Kitchen") && a.get("occupancy").equals("Occupied")));
        assertThat(list("/api/events")).anyMatch(e -> e.get("type").equals("OccupancyStatus")
                                                      && e.get("bridgeName").equals("lip"));
    }

    @Test
    void servesTheWebPage() throws Exception {
        HttpResponse<String> page = send("GET", "/", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<title>Lutron house</title>", "/api/zones");
    }

    private static void assertError(HttpResponse<String> response, String message) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(JSON.readTree(response.body()).path("error").asText()).contains(message);
    }

    private Map<String, Object> zone(int id) throws Exception {
        return zones().stream().filter(z -> z.get("id").equals(id)).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> zones() throws Exception {
        return list("/api/zones");
    }

    private List<Map<String, Object>> list(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), new TypeReference<>() {
        });
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
