package io.github.camellutron.lip.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.BitSet;
import java.util.SplittableRandom;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipParseException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes what a LIP connection does with the bytes a bridge sends, as {@link LipConnection} does it: the frame decoder
 * in a real Netty pipeline ({@link EmbeddedChannel}), fed in chunks of random sizes, then every frame through the
 * line parser and every report through the event mapper. Nothing may escape but a {@link LipParseException} from the
 * parser (a bad frame, counted and skipped); frames are whole lines without line ends and never longer than
 * {@code maxLineLength}; telnet negotiation is only ever answered with three-byte replies, once per option; a zone
 * level that reaches a route is a level, 0-100.
 *
 * <p>
 * The input is the byte stream followed by the split seed (8 bytes) and {@code maxLineLength} (2 bytes, from 8 to
 * 300): Jazzer's {@link FuzzedDataProvider} takes numbers from the end. Seeds: {@code LipFrameDecoderFuzzTestInputs};
 * fuzzing: docs/reliability.md.
 */
class LipFrameDecoderFuzzTest {

    private static final LutronCatalog CATALOG = catalog();

    @FuzzTest(maxDuration = "1m")
    void decode(FuzzedDataProvider data) {
        int maxLineLength = data.consumeInt(8, 300);
        SplittableRandom split = new SplittableRandom(data.consumeLong());
        byte[] stream = data.consumeRemainingAsBytes();

        EmbeddedChannel channel = new EmbeddedChannel(new LipFrameDecoder(maxLineLength, reason -> {
        }));
        LipEventMapper mapper = new LipEventMapper("fuzz:23", CATALOG);
        for (int at = 0; at < stream.length;) {
            int size = split.nextInt(4) == 0 ? stream.length - at : Math.min(stream.length - at, 1 + split.nextInt(16));
            channel.writeInbound(Unpooled.wrappedBuffer(stream, at, size));
            channel.checkException();
            at += size;
            for (Object frame; (frame = channel.readInbound()) != null;) {
                onFrame((String) frame, maxLineLength, mapper);
            }
        }
        BitSet answered = new BitSet(256);
        for (ByteBuf reply; (reply = channel.readOutbound()) != null;) {
            try {
                assertThat(reply.readableBytes()).isEqualTo(3);
                assertThat(reply.getByte(0)).isEqualTo(LipFrameDecoder.IAC);
                assertThat(reply.getByte(1)).isIn(LipFrameDecoder.WILL, LipFrameDecoder.WONT, LipFrameDecoder.DO,
                        LipFrameDecoder.DONT);
                int option = reply.getByte(2) & 0xFF;
                assertThat(answered.get(option)).as("option %d answered twice", option).isFalse();
                answered.set(option);
            } finally {
                reply.release();
            }
        }
        channel.finishAndReleaseAll();
    }

    private static void onFrame(String frame, int maxLineLength, LipEventMapper mapper) {
        assertThat(frame).isNotEmpty().doesNotContain("\r", "\n");
        assertThat(frame.length()).isLessThanOrEqualTo(maxLineLength);
        LipMessage msg;
        try {
            msg = LipMessage.parse(frame);
        } catch (LipParseException e) {
            return;
        }
        if (msg == null || msg.operation() != LipOperation.REPORT) {
            return;
        }
        // every zone has a known lift, so that tilt reports are read too
        LutronEvent event = mapper.map(msg, false,
                zone -> new ZoneStatus("fuzz:23", Instant.EPOCH, zone, 50, false, null, null));
        assertThat(event).isNotNull();
        if (event instanceof ZoneStatus zone) {
            assertThat(zone.level()).as("level of %s", frame).isBetween(0.0, 100.0);
            if (zone.tilt() != null) {
                assertThat(zone.tilt()).as("tilt of %s", frame).isBetween(0.0, 100.0);
            }
        }
    }

    private static LutronCatalog catalog() {
        try (InputStream in = LipFrameDecoderFuzzTest.class.getResourceAsStream("/catalog/DbXmlInfo.xml")) {
            return IntegrationReports.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
