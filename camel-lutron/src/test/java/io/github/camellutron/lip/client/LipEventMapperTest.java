package io.github.camellutron.lip.client;

import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.GreenMode;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Timeclock;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LipEventMapperTest {

    private static final IntFunction<ZoneStatus> NOTHING_KNOWN = zone -> null;

    private final LipEventMapper mapper = new LipEventMapper("repeater:23", LutronCatalog.empty());

    @Test
    void aLevelReportIsAZoneStatus() {
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,2,1,75.50"), false, NOTHING_KNOWN))
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
        assertThat(named.map(LipMessage.parse("~DEVICE,22,2,3"), false, NOTHING_KNOWN)).usingRecursiveComparison()
                .ignoringFields("timestamp").isEqualTo(new OccupancyStatus("repeater:23", Instant.EPOCH, 2, null, 22,
                        Occupancy.Occupied, "Kitchen Motion", "Kitchen"));
        assertThat(named.map(LipMessage.parse("~DEVICE,22,2,4"), false, NOTHING_KNOWN)).isInstanceOfSatisfying(OccupancyStatus.class,
                o -> assertThat(o.occupancy()).isEqualTo(Occupancy.Unoccupied));
        // the battery answer of a sensor is no occupancy
        assertThat(named.map(LipMessage.parse("~DEVICE,22,1,22,0,1,1,0"), false, NOTHING_KNOWN)).isInstanceOf(RawEvent.class);
    }

    /** Without a report, component 2 of a device may be a sensor or a Pico's top button: it stays a button. */
    @Test
    void componentTwoOfADeviceTheCatalogDoesNotKnowIsAButtonEvent() {
        assertThat(mapper.map(LipMessage.parse("~DEVICE,22,2,3"), false, NOTHING_KNOWN)).isInstanceOfSatisfying(ButtonEvent.class,
                b -> assertThat(b.action()).isEqualTo(ButtonAction.Press));
    }

    /** An area name two areas share names no area id. */
    @Test
    void aSensorInAnAreaWhoseNameIsAmbiguousHasNoAreaId() {
        LutronCatalog catalog = LutronCatalog.builder().area(new Area(2, "Closet", 0)).area(new Area(3, "Closet", 0))
                .device(new Device(22, "Closet Motion", "Closet", "MOTION_SENSOR", List.of())).build();
        assertThat(new LipEventMapper("repeater:23", catalog).map(LipMessage.parse("~DEVICE,22,2,3"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(OccupancyStatus.class, o -> {
                    assertThat(o.areaId()).isNull();
                    assertThat(o.area()).isEqualTo("Closet");
                });
    }

    @Test
    void aFanOfTheCatalogNamesItsSpeedAndAZoneWithoutTypeDoesNot() {
        LutronCatalog catalog = LutronCatalog.builder().zone(new Zone(14, "Fan", null, "CEILING_FAN_TYPE")).build();
        LipEventMapper named = new LipEventMapper("repeater:23", catalog);
        assertThat(named.map(LipMessage.parse("~OUTPUT,14,1,50.00"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> {
                    assertThat(z.fanSpeed()).isEqualTo("Medium");
                    assertThat(z.controlType()).isEqualTo("FanSpeed");
                });
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,14,1,50.00"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> assertThat(z.fanSpeed()).isNull());
    }

    @Test
    void aTiltReportTakesTheLastLiftAndStaysRawWithoutOne() {
        ZoneStatus lift = new ZoneStatus("repeater:23", Instant.EPOCH, 26, 40, false, null, null);
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,26,9,70.00"), false, zone -> zone == 26 ? lift : null))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> {
                    assertThat(z.level()).isEqualTo(40);
                    assertThat(z.tilt()).isEqualTo(70);
                });
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,26,9,70.00"), false, NOTHING_KNOWN))
                .isInstanceOf(RawEvent.class);
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,26,10,55.00,25.00"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> {
                    assertThat(z.level()).isEqualTo(55);
                    assertThat(z.tilt()).isEqualTo(25);
                });
        ZoneStatus tilted = new ZoneStatus("repeater:23", Instant.EPOCH, 26, 40, false, null, null, null, null, null,
                70.0, null, null);
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,26,1,60.00"), false, zone -> tilted))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> assertThat(z.tilt()).isEqualTo(70));
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,26,10,55.00"), false, NOTHING_KNOWN))
                .isInstanceOf(RawEvent.class);
    }

    @Test
    void timeclocksGreenModesAndVariables() {
        LutronCatalog catalog = LutronCatalog.builder().timeclock(new Timeclock(30, "Home"))
                .greenMode(new GreenMode(31, "Green")).build();
        LipEventMapper named = new LipEventMapper("repeater:23", catalog);
        assertThat(named.map(LipMessage.parse("~TIMECLOCK,30,1,2"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(TimeclockStatus.class, t -> {
                    assertThat(t.mode()).isEqualTo(2);
                    assertThat(t.executedEvent()).isNull();
                    assertThat(t.name()).isEqualTo("Home");
                });
        assertThat(named.map(LipMessage.parse("~TIMECLOCK,30,5,3"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(TimeclockStatus.class, t -> {
                    assertThat(t.mode()).isNull();
                    assertThat(t.executedEvent()).isEqualTo(3);
                });
        assertThat(named.map(LipMessage.parse("~TIMECLOCK,30,2,06:45"), false, NOTHING_KNOWN))
                .isInstanceOf(RawEvent.class);
        assertThat(named.map(LipMessage.parse("~MODE,31,1,4"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(GreenModeStatus.class, g -> {
                    assertThat(g.step()).isEqualTo(4);
                    assertThat(g.name()).isEqualTo("Green");
                });
        assertThat(named.map(LipMessage.parse("~SYSVAR,40,1,7"), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(VariableStatus.class, v -> {
                    assertThat(v.variableId()).isEqualTo(40);
                    assertThat(v.value()).isEqualTo(7);
                    assertThat(v.name()).isNull();
                });
        assertThat(named.map(LipMessage.parse("~SYSVAR,40,1,x"), false, NOTHING_KNOWN)).isInstanceOf(RawEvent.class);
    }

    /** Found by LipFrameDecoderFuzzTest: Double.parseDouble took all of these as zone levels. */
    @ParameterizedTest
    @ValueSource(strings = { "~OUTPUT,2,1,-0.00", "~OUTPUT,2,1,-5", "~OUTPUT,2,1,150.00", "~OUTPUT,2,1,NaN",
            "~OUTPUT,2,1,Infinity" })
    void aLevelOutsideZeroToHundredIsNoZoneStatusButTheRawLine(String line) {
        assertThat(mapper.map(LipMessage.parse(line), false, NOTHING_KNOWN))
                .isInstanceOfSatisfying(RawEvent.class, raw -> assertThat(raw.text()).isEqualTo(line));
    }
}
