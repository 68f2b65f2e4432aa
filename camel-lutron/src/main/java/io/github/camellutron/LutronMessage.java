package io.github.camellutron;

import java.util.Map;

import io.github.camellutron.event.LutronEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * A consumed event as a Camel message: the event is the body, and the headers of the contract are made from it when
 * the route first touches a header (as camel-jms does for JMS properties). A route that only reads the body, or
 * filters on the event object, never pays for a header map.
 */
public final class LutronMessage extends DefaultMessage {

    private final LutronEvent event;

    LutronMessage(CamelContext camelContext, LutronEvent event) {
        super(camelContext);
        this.event = event;
        setBody(event);
    }

    @Override
    protected void populateInitialHeaders(Map<String, Object> map) {
        LutronHeaders.populate(map, event);
    }

    @Override
    protected boolean isPopulateHeadersSupported() {
        return true;
    }
}
