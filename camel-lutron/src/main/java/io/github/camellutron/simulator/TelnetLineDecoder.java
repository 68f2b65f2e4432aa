package io.github.camellutron.simulator;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits what a telnet client sends into lines (Strings without their ending) the way a bridge reads them: CR LF, LF,
 * CR and telnet's CR NUL all end a line, and telnet commands (IAC WILL/WONT/DO/DONT option, IAC SB ... IAC SE, other
 * two-byte IAC commands) are dropped. A line longer than {@link #MAX_LINE_LENGTH} is discarded up to its end.
 */
final class TelnetLineDecoder extends ByteToMessageDecoder {

    static final int MAX_LINE_LENGTH = 1024;

    static final int IAC = 0xFF;
    static final int DO = 0xFD;
    static final int SUPPRESS_GO_AHEAD = 3;

    private static final Logger LOG = LoggerFactory.getLogger(TelnetLineDecoder.class);
    private static final int SE = 0xF0;
    private static final int SB = 0xFA;
    private static final int WILL = 0xFB;

    private enum State { DATA, COMMAND, OPTION, SUBNEGOTIATION, SUBNEGOTIATION_IAC }

    private final StringBuilder line = new StringBuilder();
    private State state = State.DATA;
    private boolean afterCr;
    private boolean tooLong;

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            int b = in.readByte() & 0xFF;
            switch (state) {
                case DATA -> {
                    if (b == IAC) {
                        state = State.COMMAND;
                    } else {
                        data(b, out);
                    }
                }
                case COMMAND -> {
                    if (b == IAC) {
                        state = State.DATA;
                        data(b, out);
                    } else {
                        state = b == SB ? State.SUBNEGOTIATION : b >= WILL ? State.OPTION : State.DATA;
                    }
                }
                case OPTION -> state = State.DATA;
                case SUBNEGOTIATION -> {
                    if (b == IAC) {
                        state = State.SUBNEGOTIATION_IAC;
                    }
                }
                case SUBNEGOTIATION_IAC -> state = b == SE ? State.DATA : State.SUBNEGOTIATION;
            }
        }
    }

    private void data(int b, List<Object> out) {
        boolean wasAfterCr = afterCr;
        afterCr = b == '\r';
        if (b == '\r') {
            endLine(out);
        } else if (b == '\n' || b == 0) {
            // LF or NUL right after CR completes the CR that already ended the line; a NUL elsewhere is padding
            if (!wasAfterCr && b == '\n') {
                endLine(out);
            }
        } else if (line.length() < MAX_LINE_LENGTH) {
            line.append((char) b);
        } else {
            tooLong = true;
        }
    }

    private void endLine(List<Object> out) {
        if (tooLong) {
            LOG.warn("Discarded a client line longer than {} characters", MAX_LINE_LENGTH);
            tooLong = false;
        } else {
            out.add(line.toString());
        }
        line.setLength(0);
    }
}
