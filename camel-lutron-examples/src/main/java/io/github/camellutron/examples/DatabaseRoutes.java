package io.github.camellutron.examples;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.ShutdownRoute;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The database example: every event of every bridge stored as a row of {@code lutron_event}, and the last known
 * level of every zone kept in {@code zone_state}. The SQL ({@code db/*.sql} on the classpath) is one dialect that
 * runs unchanged on the embedded H2 database and on PostgreSQL: which one is only a matter of the
 * {@link DataSource} bound in the registry (see {@link DataSources#forUrl(String, String, String)}).
 * <p>
 * One route per bridge, {@code db-<name>}. The tables are created, if missing, when the routes are configured:
 * before any consumer starts, so no event can arrive before its table exists.
 */
public class DatabaseRoutes extends RouteBuilder {

    /** Classpath resource with the tables, applied by {@link #createSchema(DataSource)}. */
    public static final String SCHEMA = "db/schema.sql";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseRoutes.class);
    private static final String INSERT_EVENT = "classpath:db/insert-event.sql";
    private static final String UPSERT_ZONE_STATE = "classpath:db/upsert-zone-state.sql";

    private final List<BridgeEndpoint> bridges;
    private final String dataSourceBean;

    /**
     * @param bridges        the bridges whose events to store; their names go into the {@code bridge_name} columns
     * @param dataSourceBean name of the {@link DataSource} bean in the Camel registry
     */
    public DatabaseRoutes(List<BridgeEndpoint> bridges, String dataSourceBean) {
        this.bridges = List.copyOf(bridges);
        this.dataSourceBean = Objects.requireNonNull(dataSourceBean, "dataSourceBean");
    }

    @Override
    public void configure() {
        DataSource dataSource = getCamelContext().getRegistry().lookupByNameAndType(dataSourceBean, DataSource.class);
        if (dataSource == null) {
            throw new IllegalStateException("no DataSource bean named '" + dataSourceBean + "' in the registry");
        }
        createSchema(dataSource);

        String options = "?dataSource=#" + dataSourceBean + "&noop=true";
        for (BridgeEndpoint bridge : bridges) {
            from(bridge.uri()).routeId("db-" + bridge.name())
                    // Camel stops a route's consumer, and with it the route's processors, before it waits for the
                    // exchanges in flight unless the consumer can be suspended, which the lutron consumer cannot:
                    // deferred, it stays up until the events already taken (queued ones included) are stored
                    .shutdownRoute(ShutdownRoute.Defer)
                    // a database call blocks: off the bridge connection's I/O thread, onto one thread per bridge so
                    // that its events are stored in the order they came
                    .threads(1, 1, "db-" + bridge.name())
                    .process(exchange -> exchange.getMessage().setBody(parameters(bridge.name(), exchange)))
                    .to("sql:" + INSERT_EVENT + options)
                    .filter(header(LutronConstants.EVENT_TYPE).isEqualTo(EventType.ZoneStatus.name()))
                        .to("sql:" + UPSERT_ZONE_STATE + options)
                    .end();
        }
    }

    /**
     * Creates {@code lutron_event} and {@code zone_state} and their indexes where they do not exist yet; the
     * rows of an existing database stay as they are.
     *
     * @throws IllegalStateException when the database cannot be reached or refuses the statements
     */
    public static void createSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(connection,
                    new ClassPathResource(SCHEMA, DatabaseRoutes.class.getClassLoader()));
            DatabaseMetaData database = connection.getMetaData();
            LOG.info("Event tables ready in {} {}", database.getDatabaseProductName(),
                    database.getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            throw new IllegalStateException("cannot create the event tables (" + SCHEMA + "): " + e.getMessage(), e);
        }
    }

    /** The named parameters of the SQL files, from the event and its headers; absent ones are null. */
    static Map<String, Object> parameters(String bridgeName, Exchange exchange) throws InvalidPayloadException {
        Message message = exchange.getMessage();
        LutronEvent event = message.getMandatoryBody(LutronEvent.class);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("receivedAt", OffsetDateTime.ofInstant(event.timestamp(), ZoneOffset.UTC));
        parameters.put("bridgeName", bridgeName);
        parameters.put("bridgeAddress", message.getHeader(LutronConstants.BRIDGE, String.class));
        parameters.put("eventType", event.type().name());
        parameters.put("zoneId", message.getHeader(LutronConstants.ZONE_ID, Integer.class));
        parameters.put("level", message.getHeader(LutronConstants.LEVEL, Double.class));
        parameters.put("deviceId", message.getHeader(LutronConstants.DEVICE_ID, Integer.class));
        parameters.put("buttonId", message.getHeader(LutronConstants.BUTTON_ID, Integer.class));
        parameters.put("buttonEvent", message.getHeader(LutronConstants.BUTTON_EVENT, String.class));
        parameters.put("occupancy", message.getHeader(LutronConstants.OCCUPANCY, String.class));
        parameters.put("name", event.name());
        parameters.put("area", event.area());
        parameters.put("resync", Boolean.TRUE.equals(message.getHeader(LutronConstants.RESYNC, Boolean.class)));
        parameters.put("eventJson", message.getMandatoryBody(String.class));
        return parameters;
    }
}
