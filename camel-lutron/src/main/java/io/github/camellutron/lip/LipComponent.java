package io.github.camellutron.lip;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.camellutron.AbstractLutronComponent;
import io.github.camellutron.AbstractLutronEndpoint;
import io.github.camellutron.SessionOption;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.client.LipConnectionOptions;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.netty.channel.EventLoopGroup;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code lutron-lip} component: Lutron bridges over the telnet integration protocol. */
@Component("lutron-lip")
public class LipComponent extends AbstractLutronComponent<LipConfiguration, LipConnection> {

    @Metadata(description = "Options shared by every endpoint; endpoint options override them.")
    private LipConfiguration configuration = new LipConfiguration();

    @Override
    protected String scheme() {
        return "lutron-lip";
    }

    @Override
    protected int defaultPort() {
        return LipConnectionOptions.DEFAULT_PORT;
    }

    @Override
    protected AbstractLutronEndpoint<LipConfiguration, LipConnection> newEndpoint(String uri,
                                                                                  LipConfiguration configuration) {
        return new LipEndpoint(uri, this, configuration);
    }

    @Override
    protected List<SessionOption<LipConfiguration>> sessionOptions() {
        return LipConfiguration.SESSION_OPTIONS;
    }

    @Override
    protected Object identity(LipConfiguration configuration) {
        return configuration.getUsername();
    }

    @Override
    protected LipConnection newConnection(String host, int port, LipConfiguration settings, EventLoopGroup group) {
        return new LipConnection(options(host, port, settings), group, LutronCatalog.empty());
    }

    @Override
    protected void reconfigure(LipConnection connection, String host, int port, LipConfiguration settings) {
        connection.reconfigure(options(host, port, settings));
    }

    @Override
    protected AutoCloseable sessionOpened(LipConnection connection, LipConfiguration settings) {
        IntegrationReportLoader reports = new IntegrationReportLoader(getCamelContext(), backgroundThreads(), connection);
        reports.use(settings.getIntegrationReport());
        return reports;
    }

    @Override
    protected void sessionChanged(LipConnection connection, LipConfiguration settings, AutoCloseable companion) {
        ((IntegrationReportLoader) companion).use(settings.getIntegrationReport());
    }

    private static LipConnectionOptions options(String host, int port, LipConfiguration c) {
        return LipConnectionOptions.builder(host)
                .port(port)
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

    @Override
    public LipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LipConfiguration configuration) {
        this.configuration = configuration;
    }
}
