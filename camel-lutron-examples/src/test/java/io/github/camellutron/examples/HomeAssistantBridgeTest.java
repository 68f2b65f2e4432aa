package io.github.camellutron.examples;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.Gesture;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.examples.HomeAssistantBridge.Command;
import io.github.camellutron.examples.HomeAssistantBridge.Publication;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The mapping on its own, for what the simulators cannot show: gesture triggers (the consumer option that emits
 * {@code ButtonGesture} events is not on this branch), the edges of levels and fan speeds.
 */
class HomeAssistantBridgeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-03-14T09:26:53Z");
    private static final LutronCatalog HOUSE = LutronCatalog.builder()
            .zone(new Zone(13, "Lamps", "Living Room", "INC"))
            .zone(new Zone(14, "Ceiling Fan", "Living Room", "CEILING_FAN_TYPE"))
            .device(new Device(21, "Pico", "Living Room", "PICO_KEYPAD",
                    List.of(new Button(2, 21, 2, "On", null), new Button(4, 21, 4, "Off", null))))
            .build();

    @Test
    void gestureTriggersAreSingleDoubleAndLongPresses() throws Exception {
        HomeAssistantBridge home = bridge("lutron-lip:bridge", true);

        List<Publication> triggers = home.discovery(HOUSE).stream()
                .filter(p -> p.topic().startsWith("homeassistant/device_automation/")).toList();

        assertThat(triggers).hasSize(2 * 3).allMatch(Publication::retained);
        for (Publication trigger : triggers) {
            assertThat(HomeAssistantSchema.violations("device_automation", JSON.readTree(trigger.payload())))
                    .isEmpty();
        }
        assertThat(triggers).extracting(p -> JSON.readTree(p.payload()))
                .filteredOn(json -> json.path("subtype").asText().equals("button_2"))
                .extracting(json -> json.path("type").asText() + "=" + json.path("payload").asText())
                .containsExactlyInAnyOrder("button_short_press=single_tap", "button_double_press=double_tap",
                        "button_long_press=long_press");

        ButtonEvent press = new ButtonEvent("bridge", NOW, 21, 2, 2, ButtonAction.Press, "On", "Living Room");
        assertThat(home.publications(ButtonGesture.of(press, Gesture.DoubleTap, NOW)))
                .containsExactly(new Publication("lutron/lip/device/21/button/2", "double_tap", false));
        // the events behind a gesture go to the same topic; only the declared payloads fire a trigger
        assertThat(home.publications(press))
                .containsExactly(new Publication("lutron/lip/device/21/button/2", "press", false));
    }

    @Test
    void aZoneThatIsOnAtAllIsNeverShownAtZero() throws Exception {
        HomeAssistantBridge home = bridge("lutron-lip:bridge", false);
        home.discovery(HOUSE);

        Publication dim = home.publications(zone(13, 0.3)).get(0);

        assertThat(JSON.readTree(dim.payload())).isEqualTo(JSON.readTree("{\"state\":\"ON\",\"brightness\":1}"));
        assertThat(dim.retained()).isTrue();
    }

    @Test
    void fanPercentagesSnapToTheFourSpeeds() {
        HomeAssistantBridge lip = bridge("lutron-lip:bridge", false);
        lip.discovery(HOUSE);
        HomeAssistantBridge leap = bridge("lutron-leap:bridge", false);
        leap.discovery(HOUSE);
        String percentage = "lutron/lip/zone/14/percentage/set";

        assertThat(lip.command(percentage, "10").headers()).containsEntry(LutronConstants.LEVEL, 25.0);
        assertThat(lip.command(percentage, "62.5").headers()).containsEntry(LutronConstants.LEVEL, 75.0);
        assertThat(lip.command(percentage, "0").headers()).containsEntry(LutronConstants.LEVEL, 0.0);
        Command high = leap.command(percentage, "100");
        assertThat(high.operation()).isEqualTo("goToFanSpeed");
        assertThat(high.headers()).isEqualTo(Map.of(LutronConstants.ZONE_ID, 14, LutronConstants.FAN_SPEED, "High"));
        assertThat(leap.command(percentage, "30").headers()).containsEntry(LutronConstants.FAN_SPEED, "Low");
        assertThatThrownBy(() -> lip.command(percentage, "101")).hasMessageContaining("0-100");

        // on again at the speed it last reported
        lip.publications(zone(14, 75));
        assertThat(lip.command("lutron/lip/zone/14/state/set", "ON").headers())
                .containsEntry(LutronConstants.LEVEL, 75.0);
    }

    @Test
    void aLightTurnedOnWithoutABrightnessGoesToFull() {
        HomeAssistantBridge home = bridge("lutron-lip:bridge", false);
        home.discovery(HOUSE);

        Command on = home.command("lutron/lip/zone/13/state/set", "{\"state\":\"ON\"}");

        assertThat(on.operation()).isEqualTo("goToLevel");
        assertThat(on.headers()).isEqualTo(Map.of(LutronConstants.ZONE_ID, 13, LutronConstants.LEVEL, 100.0));
        assertThatThrownBy(() -> home.command("lutron/other/zone/13/state/set", "{\"state\":\"ON\"}"))
                .hasMessageContaining("Not a command topic of bridge lip");
    }

    @Test
    void namesThatCannotBeTopicLevelsAreRefused() {
        assertThatThrownBy(() -> new HomeAssistantBridge(new BridgeEndpoint("living room", "lutron-lip:bridge"),
                "homeassistant", "lutron", false)).hasMessageContaining("'living room' must be letters");
        assertThatThrownBy(() -> new HomeAssistantBridge(new BridgeEndpoint("lip", "lutron-lip:bridge"),
                "homeassistant", "lutron/#", false)).hasMessageContaining("Base topic");
    }

    private static HomeAssistantBridge bridge(String uri, boolean gestures) {
        return new HomeAssistantBridge(new BridgeEndpoint("lip", uri), "homeassistant", "lutron", gestures);
    }

    private static ZoneStatus zone(int id, double level) {
        return new ZoneStatus("bridge", NOW, id, level, false, null, null);
    }
}
