package io.github.camellutron;

import java.util.Map;

import io.github.camellutron.event.LutronEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.support.DefaultMessage;

/**
 * A consumed event as a Camel message: the event is the body, and the headers of the contract come from it. A route
 * that reads a header gets it from the event itself; the header map is made only when the route asks for the map,
 * changes a header, or wants a header converted to another type (as camel-jms does for JMS properties), so a route
 * that reads a few headers and routes on never pays for a map.
 */
public final class LutronMessage extends DefaultMessage {

    private final LutronEvent event;

    LutronMessage(CamelContext camelContext, LutronEvent event) {
        super(camelContext);
        this.event = event;
        setBody(event);
    }

    @Override
    public Object getHeader(String name) {
        return hasPopulatedHeaders() ? super.getHeader(name) : LutronHeaders.value(event, name);
    }

    @Override
    public Object getHeader(String name, Object defaultValue) {
        if (hasPopulatedHeaders()) {
            return super.getHeader(name, defaultValue);
        }
        Object value = LutronHeaders.value(event, name);
        return value != null ? value : defaultValue;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getHeader(String name, Class<T> type) {
        if (!hasPopulatedHeaders()) {
            Object value = LutronHeaders.value(event, name);
            if (value == null) {
                // as Camel's own messages answer a missing header
                return boolean.class == type ? (T) Boolean.FALSE : null;
            }
            if (type.isInstance(value)) {
                return type.cast(value);
            }
        }
        return super.getHeader(name, type);
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
