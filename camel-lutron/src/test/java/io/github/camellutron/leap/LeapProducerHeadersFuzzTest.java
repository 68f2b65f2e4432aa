package io.github.camellutron.leap;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.camellutron.FuzzedHeaders;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapRequests;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the LEAP producer's URL ({@code read}, {@code subscribe}) and fan speed ({@code goToFanSpeed}) input, header
 * or body, as {@link LeapProducer} reads it. Bad input fails with an {@link IllegalArgumentException} whose message is
 * one line; an accepted URL makes a request whose JSON is one line and whose UTF-8 bytes, as sent, read back as the
 * same URL; an accepted fan speed is one of {@link LeapRequests#FAN_SPEEDS}, the one the value names.
 *
 * <p>
 * Seeds: {@code LeapProducerHeadersFuzzTestInputs/urlAndFanSpeed}; fuzzing: docs/reliability.md.
 */
class LeapProducerHeadersFuzzTest {

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
    void urlAndFanSpeed(FuzzedDataProvider data) {
        Message in = new DefaultMessage(context);
        Object url = data.consumeBoolean() ? FuzzedHeaders.text(data) : FuzzedHeaders.value(data);
        if (url != null) {
            in.setHeader(LutronConstants.URL, url);
        }
        Object speed = FuzzedHeaders.value(data);
        if (speed != null) {
            in.setHeader(LutronConstants.FAN_SPEED, speed);
        }
        if (data.consumeBoolean()) {
            in.setBody(data.consumeBoolean() ? FuzzedHeaders.text(data) : FuzzedHeaders.value(data));
        }
        try {
            String given = LeapProducer.url(in);
            LeapMessage request = data.consumeBoolean() ? LeapRequests.read(given) : LeapRequests.subscribe(given);
            String json = request.toJson();
            assertThat(json).doesNotContain("\r", "\n");
            byte[] wire = json.getBytes(StandardCharsets.UTF_8);
            assertThat(LeapMessage.parse(wire, 0, wire.length).url()).as("URL %s sent", escaped(given))
                    .isEqualTo(given);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("\r", "\n");
        }
        try {
            String value = LeapProducer.fanSpeed(in);
            LeapMessage request = LeapRequests.goToFanSpeed(5, value);
            String json = request.toJson();
            assertThat(json).doesNotContain("\r", "\n");
            String sent = request.body().path("Command").path("FanSpeedParameters").path("FanSpeed").asText();
            assertThat(LeapRequests.FAN_SPEEDS).contains(sent);
            assertThat(sent).isEqualToIgnoringCase(value.strip());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).doesNotContain("\r", "\n");
        }
    }

    /** The text with everything outside printable ASCII as a Java escape, for a readable failure. */
    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= ' ' && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return sb.toString();
    }
}
