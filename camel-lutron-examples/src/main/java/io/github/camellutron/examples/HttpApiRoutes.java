package io.github.camellutron.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.LutronJson;
import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.client.LutronConnectionException;
import io.github.camellutron.client.LutronTimeoutException;
import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.Occupancy;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.leap.client.LeapException;
import io.github.camellutron.lip.client.LipCommandException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's HTTP face, on Camel's REST DSL over netty-http: a small JSON API over one or more bridges (zones with
 * their levels, areas with occupancy, bridge links, recent events; set a level, press a button) and, at {@code /},
 * a live web page with a slider per zone.
 *
 * <p>What the API reports is kept in memory from each bridge's events (route {@code http-state-<name>}), seeded
 * from the bridge's {@code catalog} at start and after every connect so that zones that never reported are listed
 * too. Commands go through the bridge's own endpoint, so the component validates them: its messages come back as
 * {@code 400 {"error": ...}}.
 */
public class HttpApiRoutes extends RouteBuilder {

    /** How many recent events {@code GET /api/events} returns. */
    static final int EVENTS_KEPT = 50;

    private static final Logger LOG = LoggerFactory.getLogger(HttpApiRoutes.class);
    private static final Pattern BRIDGE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final String JSON = "application/json";
    private static final String BRIDGE_URI = "CamelLutronHttpBridgeUri";

    private final Map<String, BridgeEndpoint> bridges = new LinkedHashMap<>();
    private final String host;
    private final int port;
    private final HouseState state = new HouseState();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /**
     * @param bridges the bridges to serve, by their names (letters, digits, {@code -}, {@code _}), which appear in
     *                URLs and route ids
     * @param host    the address to listen on, such as {@code 0.0.0.0} or {@code 127.0.0.1}
     * @param port    the HTTP port
     */
    public HttpApiRoutes(List<BridgeEndpoint> bridges, String host, int port) {
        for (BridgeEndpoint bridge : bridges) {
            if (!BRIDGE_NAME.matcher(bridge.name()).matches()) {
                throw new IllegalArgumentException("Bridge name '" + bridge.name()
                                                   + "' must be letters, digits, - or _: it is part of URLs");
            }
            if (this.bridges.putIfAbsent(bridge.name(), bridge) != null) {
                throw new IllegalArgumentException("Two bridges are named '" + bridge.name() + "'");
            }
        }
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(this::failure);

        // bodies are JSON or text whatever their content type says (curl -d says form-urlencoded); netty-http
        // parses a form-urlencoded POST into headers, and drops the connection when the body is no form, except on
        // a bridge endpoint
        restConfiguration().component("netty-http").host(host).port(port).bindingMode(RestBindingMode.off)
                .endpointProperty("bridgeEndpoint", "true");

        rest("/api")
                .get("/zones").to("direct:http-zones")
                .get("/areas").to("direct:http-areas")
                .get("/bridges").to("direct:http-bridges")
                .get("/events").to("direct:http-events")
                .put("/bridges/{bridge}/zones/{id}/level").to("direct:http-set-level")
                .post("/bridges/{bridge}/buttons/press").to("direct:http-press");
        rest("/").get().to("direct:http-page");

        from("direct:http-zones").routeId("http-zones").process(e -> respondJson(e, 200, state.zones()));
        from("direct:http-areas").routeId("http-areas").process(e -> respondJson(e, 200, state.areas()));
        from("direct:http-bridges").routeId("http-bridges").process(e -> respondJson(e, 200, state.bridges()));
        from("direct:http-events").routeId("http-events").process(e -> respondJson(e, 200, state.events()));

        from("direct:http-set-level").routeId("http-set-level")
                .process(this::toGoToLevel)
                .toD("${exchangeProperty." + BRIDGE_URI + "}")
                .process(e -> respondEmpty(e, 204));

        from("direct:http-press").routeId("http-press")
                .process(this::toPressButton)
                .toD("${exchangeProperty." + BRIDGE_URI + "}")
                .process(e -> respondEmpty(e, 204));

        String page = classpathText("web/index.html");
        from("direct:http-page").routeId("http-page").process(e -> {
            Message out = e.getMessage();
            out.removeHeaders("*");
            out.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
            out.setHeader(Exchange.CONTENT_TYPE, "text/html; charset=utf-8");
            out.setBody(page);
        });

        ProducerTemplate catalogs = getContext().createProducerTemplate();
        for (BridgeEndpoint bridge : bridges.values()) {
            String name = bridge.name();
            state.addBridge(name);
            Runnable seed = () -> state.seed(name, catalogs.requestBodyAndHeader(bridge.uri(), null,
                    LutronConstants.OPERATION, "catalog", LutronCatalog.class));

            // seeded when the route starts, so that zones are listed before they report, and again after every
            // connect because a LEAP bridge discovers its catalog only then
            from(bridge.uri()).routeId("http-state-" + name)
                    .routePolicy(new RoutePolicySupport() {
                        @Override
                        public void onStart(Route route) {
                            seed.run();
                        }
                    })
                    .process(e -> state.apply(name, e.getMessage().getMandatoryBody(LutronEvent.class)))
                    .filter(header(LutronConstants.CONNECTION_STATE).isEqualTo(ConnectionState.Connected.name()))
                    .process(e -> seed.run());
        }
    }

    /** {@code {"level":50}}, {@code 50} or {@code {"level":"50"}}; the component judges the value. */
    private void toGoToLevel(Exchange exchange) {
        Message in = exchange.getMessage();
        checkBridge(in);
        JsonNode body = jsonBody(in, "{\"level\":50} or 50");
        Object level = body.isObject() ? value(body.get("level")) : value(body);
        String zone = in.getHeader("id", String.class);
        prepare(in, "goToLevel");
        in.setHeader(LutronConstants.ZONE_ID, zone);
        in.setHeader(LutronConstants.LEVEL, level);
    }

    /** {@code {"deviceId":21,"buttonId":2}} for LIP, {@code {"buttonId":101}} for LEAP. */
    private void toPressButton(Exchange exchange) {
        Message in = exchange.getMessage();
        checkBridge(in);
        JsonNode body = jsonBody(in, "{\"deviceId\":21,\"buttonId\":2}");
        if (!body.isObject()) {
            throw new IllegalArgumentException("The body must be a JSON object like {\"deviceId\":21,\"buttonId\":2}");
        }
        prepare(in, "pressButton");
        in.setHeader(LutronConstants.DEVICE_ID, value(body.get("deviceId")));
        in.setHeader(LutronConstants.BUTTON_ID, value(body.get("buttonId")));
    }

    private void checkBridge(Message in) {
        BridgeEndpoint bridge = bridges.get(in.getHeader("bridge", String.class));
        if (bridge == null) {
            throw new IllegalArgumentException("Unknown bridge '" + in.getHeader("bridge") + "'; known: "
                                               + bridges.keySet());
        }
        in.getExchange().setProperty(BRIDGE_URI, bridge.uri());
    }

    /** Leaves only what the command needs: the HTTP request's headers must not reach the bridge's endpoint. */
    private static void prepare(Message in, String operation) {
        in.removeHeaders("*");
        in.setHeader(LutronConstants.OPERATION, operation);
        in.setBody(null);
    }

    private JsonNode jsonBody(Message in, String example) {
        String text = in.getBody(String.class);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The body is empty; send " + example);
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not JSON; send " + example + ": "
                                               + e.getOriginalMessage());
        }
    }

    /** A JSON value as the component's headers take it: a number as a number, anything else as its text. */
    private static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.numberValue() : node.isValueNode() ? node.asText() : node.toString();
    }

    private void failure(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int status = status(cause);
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        if (status == 500) {
            LOG.warn("{} failed: {}", exchange.getFromRouteId(), message, cause);
        } else if (status == 503) {
            LOG.warn("{} failed: {}", exchange.getFromRouteId(), message);
        } else {
            LOG.debug("{} refused: {}", exchange.getFromRouteId(), message);
        }
        respondJson(exchange, status, Map.of("error", message));
    }

    private static int status(Exception cause) {
        if (cause instanceof IllegalArgumentException || cause instanceof LipCommandException) {
            return 400;
        }
        if (cause instanceof LeapException leap && leap.statusCode() >= 400 && leap.statusCode() < 500) {
            return 400;
        }
        if (cause instanceof LutronConnectionException || cause instanceof LutronTimeoutException) {
            return 503;
        }
        return 500;
    }

    private void respondJson(Exchange exchange, int status, Object body) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, JSON);
        try {
            out.setBody(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
        }
    }

    private static void respondEmpty(Exchange exchange, int status) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setBody(null);
    }

    private static String classpathText(String path) {
        try (InputStream in = HttpApiRoutes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zone as the API lists it; {@code level} and {@code updated} are null until the bridge reported it. */
    public record ZoneView(String bridge, int id, String name, String area, Double level, Instant updated) {
    }

    /** An area as the API lists it, with its occupancy ({@code Unknown} until a sensor reported). */
    public record AreaView(String bridge, int id, String name, Occupancy occupancy, Instant updated) {
    }

    /** A bridge's link as the API lists it; {@code reason} says why it is down. */
    public record BridgeView(String name, boolean connected, String reason, Instant since) {
    }

    /** What the bridges reported, thread-safe: events arrive on I/O threads while HTTP threads read. */
    private static final class HouseState {

        private static final Comparator<ZoneView> ZONE_ORDER = Comparator.comparing(ZoneView::bridge)
                .thenComparing(z -> z.area() == null ? "" : z.area())
                .thenComparing(z -> z.name() == null ? "" : z.name())
                .thenComparingInt(ZoneView::id);
        private static final Comparator<AreaView> AREA_ORDER = Comparator.comparing(AreaView::bridge)
                .thenComparing(a -> a.name() == null ? "" : a.name())
                .thenComparingInt(AreaView::id);

        private final Map<String, ZoneView> zones = new ConcurrentHashMap<>();
        private final Map<String, AreaView> areas = new ConcurrentHashMap<>();
        private final Map<String, BridgeView> links = new ConcurrentHashMap<>();
        private final Deque<ObjectNode> events = new ArrayDeque<>();

        void addBridge(String name) {
            links.put(name, new BridgeView(name, false, "not connected yet", null));
        }

        /** Adds what the catalog names and updates names, keeping the levels and occupancy already known. */
        void seed(String bridge, LutronCatalog catalog) {
            for (Zone zone : catalog.zones()) {
                ZoneView named = new ZoneView(bridge, zone.id(), zone.name(), zone.area(), null, null);
                zones.merge(key(bridge, zone.id()), named, (known, seeded) -> new ZoneView(bridge, zone.id(),
                        zone.name(), zone.area(), known.level(), known.updated()));
            }
            for (Area area : catalog.areas()) {
                AreaView named = new AreaView(bridge, area.id(), area.name(), Occupancy.Unknown, null);
                areas.merge(key(bridge, area.id()), named, (known, seeded) -> new AreaView(bridge, area.id(),
                        area.name(), known.occupancy(), known.updated()));
            }
            LOG.debug("Bridge {}: {}", bridge, catalog);
        }

        void apply(String bridge, LutronEvent event) {
            if (event instanceof ZoneStatus z) {
                zones.compute(key(bridge, z.zoneId()), (k, known) -> new ZoneView(bridge, z.zoneId(),
                        z.name() != null || known == null ? z.name() : known.name(),
                        z.area() != null || known == null ? z.area() : known.area(), z.level(), z.timestamp()));
            } else if (event instanceof OccupancyStatus o && o.areaId() != null) {
                occupancy(bridge, o.areaId(), o.area() != null ? o.area() : o.name(), o.occupancy(), o.timestamp());
            } else if (event instanceof AreaStatus a && a.occupancy() != null) {
                occupancy(bridge, a.areaId(), a.name(), a.occupancy(), a.timestamp());
            } else if (event instanceof ConnectionEvent c) {
                boolean up = c.state() == ConnectionState.Connected;
                links.put(bridge, new BridgeView(bridge, up, up ? null : c.reason(), c.timestamp()));
            }
            synchronized (events) {
                events.addFirst(LutronJson.toTree(event).put("bridgeName", bridge));
                if (events.size() > EVENTS_KEPT) {
                    events.removeLast();
                }
            }
        }

        private void occupancy(String bridge, int areaId, String name, Occupancy occupancy, Instant when) {
            areas.compute(key(bridge, areaId), (k, known) -> new AreaView(bridge, areaId,
                    known != null && known.name() != null ? known.name() : name, occupancy, when));
        }

        List<ZoneView> zones() {
            return zones.values().stream().sorted(ZONE_ORDER).toList();
        }

        List<AreaView> areas() {
            return areas.values().stream().sorted(AREA_ORDER).toList();
        }

        List<BridgeView> bridges() {
            return links.values().stream().sorted(Comparator.comparing(BridgeView::name)).toList();
        }

        List<ObjectNode> events() {
            synchronized (events) {
                return List.copyOf(events);
            }
        }

        private static String key(String bridge, int id) {
            return bridge + '/' + id;
        }
    }
}
