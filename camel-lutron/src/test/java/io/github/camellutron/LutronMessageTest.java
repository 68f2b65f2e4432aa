package io.github.camellutron;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camellutron.event.EventSamples;
import io.github.camellutron.event.LutronEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumed event's headers read one at a time, straight from the event, are the headers of its map: for every
 * header of the contract, on a sample of every event type, in any letter case, plain and converted.
 */
class LutronMessageTest {

    private static CamelContext context;

    @BeforeAll
    static void start() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    /** Every header name of the contract: the constants that document a header. */
    static List<String> contractHeaders() throws IllegalAccessException {
        List<String> names = new ArrayList<>();
        for (Field f : LutronConstants.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class)) {
                names.add((String) f.get(null));
            }
        }
        return names;
    }

    @Test
    void eachHeaderReadFromTheEventIsTheOneInTheMap() throws Exception {
        List<String> names = contractHeaders();
        assertThat(names).contains(LutronConstants.ZONE_ID, LutronConstants.LEVEL, LutronConstants.BUTTON_EVENT);
        for (LutronEvent event : EventSamples.ALL) {
            Map<String, Object> map = new LutronMessage(context, event).getHeaders();
            assertThat(map).as("headers of %s", event.type()).isNotEmpty();
            for (String name : names) {
                for (String spelling : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
                    Object expected = map.get(name);
                    LutronMessage fresh = new LutronMessage(context, event);
                    assertThat(fresh.getHeader(spelling)).as("%s of %s", spelling, event.type()).isEqualTo(expected);
                    assertThat(fresh.getHeader(spelling, "none")).isEqualTo(expected != null ? expected : "none");
                    assertThat(fresh.getHeader(spelling, String.class))
                            .isEqualTo(expected != null ? String.valueOf(expected) : null);
                    if (expected != null) {
                        assertThat(fresh.getHeader(spelling, expected.getClass())).isEqualTo(expected);
                    }
                }
            }
        }
    }

    @Test
    void aChangedHeaderIsReadFromTheMap() {
        LutronEvent zone = EventSamples.ALL.get(0);
        LutronMessage message = new LutronMessage(context, zone);
        assertThat(message.getHeader(LutronConstants.LEVEL)).isEqualTo(50.0);
        message.setHeader(LutronConstants.LEVEL, 75.0);
        message.setHeader("Other", "set by the route");
        assertThat(message.getHeader(LutronConstants.LEVEL)).isEqualTo(75.0);
        assertThat(message.getHeader("other", String.class)).isEqualTo("set by the route");
        message.removeHeader(LutronConstants.ZONE_ID);
        assertThat(message.getHeader(LutronConstants.ZONE_ID)).isNull();
        assertThat(message.getHeader(LutronConstants.NAME, String.class)).isEqualTo("Blinds");
    }

    @Test
    void aHeaderTheEventLacksIsAbsentAsInAnyCamelMessage() {
        LutronMessage message = new LutronMessage(context, EventSamples.ALL.get(0));
        assertThat(message.getHeader(LutronConstants.BUTTON_EVENT)).isNull();
        assertThat(message.getHeader("NotAHeader", boolean.class)).isFalse();
        assertThat(message.getHeader(LutronConstants.LEVEL, Integer.class)).isEqualTo(50);
    }
}
