package io.github.camellutron.leap;

import io.github.camellutron.AbstractLutronConsumer;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.protocol.LeapMessage;
import org.apache.camel.Processor;

/**
 * Turns what the bridge reports into exchanges: subscription events, the untagged pushes of Caseta bridges, the
 * answers to other endpoints' requests, and connection events, filtered by event type.
 */
public class LeapConsumer extends AbstractLutronConsumer<LeapMessage, LeapConnection> {

    public LeapConsumer(LeapEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public LeapEndpoint getEndpoint() {
        return (LeapEndpoint) super.getEndpoint();
    }
}
