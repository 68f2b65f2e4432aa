package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Bodies the fixtures do not cover: events, single statuses and odd shapes. */
class LeapBodiesTest {

    private static LeapMessage body(String bodyType, String body) {
        return LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"" + bodyType
                                 + "\",\"StatusCode\":\"200 OK\",\"Url\":\"/x\"},\"Body\":" + body + "}");
    }

    @Test
    void buttonEvent() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":"
                                          + "\"OneButtonStatusEvent\",\"StatusCode\":\"200 OK\",\"Url\":"
                                          + "\"/button/101/status/event\",\"ClientTag\":\"sub\"},\"Body\":{"
                                          + "\"ButtonStatus\":{\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":"
                                          + "{\"EventType\":\"Press\"}}}}");

        assertThat(LeapBodies.buttonEvent(m)).isEqualTo(new LeapButtonEvent(101, "Press"));
    }

    @Test
    void buttonEventIdFallsBackToTheUrl() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":"
                                          + "\"/button/7/status/event\"},\"Body\":{\"ButtonStatus\":{\"ButtonEvent\":"
                                          + "{\"EventType\":\"LongHold\"}}}}");

        assertThat(LeapBodies.buttonEvent(m)).isEqualTo(new LeapButtonEvent(7, "LongHold"));
        assertThat(LeapBodies.buttonEvent(body("OneButtonStatusEvent", "{\"ButtonStatus\":{}}"))).isNull();
    }

    @Test
    void oneZoneStatusWithEveryField() throws Exception {
        LeapMessage m = body("OneZoneStatus", "{\"ZoneStatus\":{\"href\":\"/zone/12/status\",\"Level\":55.5,"
                                              + "\"SwitchedLevel\":\"On\",\"FanSpeed\":\"MediumHigh\",\"Tilt\":25,"
                                              + "\"ColorTuningStatus\":{\"HSVTuningLevel\":{\"Hue\":120,"
                                              + "\"Saturation\":80}},\"Zone\":{\"href\":\"/zone/12\"},"
                                              + "\"StatusAccuracy\":\"Bad\",\"Availability\":\"Available\"}}");

        assertThat(LeapBodies.zoneStatuses(m)).containsExactly(new LeapZoneStatus(12, 55.5, "On", "MediumHigh", 25.0,
                new ObjectMapper().readTree("{\"HSVTuningLevel\":{\"Hue\":120,\"Saturation\":80}}"), "Bad",
                "Available"));
    }

    @Test
    void zoneStatusUnknownLevelAndIdFromHref() {
        LeapMessage m = body("OneZoneStatus", "{\"ZoneStatus\":{\"href\":\"/zone/5/status\",\"Level\":-1}}");

        assertThat(LeapBodies.zoneStatuses(m))
                .containsExactly(new LeapZoneStatus(5, null, null, null, null, null, null, null));
    }

    @Test
    void zoneStatusesSkipEntriesWithoutAZone() {
        LeapMessage m = body("MultipleZoneStatus", "{\"ZoneStatuses\":[{\"Level\":10},\"junk\",{\"href\":"
                                                   + "\"/zone/2/status\",\"Level\":\"20\"}]}");

        assertThat(LeapBodies.zoneStatuses(m)).extracting(LeapZoneStatus::zoneId, LeapZoneStatus::level)
                .containsExactly(tuple(2, 20.0));
    }

    @Test
    void expandedZoneStatuses() {
        LeapMessage m = body("MultipleZoneExpandedStatus", "{\"ZoneExpandedStatuses\":[{\"href\":\"/zone/3/status\","
                                                           + "\"Level\":70,\"Zone\":{\"href\":\"/zone/3\",\"Name\":"
                                                           + "\"Kitchen\"},\"StatusAccuracy\":\"Good\"}]}");

        assertThat(LeapBodies.zoneStatuses(m)).extracting(LeapZoneStatus::zoneId, LeapZoneStatus::level)
                .containsExactly(tuple(3, 70.0));
    }

    @Test
    void ledStatus() {
        LeapMessage m = body("OneLEDStatus", "{\"LEDStatus\":{\"href\":\"/led/2144/status\",\"LED\":{\"href\":"
                                             + "\"/led/2144\"},\"State\":\"On\"}}");

        assertThat(LeapBodies.ledStatus(m)).isEqualTo(new LeapLedStatus(2144, "On"));
        assertThat(LeapBodies.ledStatus(body("OneLEDStatus", "{\"LEDStatus\":{\"href\":\"/led/9/status\","
                                                             + "\"State\":\"Off\"}}")))
                .isEqualTo(new LeapLedStatus(9, "Off"));
    }

    @Test
    void singleAreaStatusAndOccupancyGroupStatus() {
        assertThat(LeapBodies.areaStatuses(body("OneAreaStatus", "{\"AreaStatus\":{\"href\":\"/area/4/status\","
                                                                 + "\"Level\":0,\"OccupancyStatus\":\"Occupied\"}}")))
                .containsExactly(new LeapAreaStatus(4, 0.0, "Occupied", null));
        LeapMessage group = body("OneOccupancyGroupStatus", "{\"OccupancyGroupStatus\":{\"href\":"
                                                            + "\"/occupancygroup/8/status\",\"OccupancyStatus\":"
                                                            + "\"Occupied\"}}");
        assertThat(LeapBodies.occupancyGroupStatuses(group))
                .containsExactly(new LeapOccupancyGroupStatus(8, "Occupied"));
    }

    @Test
    void ping() {
        assertThat(LeapBodies.ping(body("OnePingResponse", "{\"PingResponse\":{\"LEAPVersion\":1.109}}")))
                .isEqualTo(new LeapPing(1.109));
        assertThat(LeapBodies.ping(body("OnePingResponse", "{\"PingResponse\":{}}"))).isNull();
    }

    @Test
    void casetaButtonGroupsOnlyNameTheirButtons() {
        LeapMessage m = body("MultipleButtonGroupDefinition", "{\"ButtonGroups\":[{\"href\":\"/buttongroup/2\","
                                                              + "\"Parent\":{\"href\":\"/device/8\"},\"Buttons\":["
                                                              + "{\"href\":\"/button/101\"}],\"SortOrder\":0}]}");

        assertThat(LeapBodies.buttonGroups(m)).containsExactly(new LeapButtonGroup(2, 8, List.of()));
    }

    @Test
    void batteryOfADeviceStatus() {
        assertThat(LeapBodies.batteryLevel(body("OneDeviceStatus", "{\"DeviceStatus\":{\"href\":"
                                                                   + "\"/device/7/status\",\"BatteryStatus\":"
                                                                   + "{\"LevelState\":\"Low\"}}}"))).isEqualTo("Low");
        assertThat(LeapBodies.batteryLevel(body("OneDeviceStatus", "{\"DeviceStatus\":{\"DeviceHeard\":{}}}")))
                .isNull();
    }

    @Test
    void smartAwayWithAndWithoutItsActiveState() {
        assertThat(LeapBodies.awayStatus(body("OneAwayStatus", "{\"AwayStatus\":{\"EnabledState\":\"Disabled\"}}")))
                .isEqualTo(new LeapAwayStatus("Disabled", null));
        assertThat(LeapBodies.awayStatus(body("OneAwayStatus", "{\"AwayStatus\":{\"ActiveState\":\"Active\"}}")))
                .isNull();
    }

    @Test
    void lipIdsSkipEntriesWithoutIdOrName() {
        LeapMessage m = body("OneLIPIdListDefinition", "{\"LIPIdList\":{\"Devices\":[{\"Name\":\"Smart Bridge\","
                                                       + "\"ID\":1,\"Buttons\":[{\"Name\":\"Test\",\"Number\":1},"
                                                       + "{\"Name\":\"No number\"}]},{\"Name\":\"No id\"},"
                                                       + "{\"ID\":9}],\"Zones\":[{\"Name\":\"Office\",\"ID\":2},"
                                                       + "{\"Name\":\"Lights\",\"ID\":\"5\",\"Area\":{\"Name\":"
                                                       + "\"Hallway\"}}]}}");

        assertThat(LeapBodies.lipIds(m)).isEqualTo(new LeapLipIdList(
                List.of(new LeapLipIdList.Entry(1, "Smart Bridge", null, List.of(1))),
                List.of(new LeapLipIdList.Entry(2, "Office", null, List.of()),
                        new LeapLipIdList.Entry(5, "Lights", "Hallway", List.of()))));
    }

    @Test
    void projectFamilies() {
        assertThat(SystemFamily.of("Lutron Smart Bridge Project")).isEqualTo(SystemFamily.CASETA);
        assertThat(SystemFamily.of("Lutron Smart Bridge Pro Project")).isEqualTo(SystemFamily.CASETA);
        assertThat(SystemFamily.of("Lutron RA2 Select Project")).isEqualTo(SystemFamily.CASETA);
        assertThat(SystemFamily.of("Caseta")).isEqualTo(SystemFamily.CASETA);
        assertThat(SystemFamily.of("Lutron RadioRA 3 Project")).isEqualTo(SystemFamily.RA3);
        assertThat(SystemFamily.of("Lutron HWQS Project")).isEqualTo(SystemFamily.QSX);
        assertThat(SystemFamily.of("Lutron Athena Project")).isEqualTo(SystemFamily.UNKNOWN);
        assertThat(SystemFamily.of(null)).isEqualTo(SystemFamily.UNKNOWN);
        assertThat(new LeapProject("p", "Lutron HWQS Project").family()).isEqualTo(SystemFamily.QSX);
    }

    @Test
    void recordsCopyTheirLists() {
        List<Integer> ids = new ArrayList<>(List.of(1));
        LeapOccupancyGroup group = new LeapOccupancyGroup(1, ids, null);
        ids.add(2);

        assertThat(group.areaIds()).containsExactly(1);
        assertThat(group.sensorIds()).isEmpty();
    }

    @Test
    void otherBodiesGiveNothing() {
        LeapMessage m = body("OneProjectDefinition", "{\"Project\":{\"Name\":\"x\"}}");

        assertThat(LeapBodies.zoneStatuses(m)).isEmpty();
        assertThat(LeapBodies.areaStatuses(m)).isEmpty();
        assertThat(LeapBodies.occupancyGroupStatuses(m)).isEmpty();
        assertThat(LeapBodies.devices(m)).isEmpty();
        assertThat(LeapBodies.areas(m)).isEmpty();
        assertThat(LeapBodies.zones(m)).isEmpty();
        assertThat(LeapBodies.controlStations(m)).isEmpty();
        assertThat(LeapBodies.gangedDevices(m)).isEmpty();
        assertThat(LeapBodies.buttonGroups(m)).isEmpty();
        assertThat(LeapBodies.buttons(m)).isEmpty();
        assertThat(LeapBodies.virtualButtons(m)).isEmpty();
        assertThat(LeapBodies.occupancyGroups(m)).isEmpty();
        assertThat(LeapBodies.ping(m)).isNull();
        assertThat(LeapBodies.buttonEvent(m)).isNull();
        assertThat(LeapBodies.ledStatus(m)).isNull();
        assertThat(LeapBodies.awayStatus(m)).isNull();
        assertThat(LeapBodies.batteryLevel(m)).isNull();
        assertThat(LeapBodies.lipIds(m)).isEqualTo(new LeapLipIdList(List.of(), List.of()));
        assertThat(LeapBodies.project(m)).isEqualTo(new LeapProject("x", null));
        assertThat(LeapBodies.project(m).family()).isEqualTo(SystemFamily.UNKNOWN);
    }

    @Test
    void servers() {
        LeapMessage m = body("MultipleServerDefinition", "{\"Servers\":[{\"href\":\"/server/1\",\"Type\":\"LEAP\","
                                                         + "\"Endpoints\":[{\"Protocol\":\"TCP\",\"Port\":8081}],"
                                                         + "\"LEAPProperties\":{\"PairingList\":{\"href\":"
                                                         + "\"/server/leap/pairinglist\"}}}]}");
        assertThat(LeapBodies.servers(m)).containsExactly(new LeapServer(1, "LEAP", List.of(8081)));
        assertThat(LeapBodies.servers(body("OneServerDefinition", "{\"Server\":{\"href\":\"/server/2\"}}")))
                .containsExactly(new LeapServer(2, null, List.of()));
    }
}
