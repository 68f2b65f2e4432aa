package io.github.camellutron.simulator;

import static io.github.camellutron.simulator.LeapTestClient.fixture;
import static io.github.camellutron.simulator.LeapTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;

/** Paged list reads, multi-MiB reply lines and multi-MiB request lines. */
class LeapPagingTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private LeapTestClient connect(LeapBridgeSimulator simulator) {
        simulator.writeClientFiles(dir, "client");
        return LeapTestClient.connect(simulator, dir, "client");
    }

    @Test
    void listReadsComeInPagesUntilThePagingObjectIsGone() {
        try (LeapBridgeSimulator simulator = LeapBridgeSimulator.builder().pageSize(4).build().start();
             LeapTestClient client = connect(simulator)) {
            List<String> hrefs = new ArrayList<>();
            List<JsonNode> pagings = new ArrayList<>();
            JsonNode paging = null;
            do {
                LeapMessage request = LeapMessage.request(CommuniqueType.ReadRequest, "/device", null)
                        .withClientTag("page").withPaging(paging);
                client.send(request.toJson());
                LeapMessage page = client.next();
                assertThat(page.clientTag()).isEqualTo("page");
                assertThat(page.status()).isEqualTo(LeapStatus.OK);
                page.body().path("Devices").forEach(d -> hrefs.add(d.path("href").asText()));
                paging = page.header().paging();
                pagings.add(paging);
            } while (paging != null);

            assertThat(pagings).hasSize(3);
            assertThat(pagings.get(0)).isEqualTo(json("{\"PageSize\":4,\"NextPageOffset\":4}"));
            List<String> recorded = new ArrayList<>();
            fixture("caseta", "devices.json").path("Body").path("Devices")
                    .forEach(d -> recorded.add(d.path("href").asText()));
            assertThat(hrefs).isEqualTo(recorded);

            LeapMessage single = client.read("/project", "one");
            assertThat(single.header().paging()).as("not a list").isNull();
            LeapMessage bad = client.ask(CommuniqueType.ReadRequest, "/device", "bad", null);
            assertThat(bad.header().paging()).isNotNull();
            client.send(LeapMessage.request(CommuniqueType.ReadRequest, "/device", null).withClientTag("bad")
                    .withPaging(json("{\"NextPageOffset\":99}")).toJson());
            assertThat(client.next().status().code()).isEqualTo(400);
        }
    }

    @Test
    void multiMebibyteDeviceListArrivesWholeInOneLine() {
        try (LeapBridgeSimulator simulator = LeapBridgeSimulator.builder().bigDeviceList(15_000).build().start();
             LeapTestClient client = connect(simulator)) {
            client.send(CommuniqueType.ReadRequest, "/device", "big", null);
            String line = client.readLine();
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(4 * MIB);
            LeapMessage devices = LeapMessage.parse(line);
            assertThat(devices.clientTag()).isEqualTo("big");
            assertThat(devices.body().path("Devices")).hasSize(11 + 15_000);
            assertThat(client.read("/server/1/status/ping", "after").clientTag()).isEqualTo("after");
        }
    }

    @Test
    void ra3PadsItsDeviceListButKeepsDeviceEmpty() {
        try (LeapBridgeSimulator simulator = LeapBridgeSimulator.builder().mode(LeapBridgeSimulator.Mode.RA3)
                .bigDeviceList(100).build().start();
             LeapTestClient client = connect(simulator)) {
            assertThat(client.read("/device?where=IsThisDevice:false", "list").body().path("Devices"))
                    .hasSize(4 + 100);
            assertThat(client.read("/device", "none").status()).isEqualTo(LeapStatus.NO_CONTENT);
        }
    }

    @Test
    void multiMebibyteRequestsAreReadAndOverlongOnesRefused() {
        try (LeapBridgeSimulator simulator = LeapBridgeSimulator.builder().build().start();
             LeapTestClient client = connect(simulator)) {
            char[] padding = new char[3 * MIB];
            Arrays.fill(padding, 'x');
            LeapMessage created = client.ask(CommuniqueType.CreateRequest, "/zone/1/commandprocessor", "large",
                    json("{\"Command\":{\"CommandType\":\"GoToLevel\","
                         + "\"Parameter\":[{\"Type\":\"Level\",\"Value\":5}]},"
                         + "\"Padding\":\"" + new String(padding) + "\"}"));
            assertThat(created.status()).isEqualTo(LeapStatus.CREATED);
            client.next();

            byte[] tooLong = new byte[9 * MIB];
            Arrays.fill(tooLong, (byte) 'y');
            client.sendRaw(tooLong);
            client.sendRaw("\r\n".getBytes(StandardCharsets.US_ASCII));
            LeapMessage refused = client.next();
            assertThat(refused.type()).isEqualTo(CommuniqueType.ExceptionResponse);
            assertThat(refused.status().code()).isEqualTo(400);
            assertThat(refused.clientTag()).isNull();
            assertThat(client.read("/server/1/status/ping", "still").clientTag()).isEqualTo("still");
            assertThat(simulator.level(1)).isEqualTo(5.0);
        }
    }
}
