package io.github.camellutron.lip;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.github.camellutron.AbstractLutronConsumer;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.protocol.LipCommandType;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipParseException;
import org.apache.camel.Processor;

/**
 * Turns what the bridge reports into exchanges: each {@code ~} line the shared session hears (answers to other
 * endpoints' commands included) plus connection events, filtered by event type, command word and id.
 */
public class LipConsumer extends AbstractLutronConsumer<LipMessage, LipConnection> {

    private final Set<String> commandTypes;
    private final Set<Integer> integrationIds;

    public LipConsumer(LipEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        LipConfiguration c = endpoint.getConfiguration();
        this.commandTypes = parseWords(c.getCommandTypes());
        this.integrationIds = parseIds(c.getIntegrationIds());
    }

    @Override
    public LipEndpoint getEndpoint() {
        return (LipEndpoint) super.getEndpoint();
    }

    @Override
    protected boolean accepts(LutronEvent event, LipMessage source) {
        if (source == null) {
            // connection events always pass; a replayed zone level passes as its ~OUTPUT line would
            return !(event instanceof ZoneStatus z)
                   || (commandTypes == null || commandTypes.contains("OUTPUT"))
                      && (integrationIds == null || integrationIds.contains(z.zoneId()));
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
}
