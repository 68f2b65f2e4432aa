package io.github.camellutron.lip.client;

import java.time.Instant;
import java.util.List;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LipEventMapperTest {

    private final LipEventMapper mapper = new LipEventMapper("repeater:23", LutronCatalog.empty());

    @Test
    void aLevelReportIsAZoneStatus() {
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,2,1,75.50"), false))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> {
                    assertThat(z.zoneId()).isEqualTo(2);
                    assertThat(z.level()).isEqualTo(75.5);
                });
    }

    @Test
    void aMotionSensorOfTheCatalogReportsOccupancyOnComponentTwo() {
        LutronCatalog catalog = LutronCatalog.builder().area(new Area(2, "Kitchen", 0))
                .device(new Device(22, "Kitchen Motion", "Kitchen", "MOTION_SENSOR", List.of())).build();
        LipEventMapper named = new LipEventMapper("repeater:23", catalog);
        assertThat(named.map(LipMessage.parse("~DEVICE,22,2,3"), false)).usingRecursiveComparison()
                .ignoringFields("timestamp").isEqualTo(new OccupancyStatus("repeater:23", Instant.EPOCH, 2, null, 22,
                        Occupancy.Occupied, "Kitchen Motion", "Kitchen"));
        assertThat(named.map(LipMessage.parse("~DEVICE,22,2,4"), false)).isInstanceOfSatisfying(OccupancyStatus.class,
                o -> assertThat(o.occupancy()).isEqualTo(Occupancy.Unoccupied));
        // the battery answer of a sensor is no occupancy
        assertThat(named.map(LipMessage.parse("~DEVICE,22,1,22,0,1,1,0"), false)).isInstanceOf(RawEvent.class);
    }

    /** Without a report, component 2 of a device may be a sensor or a Pico's top button: it stays a button. */
    @Test
    void componentTwoOfADeviceTheCatalogDoesNotKnowIsAButtonEvent() {
        assertThat(mapper.map(LipMessage.parse("~DEVICE,22,2,3"), false)).isInstanceOfSatisfying(ButtonEvent.class,
                b -> assertThat(b.action()).isEqualTo(ButtonAction.Press));
    }

    /** An area name two areas share names no area id. */
    @Test
    void aSensorInAnAreaWhoseNameIsAmbiguousHasNoAreaId() {
        LutronCatalog catalog = LutronCatalog.builder().area(new Area(2, "Closet", 0)).area(new Area(3, "Closet", 0))
                .device(new Device(22, "Closet Motion", "Closet", "MOTION_SENSOR", List.of())).build();
        assertThat(new LipEventMapper("repeater:23", catalog).map(LipMessage.parse("~DEVICE,22,2,3"), false))
                .isInstanceOfSatisfying(OccupancyStatus.class, o -> {
                    assertThat(o.areaId()).isNull();
                    assertThat(o.area()).isEqualTo("Closet");
                });
    }

    /** Found by LipFrameDecoderFuzzTest: Double.parseDouble took all of these as zone levels. */
    @ParameterizedTest
    @ValueSource(strings = { "~OUTPUT,2,1,-0.00", "~OUTPUT,2,1,-5", "~OUTPUT,2,1,150.00", "~OUTPUT,2,1,NaN",
            "~OUTPUT,2,1,Infinity" })
    void aLevelOutsideZeroToHundredIsNoZoneStatusButTheRawLine(String line) {
        assertThat(mapper.map(LipMessage.parse(line), false))
                .isInstanceOfSatisfying(RawEvent.class, raw -> assertThat(raw.text()).isEqualTo(line));
    }
}
