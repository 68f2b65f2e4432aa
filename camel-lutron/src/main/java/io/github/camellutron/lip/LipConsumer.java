package io.github.camellutron.lip;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.github.camellutron.LutronHeaders;
import io.github.camellutron.LutronHealthCheck;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.client.BridgeListener;
import io.github.camellutron.lip.protocol.LipCommandType;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipParseException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * Turns what the bridge reports into exchanges: each {@code ~} line the shared session hears (answers to other
 * endpoints' commands included) plus connection events, filtered by event type, command word and id.
 */
public class LipConsumer extends DefaultConsumer implements BridgeListener<LipMessage> {

    private final Set<EventType> eventTypes;
    private final Set<String> commandTypes;
    private final Set<Integer> integrationIds;
    private volatile LipConnection connection;

    public LipConsumer(LipEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        LipConfiguration c = endpoint.getConfiguration();
        this.eventTypes = parseEventTypes(c.getEventTypes());
        this.commandTypes = parseWords(c.getCommandTypes());
        this.integrationIds = parseIds(c.getIntegrationIds());
    }

    @Override
    public LipEndpoint getEndpoint() {
        return (LipEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = getEndpoint().acquireConnection(c -> c.addListener(this));
        HealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "consumers", HealthCheckRepository.class);
        if (repo != null) {
            LutronHealthCheck check = new LutronHealthCheck("lutron-lip-consumer-" + getRouteId(), connection);
            check.setEnabled(getEndpoint().getComponent().isHealthCheckConsumerEnabled());
            setHealthCheck(check);
        }
    }

    @Override
    protected void doStop() throws Exception {
        LipConnection c = connection;
        if (c != null) {
            c.removeListener(this);
            getEndpoint().releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    @Override
    public void onEvent(LutronEvent event, LipMessage source) {
        if (!accepts(event, source)) {
            return;
        }
        Exchange exchange = createExchange(true);
        LutronHeaders.populate(exchange.getMessage(), event);
        getAsyncProcessor().process(exchange, defaultConsumerCallback(exchange, true));
    }

    boolean accepts(LutronEvent event, LipMessage source) {
        if (eventTypes != null && !eventTypes.contains(event.type())) {
            return false;
        }
        if (source == null) {
            return true;
        }
        if (commandTypes != null && !commandTypes.contains(source.command())) {
            return false;
        }
        if (integrationIds != null) {
            LipCommandType type = source.commandType();
            if (type == null || !type.hasIntegrationId()) {
                return false;
            }
            try {
                return integrationIds.contains(source.integrationId());
            } catch (LipParseException e) {
                return false;
            }
        }
        return true;
    }

    static Set<EventType> parseEventTypes(String list) {
        Set<String> words = parseList(list);
        if (words == null) {
            return null;
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (String word : words) {
            EventType match = null;
            for (EventType t : EventType.values()) {
                if (t.name().equalsIgnoreCase(word)) {
                    match = t;
                }
            }
            if (match == null) {
                throw new IllegalArgumentException("Unknown event type '" + word + "' in eventTypes; known: "
                                                   + java.util.Arrays.toString(EventType.values()));
            }
            types.add(match);
        }
        return types;
    }

    private static Set<String> parseWords(String list) {
        Set<String> words = parseList(list);
        if (words == null) {
            return null;
        }
        Set<String> upper = new HashSet<>();
        words.forEach(w -> upper.add(w.toUpperCase(Locale.ROOT)));
        return upper;
    }

    private static Set<Integer> parseIds(String list) {
        Set<String> words = parseList(list);
        if (words == null) {
            return null;
        }
        Set<Integer> ids = new HashSet<>();
        for (String w : words) {
            try {
                ids.add(Integer.parseInt(w));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Integration id '" + w + "' in integrationIds is not a number");
            }
        }
        return ids;
    }

    private static Set<String> parseList(String list) {
        if (list == null || list.isBlank()) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                words.add(item.trim());
            }
        }
        return words;
    }
}
