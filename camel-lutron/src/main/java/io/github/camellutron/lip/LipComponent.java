package io.github.camellutron.lip;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camellutron.BridgeAddress;
import io.github.camellutron.LutronEventLoops;
import io.github.camellutron.SharedConnections;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.client.LipConnectionOptions;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.netty.channel.EventLoopGroup;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.ResourceHelper;

/** The {@code lutron-lip} component: Lutron bridges over the telnet integration protocol. */
@Component("lutron-lip")
public class LipComponent extends HealthCheckComponent {

    @Metadata(description = "Options shared by every endpoint; endpoint options override them.")
    private LipConfiguration configuration = new LipConfiguration();
    @Metadata(label = "advanced",
              description = "The Netty event loop group for bridge connections. Default: one group shared by every"
                            + " Lutron endpoint of the CamelContext.")
    private EventLoopGroup eventLoopGroup;

    private final SharedConnections<BridgeKey, LipConnection> connections = new SharedConnections<>(
            LipConnection::start, connection -> connection.stop());

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        LipEndpoint endpoint = new LipEndpoint(uri, this, configuration.copy());
        BridgeAddress address = BridgeAddress.parse("lutron-lip", remaining, LipConnectionOptions.DEFAULT_PORT);
        endpoint.setHost(address.host());
        endpoint.setPort(address.port());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    LipConnection acquire(LipEndpoint endpoint, Consumer<LipConnection> user) {
        LipConfiguration c = endpoint.getConfiguration();
        BridgeKey key = new BridgeKey(endpoint.getHost(), endpoint.getPort(), c.getUsername(), c.getPassword());
        return connections.acquire(key, k -> new LipConnection(options(endpoint), eventLoopGroup(), loadCatalog(endpoint)),
                connection -> {
                    // the first endpoint to name a report names the bridge's events, whichever opened the session
                    if (connection.catalog().isEmpty() && c.getIntegrationReport() != null) {
                        connection.useCatalog(loadCatalog(endpoint));
                    }
                    user.accept(connection);
                });
    }

    void release(LipEndpoint endpoint) {
        LipConfiguration c = endpoint.getConfiguration();
        connections.release(new BridgeKey(endpoint.getHost(), endpoint.getPort(), c.getUsername(), c.getPassword()));
    }

    private EventLoopGroup eventLoopGroup() {
        return eventLoopGroup != null ? eventLoopGroup : LutronEventLoops.of(getCamelContext());
    }

    private static LipConnectionOptions options(LipEndpoint endpoint) {
        LipConfiguration c = endpoint.getConfiguration();
        return LipConnectionOptions.builder(endpoint.getHost())
                .port(endpoint.getPort())
                .credentials(c.getUsername(), c.getPassword())
                .keepAliveInterval(Duration.ofMillis(c.getKeepAliveInterval()))
                .responseTimeout(Duration.ofMillis(c.getResponseTimeout()))
                .reconnectDelay(Duration.ofMillis(c.getReconnectDelay()), Duration.ofMillis(c.getMaxReconnectDelay()))
                .commandDelay(Duration.ofMillis(c.getCommandDelay()))
                .maxLineLength(c.getMaxLineLength())
                .monitoringTypes(monitoringTypes(c.getMonitoringTypes()))
                .build();
    }

    static List<MonitoringType> monitoringTypes(String list) {
        List<MonitoringType> types = new ArrayList<>();
        if (list == null || list.isBlank()) {
            return types;
        }
        for (String item : list.split(",")) {
            String name = item.trim();
            if (name.isEmpty()) {
                continue;
            }
            MonitoringType type;
            if (Character.isDigit(name.charAt(0))) {
                type = MonitoringType.of(Integer.parseInt(name));
            } else {
                try {
                    type = MonitoringType.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    type = null;
                }
            }
            if (type == null) {
                throw new IllegalArgumentException("Unknown LIP monitoring type '" + name + "' in monitoringTypes");
            }
            types.add(type);
        }
        return types;
    }

    private LutronCatalog loadCatalog(LipEndpoint endpoint) {
        String report = endpoint.getConfiguration().getIntegrationReport();
        if (report == null || report.isBlank()) {
            return LutronCatalog.empty();
        }
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(getCamelContext(), report)) {
            return IntegrationReports.parse(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot load the integration report " + report + ": " + e.getMessage(), e);
        }
    }

    public LipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LipConfiguration configuration) {
        this.configuration = configuration;
    }

    public EventLoopGroup getEventLoopGroup() {
        return eventLoopGroup;
    }

    public void setEventLoopGroup(EventLoopGroup eventLoopGroup) {
        this.eventLoopGroup = eventLoopGroup;
    }

    /** Two endpoints with the same key share one session with the bridge. */
    private record BridgeKey(String host, int port, String username, String password) {
        @Override
        public String toString() {
            return username + "@" + host + ":" + port;
        }
    }
}
