package io.github.camellutron;

import java.util.List;

import io.github.camellutron.client.SupervisedConnection;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.MultipleConsumersSupport;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.support.DefaultEndpoint;

/**
 * What both schemes' endpoints are: asynchronous, consumable by many routes at once (they share the bridge's one
 * session), located at {@code host:port} for Camel's service tooling, with the component's health flags.
 *
 * @param <G> the scheme's configuration
 * @param <C> the scheme's connection
 */
public abstract class AbstractLutronEndpoint<G extends LutronConfiguration, C extends SupervisedConnection<?, ?>>
        extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation, MultipleConsumersSupport {

    private List<SessionOption<G>> sessionOptionsSet = List.of();

    protected AbstractLutronEndpoint(String uri, AbstractLutronComponent<G, C> component) {
        super(uri, component);
    }

    public abstract String getHost();

    public abstract void setHost(String host);

    public abstract int getPort();

    public abstract void setPort(int port);

    public abstract G getConfiguration();

    /** The transport as Camel's service tooling names it ({@code telnet}, {@code tls}). */
    protected abstract String getServiceTransport();

    @Override
    @SuppressWarnings("unchecked")
    public AbstractLutronComponent<G, C> getComponent() {
        return (AbstractLutronComponent<G, C>) super.getComponent();
    }

    /** {@code host:port}. */
    public String getBridge() {
        return getHost() + ":" + getPort();
    }

    /** This endpoint's share of its bridge's session, opened with its first user, closed with its last. */
    public SessionHandle<C> openSession() {
        return getComponent().acquire(this);
    }

    /** The session options this endpoint's URI sets (the others take the session's values). */
    List<SessionOption<G>> getSessionOptionsSet() {
        return sessionOptionsSet;
    }

    void setSessionOptionsSet(List<SessionOption<G>> options) {
        this.sessionOptionsSet = List.copyOf(options);
    }

    @Override
    public boolean isMultipleConsumersSupported() {
        return true;
    }

    public boolean isHealthCheckConsumerEnabled() {
        return getComponent().isHealthCheckConsumerEnabled();
    }

    public boolean isHealthCheckProducerEnabled() {
        return getComponent().isHealthCheckProducerEnabled();
    }

    @Override
    public String getServiceUrl() {
        return getServiceTransport() + "://" + getBridge();
    }
}
