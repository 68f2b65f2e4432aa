package io.github.camellutron;

import java.util.function.Consumer;

/**
 * What consumers and producers need from their endpoint, whatever the scheme: the bridge's shared connection and
 * whether readiness checks are wanted.
 *
 * @param <C> the protocol's connection
 */
public interface LutronEndpoint<C> {

    /** The shared connection of this endpoint's bridge, opened by its first user; {@code user} runs before that. */
    C acquireConnection(Consumer<C> user);

    /** One user less; the last one closes the connection. */
    void releaseConnection();

    boolean isHealthCheckConsumerEnabled();

    boolean isHealthCheckProducerEnabled();
}
