package io.github.camellutron.leap;

import java.util.Map;

import io.github.camellutron.AbstractLutronEndpoint;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.client.LeapConnection;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Receive events from and send commands to Lutron Caseta, RA2 Select, RadioRA 3 and HomeWorks QSX systems over
 * LEAP, JSON over mutual TLS.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "lutron-leap", title = "Lutron LEAP", syntax = "lutron-leap:host:port",
             category = { Category.IOT }, headersClass = LutronConstants.class)
public class LeapEndpoint extends AbstractLutronEndpoint<LeapConfiguration, LeapConnection> {

    @UriPath(description = "Host name or IP address of the Smart Bridge or processor.")
    @Metadata(required = true)
    private String host;
    @UriPath(defaultValue = "8081", description = "LEAP port of the bridge.")
    private int port = 8081;
    @UriParam
    private LeapConfiguration configuration;

    public LeapEndpoint(String uri, LeapComponent component, LeapConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public LeapComponent getComponent() {
        return (LeapComponent) super.getComponent();
    }

    @Override
    protected String getServiceTransport() {
        return "tls";
    }

    @Override
    public Producer createProducer() {
        return new LeapProducer(this);
    }

    @Override
    public org.apache.camel.Consumer createConsumer(Processor processor) throws Exception {
        LeapConsumer consumer = new LeapConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public String getServiceProtocol() {
        return "leap";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of();
    }

    @Override
    public String getHost() {
        return host;
    }

    @Override
    public void setHost(String host) {
        this.host = host;
    }

    @Override
    public int getPort() {
        return port;
    }

    @Override
    public void setPort(int port) {
        this.port = port;
    }

    @Override
    public LeapConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LeapConfiguration configuration) {
        this.configuration = configuration;
    }
}
