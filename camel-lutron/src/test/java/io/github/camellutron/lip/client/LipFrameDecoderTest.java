package io.github.camellutron.lip.client;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LipFrameDecoderTest {

    private final List<String> badFrames = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel(new LipFrameDecoder(64, badFrames::add));

    private List<String> feed(Object... chunks) {
        for (Object chunk : chunks) {
            byte[] bytes = chunk instanceof byte[] b ? b : chunk.toString().getBytes(StandardCharsets.ISO_8859_1);
            channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        }
        List<String> frames = new ArrayList<>();
        for (Object frame; (frame = channel.readInbound()) != null;) {
            frames.add((String) frame);
        }
        return frames;
    }

    @Test
    void splitsOnCrLfLfAndCrAndDropsEmptyLines() {
        assertThat(feed("~OUTPUT,2,1,50.00\r\n\r\n~OUTPUT,3,1,0.00\n~DEVICE,1,3,3\r~DEVICE,1,3,4\r\n"))
                .containsExactly("~OUTPUT,2,1,50.00", "~OUTPUT,3,1,0.00", "~DEVICE,1,3,3", "~DEVICE,1,3,4");
    }

    @Test
    void joinsLinesSplitAcrossReadsIncludingACrLfSplitInTwo() {
        assertThat(feed("~OUTP", "UT,2,1,", "75.00\r", "\n~GROUP,5,3,3\r\n"))
                .containsExactly("~OUTPUT,2,1,75.00", "~GROUP,5,3,3");
    }

    @Test
    void emitsPromptsThatHaveNoLineEnd() {
        assertThat(feed("login: ")).containsExactly("login: ");
        assertThat(feed("pass", "word: ")).containsExactly("password: ");
        assertThat(feed("\r\nGNET> ")).containsExactly("GNET> ");
        assertThat(feed("~OUTPUT,2,1,5")).isEmpty();
        assertThat(feed("0.00\r\n")).containsExactly("~OUTPUT,2,1,50.00");
    }

    @Test
    void answersTelnetNegotiationOnceAndStripsIt() {
        byte[] negotiation = { (byte) 0xFF, (byte) 0xFD, 3, (byte) 0xFF, (byte) 0xFB, 1, (byte) 0xFF, (byte) 0xFD, 3 };
        assertThat(feed(negotiation, "login: ")).containsExactly("login: ");
        ByteBuf first = channel.readOutbound();
        ByteBuf second = channel.readOutbound();
        assertThat(bytes(first)).containsExactly(0xFF, 0xFB, 3);   // DO SGA -> WILL SGA
        assertThat(bytes(second)).containsExactly(0xFF, 0xFE, 1);  // WILL ECHO -> DONT ECHO
        assertThat((Object) channel.readOutbound()).isNull();       // the repeated DO SGA is not answered again
    }

    @Test
    void skipsSubnegotiationAndCommandsSplitAcrossReads() {
        byte[] part1 = { '~', 'O', (byte) 0xFF };
        byte[] part2 = { (byte) 0xFA, 24, 1, (byte) 0xFF };
        byte[] part3 = { (byte) 0xF0, 'U', 'T', 'P', 'U', 'T', ',', '1', ',', '1', ',', '0', '\r', '\n' };
        assertThat(feed(part1, part2, part3)).containsExactly("~OUTPUT,1,1,0");
    }

    @Test
    void skipsAnOverlongLineUpToTheNextLineEndAndCountsIt() {
        String longLine = "~" + "X".repeat(100);
        assertThat(feed(longLine.substring(0, 50), longLine.substring(50), "MORE\r\n~OUTPUT,2,1,1.00\r\n"))
                .containsExactly("~OUTPUT,2,1,1.00");
        assertThat(badFrames).hasSize(1);
        assertThat(feed("Y".repeat(70) + "\r\n~OUTPUT,2,1,2.00\r\n")).containsExactly("~OUTPUT,2,1,2.00");
        assertThat(badFrames).hasSize(2);
    }

    private static int[] bytes(ByteBuf buf) {
        int[] out = new int[buf.readableBytes()];
        for (int i = 0; i < out.length; i++) {
            out[i] = buf.getByte(buf.readerIndex() + i) & 0xFF;
        }
        buf.release();
        return out;
    }
}
