package io.github.camellutron.leap.protocol;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The streaming parse of {@link LeapMessage#parse(byte[], int, int)} must read every frame exactly as the tree parse of
 * {@link LeapMessage#parse(String)} does: same message, same JSON, same statuses; and it must really take the fast path
 * for the pushes bridges send most.
 */
class LeapPushParserTest {

    private static final String ZONE = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
                                       + "\"OneZoneStatus\",\"StatusCode\":\"200 OK\",\"Url\":\"/zone/5/status\"},"
                                       + "\"Body\":{\"ZoneStatus\":{%s}}}";
    private static final String BUTTON = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
                                         + "\"OneButtonStatusEvent\",\"StatusCode\":\"200 OK\",\"Url\":"
                                         + "\"/button/101/status/event\"},\"Body\":{\"ButtonStatus\":{%s}}}";
    private static final String OCCUPANCY = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
                                            + "\"OneOccupancyGroupStatus\",\"StatusCode\":\"200 OK\",\"Url\":"
                                            + "\"/occupancygroup/2/status\"},\"Body\":{\"OccupancyGroupStatus\":{%s}}}";

    static Stream<String> zoneBodies() {
        return Stream.of(
                "\"href\":\"/zone/5/status\",\"Level\":55,\"Zone\":{\"href\":\"/zone/5\"},\"StatusAccuracy\":\"Good\"",
                "\"Level\":55.5,\"Zone\":{\"href\":\"/zone/7\"}",
                "\"Level\":-1,\"Zone\":{\"href\":\"/zone/7\"}",
                "\"Level\":null,\"SwitchedLevel\":\"On\",\"Zone\":{\"href\":\"/zone/7\"}",
                "\"Level\":\"40\",\"Zone\":{\"href\":\"/zone/7\"}",
                "\"FanSpeed\":\"Medium\",\"Zone\":{\"href\":\"/zone/8\"},\"Availability\":\"Available\"",
                "\"Level\":20,\"Tilt\":30,\"Zone\":{\"href\":\"/zone/9\"}",
                "\"Level\":20,\"Tilt\":\"30\",\"Zone\":{\"href\":\"/zone/9\"}",
                "\"Level\":20,\"ColorTuningStatus\":{\"HSVTuningLevel\":{\"Hue\":30,\"Saturation\":50}},"
                + "\"Zone\":{\"href\":\"/zone/9\"}",
                "\"href\":\"/zone/11/status\",\"Level\":70",
                "\"Level\":70",
                "\"Level\":70,\"Zone\":[{\"href\":\"/zone/3\"}]",
                "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\",\"Other\":[1,2,{\"x\":null}]},\"Extra\":{\"a\":[1]}",
                "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\"},\"Level\":80",
                "\"Level\":70,\"Zone\":{\"href\":5}",
                "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\"},\"StatusAccuracy\":7",
                "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\"},\"StatusAccuracy\":true",
                "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\"},\"StatusAccuracy\":{\"a\":1}",
                "\"Level\":1e2,\"Zone\":{\"href\":\"/zone/3\"}",
                "\"Level\":12345678901234567890,\"Zone\":{\"href\":\"/zone/3\"}",
                "\"Level\":50,\"Zone\":{\"href\":\"/zone/3\"},\"Name\":\"K\\u00fcche \\\"Nord\\\"\"");
    }

    @ParameterizedTest
    @MethodSource("zoneBodies")
    void zonePushesReadAsTheTreeReadsThem(String fields) {
        String json = ZONE.formatted(fields);
        LeapMessage streamed = sameAsTree(json);
        assertThat(LeapBodies.zoneStatuses(streamed)).isEqualTo(LeapBodies.zoneStatuses(LeapMessage.parse(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"href\":\"/button/101/status/event\",\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":{\"EventType\":"
                    + "\"Press\"}",
            "\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":{\"EventType\":\"LongHold\",\"Other\":1}",
            "\"ButtonEvent\":{\"EventType\":\"Release\"}",
            "\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":\"Press\"",
            "\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":{\"EventType\":3}",
            "\"Button\":{\"href\":\"/button/101\"}" })
    void buttonPushesReadAsTheTreeReadsThem(String fields) {
        String json = BUTTON.formatted(fields);
        LeapMessage streamed = sameAsTree(json);
        assertThat(LeapBodies.buttonEvent(streamed)).isEqualTo(LeapBodies.buttonEvent(LeapMessage.parse(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"href\":\"/occupancygroup/2/status\",\"OccupancyGroup\":{\"href\":\"/occupancygroup/2\"},"
                    + "\"OccupancyStatus\":\"Occupied\"",
            "\"OccupancyGroup\":{\"href\":\"/occupancygroup/2\"},\"OccupancyStatus\":null",
            "\"OccupancyStatus\":\"Unoccupied\"" })
    void occupancyPushesReadAsTheTreeReadsThem(String fields) {
        String json = OCCUPANCY.formatted(fields);
        LeapMessage streamed = sameAsTree(json);
        assertThat(LeapBodies.occupancyGroupStatuses(streamed))
                .isEqualTo(LeapBodies.occupancyGroupStatuses(LeapMessage.parse(json)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // header shapes the fast path leaves to the tree
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":\"200 OK\",\"Url\":\"/device\",\"Paging\":"
                    + "{\"Limit\":2,\"Offset\":0}},\"Body\":{\"Devices\":[]}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"ClientTag\":42,\"Url\":\"/zone/1/status\"},\"Body\":{}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"ClientTag\":null,\"Url\":\"/zone/1/status\"}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\",\"Custom\":\"y\"},\"Body\":{\"a\":1}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\"},\"Body\":null}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\"},\"Body\":[1,2]}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\"},\"Extra\":true}",
            "{\"Body\":{\"ZoneStatus\":{\"Level\":5,\"Zone\":{\"href\":\"/zone/5\"}}},\"CommuniqueType\":\"ReadResponse\","
                    + "\"Header\":{\"MessageBodyType\":\"OneZoneStatus\",\"Url\":\"/zone/5/status\"}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneZoneStatus\"},\"Body\":{"
                    + "\"ZoneStatus\":{\"Level\":5,\"Zone\":{\"href\":\"/zone/5\"}},\"More\":1}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneZoneStatus\"},\"Body\":{"
                    + "\"ZoneStatuses\":[{\"Level\":5,\"Zone\":{\"href\":\"/zone/5\"}}]}}",
            "{\"Header\":{\"StatusCode\":\"200 OK\"},\"Body\":{\"SigningResult\":{}}}",
            "{\"CommuniqueType\":\"ExceptionResponse\",\"Header\":{\"StatusCode\":\"400 BadRequest\",\"Url\":\"/x\"},"
                    + "\"Body\":{\"Message\":\"no\"}}",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneZoneStatus\"},\"Body\":{}}" })
    void otherShapesReadAsTheTreeReadsThem(String json) {
        LeapMessage streamed = sameAsTree(json);
        assertThat(LeapBodies.zoneStatuses(streamed)).isEqualTo(LeapBodies.zoneStatuses(LeapMessage.parse(json)));
    }

    @Test
    void everyRecordedFixtureReadsAsTheTreeReadsIt() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/io/github/camellutron/simulator/leap").toURI());
        List<Path> files;
        try (Stream<Path> all = Files.walk(root)) {
            files = all.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            JsonNode tree = LeapJson.MAPPER.readTree(file.toFile());
            // recorded pretty-printed; a bridge sends one line
            String line = LeapJson.MAPPER.writeValueAsString(tree);
            if (tree.has("CommuniqueType") || tree.has("Header")) {
                sameAsTree(line);
            }
        }
    }

    @Test
    void theCommonPushesTakeTheFastPathAndBuildNoTree() {
        LeapMessage zone = parseBytes(ZONE.formatted(
                "\"href\":\"/zone/5/status\",\"Level\":55,\"Zone\":{\"href\":\"/zone/5\"},\"StatusAccuracy\":\"Good\""));
        assertThat(zone.decodedBody()).isEqualTo(new LeapZoneStatus(5, 55.0, null, null, null, null, "Good", null));
        assertThat(zone.hasBody()).isTrue();
        LeapMessage button = parseBytes(BUTTON.formatted(
                "\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":{\"EventType\":\"Press\"}"));
        assertThat(button.decodedBody()).isEqualTo(new LeapButtonEvent(101, "Press"));
        LeapMessage occupancy = parseBytes(OCCUPANCY.formatted(
                "\"OccupancyGroup\":{\"href\":\"/occupancygroup/2\"},\"OccupancyStatus\":\"Occupied\""));
        assertThat(occupancy.decodedBody()).isEqualTo(new LeapOccupancyGroupStatus(2, "Occupied"));
    }

    @Test
    void aFrameInsideALargerArrayIsReadFromItsOwnRange() {
        String json = ZONE.formatted("\"Level\":42,\"Zone\":{\"href\":\"/zone/6\"}");
        byte[] padded = bytes("garbage before" + json + "garbage after");
        LeapMessage m = LeapMessage.parse(padded, "garbage before".length(), json.length());
        assertThat(m).isEqualTo(LeapMessage.parse(json));
        assertThat(m.body().toString()).isEqualTo("{\"ZoneStatus\":{\"Level\":42,\"Zone\":{\"href\":\"/zone/6\"}}}");
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\"},\"Body\":{\"a\":1}} x",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/x\"},\"Body\":{\"a\":",
            "{\"CommuniqueType\":\"ReadResponse\",\"Header\":[1]}", "[1,2]", "" })
    void badFramesFailWithTheTreeParsesMessage(String json) {
        String expected;
        try {
            LeapMessage.parse(json);
            throw new AssertionError("the tree parse accepted " + json);
        } catch (LeapParseException e) {
            expected = e.getMessage();
        }
        assertThatThrownBy(() -> parseBytes(json)).isInstanceOf(LeapParseException.class).hasMessage(expected);
    }

    private static LeapMessage sameAsTree(String json) {
        LeapMessage tree = LeapMessage.parse(json);
        LeapMessage streamed = parseBytes(json);
        assertThat(streamed).as(json).isEqualTo(tree);
        assertThat(streamed.toJson()).as(json).isEqualTo(tree.toJson());
        assertThat(streamed.hasBody()).as(json).isEqualTo(tree.body() != null);
        assertThat(streamed.header()).as(json).isEqualTo(tree.header());
        return streamed;
    }

    private static LeapMessage parseBytes(String json) {
        byte[] b = bytes(json);
        return LeapMessage.parse(b, 0, b.length);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
