package io.github.camellutron.examples;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * {@link DatabaseRoutes} on an embedded H2 database, against the demo house on the LIP simulator, each test in a
 * new database. {@link DatabaseRoutesPostgresTest} runs these tests with the same routes on PostgreSQL.
 */
class DatabaseRoutesH2Test extends SimulatedHouseTestSupport {

    static final String BRIDGE = BRIDGE_NAME;
    private static final String DATA_SOURCE = "lutronDb";
    /** The zones of the demo house, each a row of zone_state. */
    private static final int DEMO_ZONES = 13;
    private static final int LIVING_ROOM_LAMPS = 13;
    private static final int LIVING_ROOM_PICO = 21;
    private static final int PICO_ON = 2;

    private DataSource dataSource;

    /** The database of one test: a new, empty one. */
    protected DataSource createDataSource() throws Exception {
        return DataSources.h2Memory("lutron-" + UUID.randomUUID());
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        dataSource = createDataSource();
        context.getRegistry().bind(DATA_SOURCE, dataSource);
        return context;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new DatabaseRoutes(List.of(bridgeEndpoint()), DATA_SOURCE);
    }

    @Test
    void storesTheResyncAfterConnect() throws SQLException {
        awaitResync();

        assertThat(rows("SELECT zone_id, name, area, level FROM zone_state WHERE bridge_name = ? ORDER BY zone_id",
                BRIDGE))
                .extracting(row -> tuple(row.get("zone_id"), row.get("name"), row.get("area"), row.get("level")))
                .containsExactly(
                        tuple(10, "Kitchen Downlights", "Kitchen", 0.0),
                        tuple(11, "Kitchen Island Pendants", "Kitchen", 0.0),
                        tuple(12, "Kitchen Under Cabinet", "Kitchen", 0.0),
                        tuple(13, "Living Room Lamps", "Living Room", 0.0),
                        tuple(14, "Living Room Ceiling Fan", "Living Room", 0.0),
                        tuple(15, "Living Room Shade", "Living Room", 100.0),
                        tuple(16, "Bedroom Lights", "Bedroom", 0.0),
                        tuple(17, "Bedroom Shade", "Bedroom", 100.0),
                        tuple(18, "Office Desk Lights", "Office", 0.0),
                        tuple(19, "Hallway Lights", "Hallway", 25.0),
                        tuple(26, "Office Blind", "Office", 100.0),
                        tuple(27, "Garage Door", "Hallway", 0.0),
                        tuple(28, "Living Room Fireplace", "Living Room", 0.0));
        assertThat(rows("SELECT bridge_address FROM lutron_event WHERE bridge_name = ? AND event_type = 'Connection'",
                BRIDGE))
                .extracting(row -> row.get("bridge_address"))
                .containsExactly("127.0.0.1:" + bridge.port());
        assertThat(rows("SELECT zone_id, resync, event_json, received_at FROM lutron_event"
                        + " WHERE bridge_name = ? AND event_type = 'ZoneStatus' ORDER BY id", BRIDGE))
                .hasSize(DEMO_ZONES)
                .allSatisfy(row -> {
                    assertThat(row.get("resync")).isEqualTo(true);
                    assertThat(row.get("received_at")).isNotNull();
                    assertThat((String) row.get("event_json")).contains("\"type\":\"ZoneStatus\"",
                            "\"zoneId\":" + row.get("zone_id"), "\"resync\":true");
                });
    }

    @Test
    void aLevelChangedAtTheWallUpdatesTheZoneState() throws SQLException {
        awaitResync();

        bridge.setLevelFromWall(LIVING_ROOM_LAMPS, 40);

        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                rows("SELECT level, name, area FROM zone_state WHERE bridge_name = ? AND zone_id = ?", BRIDGE,
                        LIVING_ROOM_LAMPS))
                .extracting(row -> tuple(row.get("level"), row.get("name"), row.get("area")))
                .containsExactly(tuple(40.0, "Living Room Lamps", "Living Room")));
        assertThat(rows("SELECT level, name, area, event_json FROM lutron_event WHERE bridge_name = ?"
                        + " AND event_type = 'ZoneStatus' AND zone_id = ? AND resync = FALSE", BRIDGE,
                LIVING_ROOM_LAMPS))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("level")).isEqualTo(40.0);
                    assertThat(row.get("name")).isEqualTo("Living Room Lamps");
                    assertThat(row.get("area")).isEqualTo("Living Room");
                    assertThat((String) row.get("event_json")).contains("\"level\":40.0", "\"resync\":false");
                });
    }

    @Test
    void aButtonPressAddsButtonEventRows() throws SQLException {
        awaitResync();

        bridge.pressButton(LIVING_ROOM_PICO, PICO_ON);

        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                rows("SELECT button_event, name, area FROM lutron_event WHERE bridge_name = ?"
                     + " AND event_type = 'ButtonEvent' AND device_id = ? AND button_id = ? ORDER BY id", BRIDGE,
                        LIVING_ROOM_PICO, PICO_ON))
                .extracting(row -> tuple(row.get("button_event"), row.get("name"), row.get("area")))
                .containsExactly(tuple("Press", "On", "Living Room"), tuple("Release", "On", "Living Room")));
        // the Pico's On button turns the living room lamps on: a witnessed change, stored as such
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                rows("SELECT level FROM zone_state WHERE bridge_name = ? AND zone_id = ?", BRIDGE, LIVING_ROOM_LAMPS))
                .extracting(row -> row.get("level"))
                .containsExactly(100.0));
    }

    @Test
    void theSchemaAppliesAgainToADatabaseWithRows() throws SQLException {
        awaitResync();

        DatabaseRoutes.createSchema(dataSource);

        assertThat(rows("SELECT zone_id FROM zone_state WHERE bridge_name = ?", BRIDGE)).hasSize(DEMO_ZONES);
    }

    /** The database the routes write to. */
    protected DataSource dataSource() {
        return dataSource;
    }

    /** Waits until the resync after connect is stored: every zone of the demo house in {@code zone_state}. */
    void awaitResync() {
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> assertThat(
                rows("SELECT zone_id FROM zone_state WHERE bridge_name = ?", BRIDGE)).hasSize(DEMO_ZONES));
    }

    /** The rows a query answers, each by lower-case column name (H2 answers upper case, PostgreSQL lower). */
    private List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        row.put(columns.getColumnLabel(c).toLowerCase(Locale.ROOT), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
