package io.github.camellutron.leap;

import java.util.List;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.client.LeapException;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The device kinds of a Caseta Smart Bridge through routes: shade batteries, Smart Away, what each zone is, and no LIP
 * ids on a bridge that is not a Pro.
 */
class LeapCasetaDevicesTest extends LeapTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(leap("")).routeId("events").to("mock:events");
                from("direct:leap").to(leap(""));
            }
        };
    }

    /** After the snapshot of the first session: from then on, only what the test causes arrives. */
    @BeforeEach
    void snapshotDone() {
        MockEndpoint events = getMockEndpoint("mock:events");
        await().until(() -> events.getExchanges().stream()
                .filter(eventType("ZoneStatus").and(header(LutronConstants.RESYNC, true))).count() == 5);
    }

    @Test
    void aShadesBatteryIsReadByDeviceOrByZoneAndADeviceWithoutOneHasNone() {
        Exchange shade = exchange("readBattery", null, LutronConstants.DEVICE_ID, 7);
        assertThat(shade.getException()).isNull();
        assertThat(shade.getMessage().getHeader(LutronConstants.BATTERY_STATUS)).isEqualTo("Good");
        assertThat(shade.getMessage().getBody(String.class))
                .isEqualTo("{\"DeviceStatus\":{\"href\":\"/device/7/status\",\"BatteryStatus\":{\"LevelState\":\"Good\"}}}");

        // the tilt blind of zone 3 is device 10
        simulator.setBattery(10, "Low");
        Exchange byZone = exchange("readBattery", null, LutronConstants.ZONE_ID, 3);
        assertThat(byZone.getMessage().getHeader(LutronConstants.BATTERY_STATUS)).isEqualTo("Low");
        assertThat(simulator.received()).anyMatch(l -> l.contains("\"Url\":\"/device/10/status\""));

        // a wall dimmer has no battery: the bridge answers 404, which is the answer, not a failure
        Exchange dimmer = exchange("readBattery", "as it was", LutronConstants.DEVICE_ID, 2);
        assertThat(dimmer.getException()).isNull();
        assertThat(dimmer.getMessage().getHeader(LutronConstants.BATTERY_STATUS)).isEqualTo("None");
        assertThat(dimmer.getMessage().getBody()).isEqualTo("as it was");
    }

    @Test
    void readBatteryRefusesWhatNamesNoDeviceBeforeSending() {
        simulator.clearReceived();
        assertThat(exchange("readBattery", null).getException()).hasMessage(
                "readBattery needs the CamelLutronDeviceId header (or the CamelLutronZoneId header of a Caseta shade)");
        assertThat(exchange("readBattery", null, LutronConstants.DEVICE_ID, 0).getException())
                .hasMessage("Device id 0 is out of range (must be at least 1)");
        assertThat(exchange("readBattery", null, LutronConstants.ZONE_ID, 99).getException()).hasMessage(
                "readBattery: the catalog names no device owning zone 99; give the CamelLutronDeviceId header instead");
        assertThat(simulator.received()).isEmpty();
    }

    @Test
    void smartAwayComesAfterConnectedWithTheSnapshotThenEveryChange() {
        MockEndpoint events = getMockEndpoint("mock:events");
        List<Exchange> received = events.getExchanges();
        Exchange snapshot = received.stream().filter(eventType("AwayStatus")).findFirst().orElseThrow();
        assertThat(snapshot.getMessage().getHeader(LutronConstants.AWAY_STATE)).isEqualTo("Enabled");
        assertThat(snapshot.getMessage().getHeader(LutronConstants.RESYNC)).isEqualTo(true);
        assertThat(snapshot.getMessage().getBody(String.class)).contains("\"enabledState\":\"Enabled\"",
                "\"activeState\":\"Active\"");
        int away = received.indexOf(snapshot);
        assertThat(received.get(0).getMessage().getHeader(LutronConstants.CONNECTION_STATE)).isEqualTo("Connected");
        assertThat(received.subList(0, away)).noneMatch(eventType("ZoneStatus"));

        simulator.setSmartAway(false);
        Exchange change = awaitExchange(events, eventType("AwayStatus").and(header(LutronConstants.RESYNC, false)));
        assertThat(change.getMessage().getHeader(LutronConstants.AWAY_STATE)).isEqualTo("Disabled");
    }

    @Test
    void setSmartAwayTakesTheHeaderOrTheBody() {
        MockEndpoint events = getMockEndpoint("mock:events");
        Exchange off = exchange("setSmartAway", null, LutronConstants.AWAY_STATE, "Disabled");
        assertThat(off.getException()).isNull();
        assertThat(off.getMessage().getBody(String.class)).contains("\"EnabledState\":\"Disabled\"");
        assertThat(simulator.smartAway()).isEqualTo("Disabled");
        awaitExchange(events, eventType("AwayStatus").and(header(LutronConstants.AWAY_STATE, "Disabled")));

        exchange("setSmartAway", true);
        await().until(() -> "Enabled".equals(simulator.smartAway()));
        exchange("setSmartAway", "disabled");
        await().until(() -> "Disabled".equals(simulator.smartAway()));
        exchange("setSmartAway", "TRUE");
        await().until(() -> "Enabled".equals(simulator.smartAway()));
        assertThat(simulator.received()).anyMatch(l -> l.contains("\"CommuniqueType\":\"UpdateRequest\"")
                                                       && l.contains("{\"AwayStatus\":{\"EnabledState\":\"Enabled\"}}"));

        simulator.clearReceived();
        assertThat(exchange("setSmartAway", "Away").getException()).hasMessage(
                "setSmartAway needs Enabled or Disabled (or true / false) in the CamelLutronAwayState header or the"
                                                                        + " body, was 'Away'");
        assertThat(exchange("setSmartAway", null).getException()).hasMessageContaining("was missing");
        assertThat(simulator.received()).isEmpty();
    }

    @Test
    void zoneEventsAndTheCatalogTellWhatEachZoneIs() {
        MockEndpoint events = getMockEndpoint("mock:events");
        assertThat(events.getExchanges().stream().filter(eventType("ZoneStatus"))
                .map(e -> e.getMessage().getHeader(LutronConstants.ZONE_ID) + "="
                          + e.getMessage().getHeader(LutronConstants.CONTROL_TYPE)))
                .containsExactlyInAnyOrder("1=Dimmed", "2=FanSpeed", "6=Shade", "3=Tilt", "4=Tilt");
        String catalog = exchange("catalog", null).getMessage().getBody(String.class);
        assertThat(catalog).contains(
                "{\"id\":2,\"name\":\"Fan\",\"area\":\"Hallway\",\"type\":\"CasetaFanSpeedController\","
                + "\"controlType\":\"FanSpeed\"}",
                "{\"id\":3,\"name\":\"Blinds\",\"area\":\"Living Room\",\"type\":\"SerenaTiltOnlyWoodBlind\","
                + "\"controlType\":\"Tilt\"}",
                "{\"id\":2,\"name\":\"Lights\",\"area\":\"Hallway\",\"type\":\"WallDimmer\",\"model\":\"PD-6WCL-XX\"");

        exchange("goToFanSpeed", "High", LutronConstants.ZONE_ID, 2);
        Exchange fan = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.ZONE_ID, 2))
                .and(header(LutronConstants.FAN_SPEED, "High")));
        assertThat(fan.getMessage().getHeader(LutronConstants.LEVEL)).isEqualTo(100.0);
        assertThat(fan.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("FanSpeed");

        exchange("goToTilt", 35, LutronConstants.ZONE_ID, 3);
        Exchange tilt = awaitExchange(events, eventType("ZoneStatus").and(header(LutronConstants.ZONE_ID, 3))
                .and(header(LutronConstants.TILT, 35.0)));
        assertThat(tilt.getMessage().getHeader(LutronConstants.CONTROL_TYPE)).isEqualTo("Tilt");
        assertThat(tilt.getMessage().getHeader(LutronConstants.LIP_ID)).as("not a Smart Bridge Pro").isNull();
    }

    @Test
    void aCommandTheZoneCannotTakeFailsBeforeSendingNamingTheZonesType() {
        simulator.clearReceived();
        assertThat(exchange("goToFanSpeed", "High", LutronConstants.ZONE_ID, 1).getException())
                .hasMessage("goToFanSpeed needs a zone of type FanSpeed, but zone 1 (Lights) is Dimmed");
        assertThat(exchange("goToTilt", 50, LutronConstants.ZONE_ID, 6).getException())
                .hasMessage("goToTilt needs a zone of type ShadeWithTilt or Tilt, but zone 6 (Living Shade 3) is Shade");
        assertThat(exchange("goToSwitchedLevel", "On", LutronConstants.ZONE_ID, 1).getException())
                .hasMessage("goToSwitchedLevel needs a zone of type CCO or Receptacle or Switched, but zone 1 (Lights)"
                            + " is Dimmed");
        assertThat(exchange("goToDimmedLevel", 40, LutronConstants.ZONE_ID, 2).getException())
                .hasMessageContaining("zone 2 (Fan) is FanSpeed");
        assertThat(exchange("goToWhiteTuning", null, LutronConstants.ZONE_ID, 1, LutronConstants.KELVIN, 3000)
                .getException()).hasMessageContaining("zone 1 (Lights) is Dimmed");
        assertThat(exchange("goToSpectrumTuning", null, LutronConstants.ZONE_ID, 4, LutronConstants.HUE, 10,
                LutronConstants.SATURATION, 20).getException())
                .hasMessage("goToSpectrumTuning needs a zone of type ColorTune or SpectrumTune, but zone 4 (WoodBlinds)"
                            + " is Tilt");
        // bad input is still told first, and a zone the catalog does not know goes to the bridge, which answers
        assertThat(exchange("goToFanSpeed", "Turbo", LutronConstants.ZONE_ID, 1).getException())
                .hasMessageContaining("Turbo");
        assertThat(simulator.received()).isEmpty();
        assertThat(exchange("goToFanSpeed", "High", LutronConstants.ZONE_ID, 99).getException())
                .isInstanceOfSatisfying(LeapException.class, e -> assertThat(e.statusCode()).isEqualTo(404));
    }
}
