package io.github.camellutron.docs;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.LutronJson;
import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.Gesture;
import io.github.camellutron.event.LedState;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.event.ZoneStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.camellutron.event.EventSamples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the event body sections of the endpoint pages equal to what Jackson really writes for every event type: the
 * example JSON is the serialization of a sample event with every field set, and the table lists exactly the fields
 * that JSON has, each with its meaning from {@link #MEANINGS}. A new event type or field fails this test until it
 * has a sample and a meaning; then regenerate with {@code ./mvnw -pl camel-lutron test -Dtest=EventDocsTest
 * -Dlutron.docs.update=true}.
 */
class EventDocsTest {

    static final String START = "<!-- generated from the event classes: START -->";
    static final String END = "<!-- generated from the event classes: END -->";

    private static final String DEVICE = "The keypad, Pico or sensor: LIP device integration id; LEAP the device that"
                                         + " owns the button. Absent when unknown.";
    private static final String BUTTON_ID = "The button: LIP component number, LEAP button id (`/button/N`).";
    private static final String BUTTON_NUMBER = "The button's number on its keypad or Pico. Absent when unknown.";
    private static final String LIP_ID = "LEAP events of a bridge that also speaks LIP (Caseta Smart Bridge Pro,"
                                         + " RA2 Select): the LIP integration id of the zone or device, from the"
                                         + " bridge's own LIP id map. Absent otherwise.";

    /** What each field means: the shared ones first, then per event type. */
    static final Map<String, String> SHARED = Map.of(
            "type", "The event type, as the `CamelLutronEventType` header.",
            "bridge", "The bridge, as `host:port`.",
            "timestamp", "When the event was received (ISO-8601, UTC).",
            "name", "Name of the zone, button, device or area, from the catalog. Absent when unknown.",
            "area", "Name of the area it is in. Absent when unknown.");

    static final Map<String, Map<String, String>> MEANINGS = merged(Map.of(
            "ZoneStatus", Map.of(
                    "zoneId", "The zone: LIP output integration id, LEAP zone id.",
                    "level", "Level 0-100: light level; switch 0 or 100; fan 0 / 25 / 50 / 75 / 100; shade lift"
                             + " position (0 closed, 100 open).",
                    "resync", "True on the state snapshot emitted after every connect.",
                    "controlType", "What the zone is, from the catalog: `Dimmed`, `Switched`, `FanSpeed`, `Shade`,"
                                   + " `Tilt`, `ShadeWithTilt`, `WhiteTune`, `SpectrumTune`, `ColorTune`, `CCO`,"
                                   + " `Receptacle`. Absent when unknown.",
                    "switchedLevel", "LEAP switched zones: `On` or `Off`.",
                    "fanSpeed", "Fans: `Off`, `Low`, `Medium`, `MediumHigh` or `High`.",
                    "tilt", "Blinds that report it: tilt 0-100. On LIP a tilt report (`~OUTPUT,id,9,tilt`) carries"
                            + " the zone's last lift as `level`, and a lift report the last tilt.",
                    "availability", "LEAP: `Available`, `Unavailable`, `Mixed` or `Unknown`.",
                    "lipId", LIP_ID),
            "ButtonEvent", Map.of(
                    "deviceId", DEVICE,
                    "buttonId", BUTTON_ID,
                    "buttonNumber", BUTTON_NUMBER,
                    "action", "`Press`, `Release`, `Hold`, `MultiTap` or `LongHold`, as the bridge reported it.",
                    "lipId", LIP_ID),
            "ButtonGesture", Map.of(
                    "deviceId", DEVICE,
                    "buttonId", BUTTON_ID,
                    "buttonNumber", BUTTON_NUMBER,
                    "gesture", "`SingleTap`, `DoubleTap`, `LongPress` or `HoldRepeat`.",
                    "lipId", LIP_ID),
            "OccupancyStatus", Map.of(
                    "areaId", "The area: LIP GROUP id (the area's integration id), LEAP area id. Absent when"
                              + " unknown.",
                    "occupancyGroupId", "Caseta LEAP: the occupancy group id.",
                    "deviceId", "LIP: the occupancy sensor that reported it (`~DEVICE,id,2,3` or `4`).",
                    "occupancy", "`Occupied`, `Unoccupied` or `Unknown`."),
            "LedStatus", Map.of(
                    "deviceId", "The keypad: LIP device integration id, LEAP the device that owns the LED's button.",
                    "ledId", "The LED: LIP LED component number, LEAP LED id (`/led/N`).",
                    "state", "`Off`, `On`, `Flash` or `RapidFlash` (LEAP: `On` or `Off`)."),
            "AreaStatus", Map.of(
                    "areaId", "The LEAP area id.",
                    "level", "The area's level 0-100. Absent when the bridge did not say.",
                    "occupancy", "`Occupied`, `Unoccupied` or `Unknown`. Absent when the bridge did not say.",
                    "scene", "The current scene's URL (`/areascene/N`). Absent when none."),
            "Connection", Map.of(
                    "state", "`Connected` or `Disconnected`.",
                    "reason", "Why the link went down. Absent on `Connected`."),
            "Raw", Map.of(
                    "text", "The LIP line or the LEAP message's JSON, exactly as the bridge sent it.")), Map.of(
            "AwayStatus", Map.of(
                    "enabledState", "`Enabled` or `Disabled`, as the `CamelLutronAwayState` header.",
                    "activeState", "Whether the away lighting runs now, as the bridge says it (`Active`). Absent"
                                   + " when the bridge did not say.",
                    "resync", "True for the state reported after every connect, false for a change."),
            "TimeclockStatus", Map.of(
                    "timeclockId", "The LIP timeclock's integration id.",
                    "mode", "The mode the timeclock is in now (its index in the project), from"
                            + " `~TIMECLOCK,id,1,mode`. Absent when the event reports an executed event.",
                    "executedEvent", "The index (from 1) of the event the timeclock ran, from"
                                     + " `~TIMECLOCK,id,5,event`. Absent when the event reports a mode.",
                    "name", "The timeclock's name, from the integration report. Absent when unknown."),
            "GreenModeStatus", Map.of(
                    "modeId", "The LIP green mode's integration id.",
                    "step", "The step the green mode is at now.",
                    "name", "The green mode's name, from the integration report. Absent when unknown."),
            "VariableStatus", Map.of(
                    "variableId", "The HomeWorks QS system variable's integration id.",
                    "value", "The variable's value now.",
                    "name", "The variable's name, when known; a DbXmlInfo.xml does not name system variables, so"
                            + " LIP events have none.")));

    static final Map<String, String> SUMMARIES = merged(Map.of(
            "ZoneStatus", "The state of a zone: dimmer, switch, fan, shade, blind, contact closure output.",
            "ButtonEvent", "A button of a keypad, Pico or the bridge (phantom button) was pressed, released, held or"
                           + " tapped, as the bridge reported it.",
            "ButtonGesture", "A gesture made with one button (consumer option `buttonGestures`).",
            "OccupancyStatus", "Occupancy of an area or occupancy group, or as one LIP occupancy sensor reports it.",
            "LedStatus", "A keypad LED changed state.",
            "AreaStatus", "Summary state of a RadioRA 3 / HomeWorks QSX area; its occupancy also comes as an"
                          + " `OccupancyStatus`.",
            "Connection", "The link to the bridge came up or went down; emitted on every connect and disconnect.",
            "Raw", "A line or message with no normalized form."), Map.of(
            "AwayStatus", "Caseta Smart Away (LEAP only): its state after every connect, then every change.",
            "TimeclockStatus", "A LIP timeclock changed its mode or ran one of its events.",
            "GreenModeStatus", "A LIP green mode changed its step.",
            "VariableStatus", "A HomeWorks QS system variable changed its value."));

    /** The entries of both maps (Map.of takes ten at most). */
    private static <V> Map<String, V> merged(Map<String, V> first, Map<String, V> second) {
        Map<String, V> all = new LinkedHashMap<>(first);
        all.putAll(second);
        return Map.copyOf(all);
    }

    @Test
    void everyEventTypeHasAFullSample() {
        List<Class<?>> sampled = EventSamples.ALL.stream().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).as("a sample of every event type")
                .containsExactlyInAnyOrder(LutronEvent.class.getPermittedSubclasses());
        for (LutronEvent sample : EventSamples.ALL) {
            for (RecordComponent c : sample.getClass().getRecordComponents()) {
                Object value;
                try {
                    value = c.getAccessor().invoke(sample);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                assertThat(value).as("%s.%s is set in the sample, so the docs show it", sample.type(), c.getName())
                        .isNotNull();
            }
            ObjectNode json = LutronJson.toTree(sample);
            List<String> expected = new ArrayList<>(List.of("type"));
            Arrays.stream(sample.getClass().getRecordComponents()).map(RecordComponent::getName).forEach(expected::add);
            assertThat(fieldNames(json)).as("JSON fields of %s", sample.type()).containsExactlyElementsOf(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "../docs/lip-endpoint.md", "../docs/leap-endpoint.md" })
    void eventBodySectionsMatchTheSerialization(String doc) throws IOException {
        GeneratedSection.check(doc, START, END, render(), EventDocsTest.class);
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        for (LutronEvent sample : EventSamples.ALL) {
            String type = sample.type().name();
            ObjectNode json = LutronJson.toTree(sample);
            md.append("\n### ").append(type).append("\n\n").append(summary(type)).append("\n\n```json\n")
                    .append(json.toPrettyString()).append("\n```\n\n| Field | JSON | Meaning |\n|---|---|---|\n");
            for (String field : fieldNames(json)) {
                md.append("| `").append(field).append("` | ").append(jsonType(json.get(field))).append(" | ")
                        .append(meaning(type, field)).append(" |\n");
            }
        }
        return md.append('\n').toString();
    }

    private static String summary(String type) {
        String summary = SUMMARIES.get(type);
        assertThat(summary).as("a summary of %s in EventDocsTest.SUMMARIES", type).isNotBlank();
        return summary;
    }

    private static String meaning(String type, String field) {
        String meaning = MEANINGS.getOrDefault(type, Map.of()).get(field);
        if (meaning == null) {
            meaning = SHARED.get(field);
        }
        assertThat(meaning).as("the meaning of %s.%s in EventDocsTest.MEANINGS", type, field).isNotBlank();
        return meaning;
    }

    private static String jsonType(JsonNode value) {
        return value.isTextual() ? "string" : value.isBoolean() ? "boolean" : value.isNumber() ? "number" : "object";
    }

    private static List<String> fieldNames(JsonNode json) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        json.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue()));
        return List.copyOf(fields.keySet());
    }
}
