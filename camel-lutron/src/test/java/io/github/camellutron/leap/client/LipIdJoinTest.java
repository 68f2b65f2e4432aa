package io.github.camellutron.leap.client;

import java.util.List;
import java.util.Map;

import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.leap.protocol.LeapLipIdList;
import io.github.camellutron.leap.protocol.LeapLipIdList.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Joining a bridge's LIP id list to its LEAP devices and zones by name and area name, never by guess. */
class LipIdJoinTest {

    private static Device device(int id, String name, String area) {
        return new Device(id, name, area, null, List.of());
    }

    private static Zone zone(int id, String name, String area) {
        return new Zone(id, name, area, null);
    }

    private static Entry entry(int lipId, String name, String area) {
        return new Entry(lipId, name, area, List.of());
    }

    @Test
    void entriesTakeTheOneLeapEntryOfTheirNameInTheirArea() {
        LipIdJoin.Joined joined = LipIdJoin.join(
                new LeapLipIdList(List.of(entry(1, "Smart Bridge", null), entry(40, "Pico", "Kitchen")),
                        List.of(entry(41, "Lights", "Kitchen"), entry(42, "Lights", "Hallway"))),
                List.of(device(1, "Smart Bridge", null), device(7, "Pico", "Kitchen"), device(8, "Pico", "Hallway"),
                        device(9, "Lights", "Kitchen")),
                List.of(zone(3, "Lights", "Kitchen"), zone(4, "Lights", "Hallway"), zone(5, "Fan", "Hallway")),
                Map.of(9, List.of(3)));

        assertThat(joined.zones()).extracting(Zone::id, Zone::lipId)
                .containsExactly(tuple(3, 41), tuple(4, 42),
                        tuple(5, null));
        assertThat(joined.devices()).extracting(Device::id, Device::lipId)
                .containsExactly(tuple(1, 1), tuple(7, 40),
                        tuple(8, null),
                        tuple(9, 41));
        assertThat(joined.ambiguous()).isEmpty();
    }

    @Test
    void aNameThatIsNotUniqueOnEitherSideIsLeftWithoutAnId() {
        LipIdJoin.Joined joined = LipIdJoin.join(
                new LeapLipIdList(List.of(entry(50, "Pico", "Kitchen"), entry(51, "Remote", null)),
                        List.of(entry(60, "Lamp", "Den"), entry(61, "Lamp", "Den"), entry(62, "Shade", "Den"))),
                List.of(device(7, "Pico", "Kitchen"), device(8, "Pico", "Kitchen"), device(9, "Remote", "Den"),
                        device(10, "Remote", "Hall")),
                List.of(zone(3, "Lamp", "Den"), zone(4, "Shade", "Den")),
                Map.of());

        assertThat(joined.devices()).allMatch(d -> d.lipId() == null);
        assertThat(joined.zones()).extracting(Zone::lipId).containsExactly(null, 62);
        assertThat(joined.ambiguous()).containsExactlyInAnyOrder(
                "device 'Kitchen / Pico': 2 LEAP devices of that name",
                "device 'Remote': 2 LEAP devices of that name",
                "zone 'Den / Lamp': LIP ids 60 and 61 name the same zone");
    }

    @Test
    void aDeviceWithoutAnEntryOfItsOwnTakesTheLipIdOfItsOnlyZone() {
        LipIdJoin.Joined joined = LipIdJoin.join(
                new LeapLipIdList(List.of(), List.of(entry(70, "Blinds", "Den"), entry(71, "Sheers", "Den"))),
                List.of(device(5, "Blinds", "Den"), device(6, "Double", "Den")),
                List.of(zone(1, "Blinds", "Den"), zone(2, "Blinds", "Den"), zone(3, "Sheers", "Den")),
                Map.of(5, List.of(3), 6, List.of(1, 3)));

        assertThat(joined.devices()).extracting(Device::lipId).as("one zone: its id; two: none").containsExactly(71,
                null);
    }
}
