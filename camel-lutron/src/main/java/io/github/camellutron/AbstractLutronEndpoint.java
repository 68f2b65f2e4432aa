package io.github.camellutron;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.MultipleConsumersSupport;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.HealthCheckComponent;

/**
 * What both schemes' endpoints are: asynchronous, consumable by many routes at once (they share the bridge's one
 * connection), located at {@code host:port} for Camel's service tooling, with the component's health flags.
 *
 * @param <C> the protocol's connection
 */
public abstract class AbstractLutronEndpoint<C> extends DefaultEndpoint
        implements AsyncEndpoint, EndpointServiceLocation, MultipleConsumersSupport, LutronEndpoint<C> {

    protected AbstractLutronEndpoint(String uri, HealthCheckComponent component) {
        super(uri, component);
    }

    public abstract String getHost();

    public abstract int getPort();

    /** The transport as Camel's service tooling names it ({@code telnet}, {@code tls}). */
    protected abstract String getServiceTransport();

    @Override
    public HealthCheckComponent getComponent() {
        return (HealthCheckComponent) super.getComponent();
    }

    @Override
    public boolean isMultipleConsumersSupported() {
        return true;
    }

    @Override
    public boolean isHealthCheckConsumerEnabled() {
        return getComponent().isHealthCheckConsumerEnabled();
    }

    @Override
    public boolean isHealthCheckProducerEnabled() {
        return getComponent().isHealthCheckProducerEnabled();
    }

    @Override
    public String getServiceUrl() {
        return getServiceTransport() + "://" + getHost() + ":" + getPort();
    }
}
