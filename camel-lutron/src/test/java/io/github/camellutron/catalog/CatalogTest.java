package io.github.camellutron.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {

    private static final Button ENTRY_ON = new Button(1, 20, 1, "Entry On", 81);
    private static final Button ENTRY_OFF = new Button(2, 20, 2, "Entry Off", null);
    private static final Device KEYPAD = new Device(20, "Hall Keypad", "Hall", "SEETOUCH_KEYPAD", List.of(ENTRY_ON, ENTRY_OFF));
    private static final Button BRIDGE_SCENE = new Button(3, 1, 3, "Evening", 103);
    private static final Device REPEATER = new Device(1, "Main Repeater", "House", "MAIN_REPEATER", List.of(BRIDGE_SCENE));

    private static LutronCatalog sample() {
        return LutronCatalog.builder()
                .area(new Area(0, "House", null))
                .area(new Area(2, "Hall", 0))
                .zone(new Zone(10, "Hall Lights", "Hall", "INC"))
                .zone(new Zone(11, "Hall Shade", "Hall", "SYSTEM_SHADE"))
                .device(REPEATER)
                .device(KEYPAD)
                .scene(new Scene(3, "Evening"))
                .build();
    }

    @Test
    void listsEverythingInInsertionOrder() {
        LutronCatalog catalog = sample();

        assertThat(catalog.areas()).containsExactly(new Area(0, "House", null), new Area(2, "Hall", 0));
        assertThat(catalog.zones()).extracting(Zone::id).containsExactly(10, 11);
        assertThat(catalog.devices()).containsExactly(REPEATER, KEYPAD);
        assertThat(catalog.buttons()).containsExactly(BRIDGE_SCENE, ENTRY_ON, ENTRY_OFF);
        assertThat(catalog.scenes()).containsExactly(new Scene(3, "Evening"));
        assertThat(catalog.isEmpty()).isFalse();
    }

    @Test
    void looksUpById() {
        LutronCatalog catalog = sample();

        assertThat(catalog.zone(11)).contains(new Zone(11, "Hall Shade", "Hall", "SYSTEM_SHADE"));
        assertThat(catalog.zone(12)).isEmpty();
        assertThat(catalog.device(20)).contains(KEYPAD);
        assertThat(catalog.device(21)).isEmpty();
        assertThat(catalog.area(2)).contains(new Area(2, "Hall", 0));
        assertThat(catalog.area(0)).contains(new Area(0, "House", null));
        assertThat(catalog.area(3)).isEmpty();
        assertThat(catalog.scene(3)).contains(new Scene(3, "Evening"));
        assertThat(catalog.scene(4)).isEmpty();
    }

    @Test
    void looksUpButtonsByDeviceAndComponent() {
        LutronCatalog catalog = sample();

        assertThat(catalog.button(20, 1)).contains(ENTRY_ON);
        assertThat(catalog.button(20, 2)).contains(ENTRY_OFF);
        assertThat(catalog.button(1, 3)).contains(BRIDGE_SCENE);
        assertThat(catalog.button(20, 3)).isEmpty();
        assertThat(catalog.button(1, 1)).isEmpty();
    }

    @Test
    void looksUpButtonsByLed() {
        LutronCatalog catalog = sample();

        assertThat(catalog.buttonByLed(20, 81)).contains(ENTRY_ON);
        assertThat(catalog.buttonByLed(1, 103)).contains(BRIDGE_SCENE);
        assertThat(catalog.buttonByLed(20, 82)).isEmpty();
        assertThat(catalog.buttonByLed(1, 81)).isEmpty();
        assertThat(catalog.buttonByLed(20, 1)).isEmpty();
    }

    @Test
    void looksUpScenesByNameIgnoringCase() {
        LutronCatalog catalog = sample();

        assertThat(catalog.scene("Evening")).contains(new Scene(3, "Evening"));
        assertThat(catalog.scene("EVENING")).contains(new Scene(3, "Evening"));
        assertThat(catalog.scene("evening")).contains(new Scene(3, "Evening"));
        assertThat(catalog.scene("Morning")).isEmpty();
        assertThat(catalog.scene(null)).isEmpty();
    }

    @Test
    void laterEntryWithTheSameIdReplacesTheEarlierOne() {
        LutronCatalog catalog = LutronCatalog.builder()
                .zone(new Zone(10, "Old", null, null))
                .zone(new Zone(11, "Other", null, null))
                .zone(new Zone(10, "New", "Hall", "INC"))
                .build();

        assertThat(catalog.zones()).containsExactly(new Zone(10, "New", "Hall", "INC"), new Zone(11, "Other", null, null));
        assertThat(catalog.zone(10)).contains(new Zone(10, "New", "Hall", "INC"));
    }

    @Test
    void emptyCatalogHasNothing() {
        LutronCatalog empty = LutronCatalog.empty();

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.areas()).isEmpty();
        assertThat(empty.zones()).isEmpty();
        assertThat(empty.devices()).isEmpty();
        assertThat(empty.buttons()).isEmpty();
        assertThat(empty.scenes()).isEmpty();
        assertThat(empty.zone(1)).isEmpty();
        assertThat(empty.button(1, 1)).isEmpty();
        assertThat(empty).isEqualTo(LutronCatalog.builder().build());
        assertThat(LutronCatalog.builder().scene(new Scene(1, "Only")).build().isEmpty()).isFalse();
    }

    @Test
    void equalsAndHashCodeFollowContent() {
        assertThat(sample()).isEqualTo(sample()).hasSameHashCodeAs(sample());
        assertThat(sample()).isNotEqualTo(LutronCatalog.builder().zone(new Zone(10, "Hall Lights", "Hall", "INC")).build());
        assertThat(sample().toString()).isEqualTo("LutronCatalog[areas=2, zones=2, devices=2, buttons=3, scenes=1]");
    }

    @Test
    void listsAreImmutableCopies() {
        List<Button> buttons = new ArrayList<>(List.of(ENTRY_ON));
        Device device = new Device(20, "Hall Keypad", null, null, buttons);
        buttons.add(ENTRY_OFF);

        assertThat(device.buttons()).containsExactly(ENTRY_ON);
        assertThatThrownBy(() -> device.buttons().add(ENTRY_OFF)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample().zones().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> sample().buttons().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Device(5, "Sensor", null, "MOTION_SENSOR", null).buttons()).isEmpty();
    }

    @Test
    void deviceRefusesAnotherDevicesButton() {
        assertThatThrownBy(() -> new Device(21, "Other", null, null, List.of(ENTRY_ON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("button 1 belongs to device 20, not to device 21");
    }

    @Test
    void serializesToJsonWithJackson() {
        JsonNode json = new ObjectMapper().valueToTree(sample());

        assertThat(json.properties()).extracting(Map.Entry::getKey)
                .containsExactly("areas", "zones", "devices", "scenes");
        assertThat(json.at("/zones/1/type").asText()).isEqualTo("SYSTEM_SHADE");
        assertThat(json.at("/areas/0/parentId").isNull()).isTrue();
        assertThat(json.at("/devices/1/buttons/0/ledId").asInt()).isEqualTo(81);
        assertThat(json.at("/scenes/0/name").asText()).isEqualTo("Evening");
    }

    @Test
    void timeclocksAndGreenModesAreInTheJsonWhenThereAreSome() {
        LutronCatalog lip = LutronCatalog.builder().timeclock(new Timeclock(30, "Home")).greenMode(new GreenMode(31,
                "Green")).build();
        JsonNode json = new ObjectMapper().valueToTree(lip);
        assertThat(json.properties()).extracting(Map.Entry::getKey)
                .containsExactly("areas", "zones", "devices", "scenes", "timeclocks", "greenModes");
        assertThat(json.at("/timeclocks/0/name").asText()).isEqualTo("Home");
        assertThat(json.at("/greenModes/0/id").asInt()).isEqualTo(31);
        assertThat(lip.isEmpty()).isFalse();
        assertThat(lip).isNotEqualTo(LutronCatalog.empty());
        assertThat(lip.toString()).endsWith("scenes=0, timeclocks=1, greenModes=1]");
    }
}
