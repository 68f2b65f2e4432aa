package io.github.camellutron.lip;

import java.util.Map;

import io.github.camellutron.AbstractLutronEndpoint;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.lip.client.LipConnection;
import org.apache.camel.Category;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;

/**
 * Receive events from and send commands to Lutron RadioRA 2, HomeWorks QS, RA2 Select and Caseta Smart Bridge
 * Pro systems over the telnet Lutron Integration Protocol (LIP).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "lutron-lip", title = "Lutron LIP", syntax = "lutron-lip:host:port",
             category = { Category.IOT }, headersClass = LutronConstants.class)
public class LipEndpoint extends AbstractLutronEndpoint<LipConfiguration, LipConnection> {

    @UriPath(description = "Host name or IP address of the main repeater, processor or Smart Bridge Pro.")
    @Metadata(required = true)
    private String host;
    @UriPath(defaultValue = "23", description = "Telnet port of the bridge.")
    private int port = 23;
    @UriParam
    private LipConfiguration configuration;

    public LipEndpoint(String uri, LipComponent component, LipConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public LipComponent getComponent() {
        return (LipComponent) super.getComponent();
    }

    @Override
    protected String getServiceTransport() {
        return "telnet";
    }

    @Override
    public Producer createProducer() {
        return new LipProducer(this);
    }

    @Override
    public org.apache.camel.Consumer createConsumer(Processor processor) throws Exception {
        LipConsumer consumer = new LipConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    public String getServiceProtocol() {
        return "lip";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        return Map.of("username", configuration.getUsername());
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
    public LipConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(LipConfiguration configuration) {
        this.configuration = configuration;
    }
}
