package io.github.camellutron;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.camellutron.event.LedState;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static io.github.camellutron.AbstractLutronProducer.duration;
import static io.github.camellutron.AbstractLutronProducer.ledState;
import static io.github.camellutron.AbstractLutronProducer.level;
import static io.github.camellutron.AbstractLutronProducer.requiredInt;
import static io.github.camellutron.FuzzedHeaders.exactInt;
import static io.github.camellutron.LutronConstants.BUTTON_ID;
import static io.github.camellutron.LutronConstants.DELAY_TIME;
import static io.github.camellutron.LutronConstants.DEVICE_ID;
import static io.github.camellutron.LutronConstants.FADE_TIME;
import static io.github.camellutron.LutronConstants.LED_ID;
import static io.github.camellutron.LutronConstants.LED_STATE;
import static io.github.camellutron.LutronConstants.LEVEL;
import static io.github.camellutron.LutronConstants.ZONE_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the producers' header validation: header values of every type and content (zone, device, button and LED
 * ids, level, fade and delay time, LED state) turned into commands the way {@code LipProducer} and
 * {@code LeapProducer} do, with the helpers of {@link AbstractLutronProducer} and the command builders. Bad input fails
 * with an {@link IllegalArgumentException} whose message is one line; what is accepted is a LIP line with no CR, LF or
 * other control character and exactly the command's fields, addressed to exactly the id the header names, or a LEAP
 * request whose JSON is one line that reads back, from the UTF-8 bytes sent, as the same URL and body.
 *
 * <p>
 * Seeds: {@code ProducerHeadersFuzzTestInputs/commands}; fuzzing: docs/reliability.md.
 */
class ProducerHeadersFuzzTest {

    private static final List<String> HEADERS = List.of(ZONE_ID, LEVEL, FADE_TIME, DELAY_TIME, DEVICE_ID, BUTTON_ID,
            LED_ID, LED_STATE);

    private static CamelContext context;

    @BeforeAll
    static void startCamel() {
        context = new DefaultCamelContext();
        context.start();
    }

    @AfterAll
    static void stopCamel() {
        context.stop();
    }

    @FuzzTest(maxDuration = "1m")
    void commands(FuzzedDataProvider data) {
        Message in = new DefaultMessage(context);
        for (String header : HEADERS) {
            Object value = FuzzedHeaders.value(data);
            if (value != null) {
                in.setHeader(header, value);
            }
        }
        if (data.consumeBoolean()) {
            in.setBody(FuzzedHeaders.value(data));
        }
        int command = data.consumeInt(0, 11);
        try {
            if (command < 8) {
                lip(command, in);
            } else {
                leap(command, in);
            }
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("\r", "\n");
        }
    }

    /** As LipProducer builds goToLevel, raise, lower, stop, pressAndHold, release, setLed and read. */
    private static void lip(int command, Message in) {
        switch (command) {
            case 0 -> {
                LipMessage m = LipCommands.setLevel(requiredInt(in, ZONE_ID), level(in), duration(in, FADE_TIME),
                        duration(in, DELAY_TIME));
                boolean delay = in.getHeader(DELAY_TIME) != null;
                String[] f = checkLine(m, 3 + (delay || in.getHeader(FADE_TIME) != null ? 1 : 0) + (delay ? 1 : 0));
                assertId(f[1], in, ZONE_ID);
                assertThat(f[2]).isEqualTo("1");
                assertThat(Double.parseDouble(f[3])).isBetween(0.0, 100.0);
            }
            case 1, 2, 3 -> {
                int zone = requiredInt(in, ZONE_ID);
                LipMessage m = command == 1 ? LipCommands.startRaising(zone)
                        : command == 2 ? LipCommands.startLowering(zone) : LipCommands.stop(zone);
                assertId(checkLine(m, 2)[1], in, ZONE_ID);
            }
            case 4, 5 -> {
                int device = requiredInt(in, DEVICE_ID);
                int button = requiredInt(in, BUTTON_ID);
                String[] f = checkLine(command == 4 ? LipCommands.press(device, button)
                        : LipCommands.release(device, button), 3);
                assertId(f[1], in, DEVICE_ID);
                assertId(f[2], in, BUTTON_ID);
            }
            case 6 -> {
                int device = requiredInt(in, DEVICE_ID);
                int led = requiredInt(in, LED_ID);
                LedState state = ledState(in);
                String[] f = checkLine(LipCommands.setLed(device, led, LedCode.values()[state.ordinal()]), 4);
                assertId(f[1], in, DEVICE_ID);
                assertId(f[2], in, LED_ID);
                assertLedState(state, in);
                assertThat(f[4]).isEqualTo(Integer.toString(state.ordinal()));
            }
            default -> assertId(checkLine(LipCommands.queryLevel(requiredInt(in, ZONE_ID)), 2)[1], in, ZONE_ID);
        }
    }

    /** As LeapProducer builds goToLevel (with and without fade or delay), pressButton, setLed and raise. */
    private static void leap(int command, Message in) {
        switch (command) {
            case 8 -> {
                Duration fade = duration(in, FADE_TIME);
                Duration delay = duration(in, DELAY_TIME);
                LeapMessage m = fade != null || delay != null
                        ? LeapRequests.goToDimmedLevel(requiredInt(in, ZONE_ID), level(in), fade, delay)
                        : LeapRequests.goToLevel(requiredInt(in, ZONE_ID), level(in));
                checkRequest(m, "/zone/" + exactInt(in.getHeader(ZONE_ID)) + "/commandprocessor");
            }
            case 9 -> checkRequest(LeapRequests.pressAndRelease(requiredInt(in, BUTTON_ID)),
                    "/button/" + exactInt(in.getHeader(BUTTON_ID)) + "/commandprocessor");
            case 10 -> {
                int led = requiredInt(in, LED_ID);
                LedState state = ledState(in);
                if (state != LedState.On && state != LedState.Off) {
                    return; // LeapProducer refuses the flash states itself
                }
                checkRequest(LeapRequests.setLed(led, state.name()), "/led/" + exactInt(in.getHeader(LED_ID)) + "/status");
                assertLedState(state, in);
            }
            default -> checkRequest(LeapRequests.raise(requiredInt(in, ZONE_ID)),
                    "/zone/" + exactInt(in.getHeader(ZONE_ID)) + "/commandprocessor");
        }
    }

    /** The line's parts, the command word first, after checking it is one clean line of {@code fields} fields. */
    private static String[] checkLine(LipMessage m, int fields) {
        String line = m.toString();
        assertThat(line.chars().noneMatch(c -> c < ' ' || c == 0x7f)).as("control character in %s", line).isTrue();
        assertThat(m.fieldCount()).as(line).isEqualTo(fields);
        String[] parts = line.split(",", -1);
        assertThat(parts).as(line).hasSize(fields + 1);
        assertThat(LipMessage.parse(line)).isEqualTo(m);
        return parts;
    }

    private static void assertId(String field, Message in, String header) {
        Object value = in.getHeader(header);
        assertThat(exactInt(value)).as("%s %s (%s) gave %s", header, value, value.getClass().getSimpleName(), field)
                .isNotNull();
        assertThat(field).as("%s %s (%s)", header, value, value.getClass().getSimpleName())
                .isEqualTo(Integer.toString(exactInt(value)));
    }

    private static void checkRequest(LeapMessage m, String url) {
        String json = m.toJson();
        assertThat(json).doesNotContain("\r", "\n");
        byte[] wire = json.getBytes(StandardCharsets.UTF_8);
        LeapMessage sent = LeapMessage.parse(wire, 0, wire.length);
        assertThat(sent.url()).isEqualTo(m.url()).isEqualTo(url);
        assertThat(sent.body()).isEqualTo(m.body());
        assertThat(sent.communiqueType()).isEqualTo(m.communiqueType());
    }

    private static void assertLedState(LedState state, Message in) {
        Object value = in.getHeader(LED_STATE);
        assertThat(state).as("%s %s (%s)", LED_STATE, value, value.getClass().getSimpleName())
                .isEqualTo(expectedLedState(value));
    }

    /** The LED state a header value names: the state, its name in any case, or its number 0-3 exactly. */
    private static LedState expectedLedState(Object value) {
        if (value instanceof LedState s) {
            return s;
        }
        if (value instanceof Number) {
            Integer i = exactInt(value);
            return i != null && i >= 0 && i < LedState.values().length ? LedState.values()[i] : null;
        }
        if (value instanceof String s) {
            for (LedState state : LedState.values()) {
                if (state.name().equalsIgnoreCase(s.trim())) {
                    return state;
                }
            }
        }
        return null;
    }
}
