package io.github.camellutron.lip.client;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

import io.github.camellutron.lip.protocol.LipMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;

/**
 * Splits what a LIP bridge sends into text frames: whole lines (ended by CR LF, LF or CR; empty ones
 * dropped) and the prompts bridges send without a line end ({@code login: }, {@code password: },
 * {@code GNET> }). Telnet negotiation is answered and removed: only Suppress-Go-Ahead is accepted, every
 * other option refused, each option answered once. A line longer than {@code maxLineLength} is reported
 * and skipped up to the next line end, so one bad frame never costs the connection.
 */
final class LipFrameDecoder extends ByteToMessageDecoder {

    static final byte IAC = (byte) 0xFF;
    static final byte DONT = (byte) 0xFE;
    static final byte DO = (byte) 0xFD;
    static final byte WONT = (byte) 0xFC;
    static final byte WILL = (byte) 0xFB;
    static final byte SB = (byte) 0xFA;
    static final byte SE = (byte) 0xF0;
    static final byte SUPPRESS_GO_AHEAD = 3;

    private static final ByteProcessor FIND_SPECIAL = b -> b != '\r' && b != '\n' && b != IAC;
    private static final ByteProcessor FIND_LINE_END = b -> b != '\r' && b != '\n';

    private final int maxLineLength;
    private final Consumer<String> badFrameListener;
    private final StringBuilder pending = new StringBuilder(128);
    private final BitSet answeredOptions = new BitSet(256);
    private boolean discarding;
    private boolean skipLf;
    private boolean inSubnegotiation;

    LipFrameDecoder(int maxLineLength, Consumer<String> badFrameListener) {
        this.maxLineLength = maxLineLength;
        this.badFrameListener = badFrameListener;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (skipLf) {
                skipLf = false;
                if (in.getByte(in.readerIndex()) == '\n') {
                    in.skipBytes(1);
                    continue;
                }
            }
            if (inSubnegotiation) {
                if (!skipSubnegotiation(in)) {
                    return;
                }
                continue;
            }
            if (discarding) {
                int end = in.forEachByte(FIND_LINE_END);
                if (end < 0) {
                    in.skipBytes(in.readableBytes());
                    return;
                }
                in.readerIndex(end);
                discarding = false;
                consumeLineEnd(in);
                continue;
            }
            int special = in.forEachByte(FIND_SPECIAL);
            if (special < 0) {
                append(in, in.readableBytes());
                if (pending.length() > maxLineLength) {
                    tooLong();
                } else if (isPrompt(pending)) {
                    out.add(pending.toString());
                    pending.setLength(0);
                }
                return;
            }
            int length = special - in.readerIndex();
            byte b = in.getByte(special);
            if (b == IAC) {
                append(in, length);
                if (!telnetCommand(ctx, in)) {
                    return;
                }
                continue;
            }
            if (pending.length() + length > maxLineLength) {
                in.readerIndex(special);
                tooLong();
                continue;
            }
            if (pending.length() == 0) {
                if (length > 0) {
                    out.add(in.toString(in.readerIndex(), length, StandardCharsets.ISO_8859_1));
                }
                in.readerIndex(special);
            } else {
                append(in, length);
                out.add(pending.toString());
                pending.setLength(0);
            }
            consumeLineEnd(in);
        }
    }

    private void tooLong() {
        pending.setLength(0);
        discarding = true;
        badFrameListener.accept("line longer than " + maxLineLength + " characters");
    }

    private void consumeLineEnd(ByteBuf in) {
        byte end = in.readByte();
        if (end == '\r') {
            if (in.isReadable()) {
                if (in.getByte(in.readerIndex()) == '\n') {
                    in.skipBytes(1);
                }
            } else {
                skipLf = true;
            }
        }
    }

    private void append(ByteBuf in, int length) {
        int start = in.readerIndex();
        for (int i = 0; i < length; i++) {
            pending.append((char) (in.getByte(start + i) & 0xFF));
        }
        in.skipBytes(length);
    }

    /** Handles the telnet command at the reader index; false when more bytes are needed first. */
    private boolean telnetCommand(ChannelHandlerContext ctx, ByteBuf in) {
        if (in.readableBytes() < 2) {
            return false;
        }
        byte command = in.getByte(in.readerIndex() + 1);
        switch (command) {
            case WILL, WONT, DO, DONT -> {
                if (in.readableBytes() < 3) {
                    return false;
                }
                int option = in.getByte(in.readerIndex() + 2) & 0xFF;
                in.skipBytes(3);
                answer(ctx, command, option);
            }
            case SB -> {
                in.skipBytes(2);
                inSubnegotiation = true;
            }
            case IAC -> {
                // an escaped 0xFF data byte: not ASCII, so it can only be part of garbage
                in.skipBytes(2);
                pending.append((char) 0xFF);
            }
            default -> in.skipBytes(2);
        }
        return true;
    }

    private boolean skipSubnegotiation(ByteBuf in) {
        while (in.readableBytes() >= 2) {
            if (in.readByte() == IAC && in.getByte(in.readerIndex()) == SE) {
                in.skipBytes(1);
                inSubnegotiation = false;
                return true;
            }
        }
        return false;
    }

    private void answer(ChannelHandlerContext ctx, byte command, int option) {
        if (command == WONT || command == DONT || answeredOptions.get(option)) {
            return;
        }
        answeredOptions.set(option);
        boolean accept = option == SUPPRESS_GO_AHEAD;
        byte reply = command == DO ? (accept ? WILL : WONT) : (accept ? DO : DONT);
        ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] { IAC, reply, (byte) option }));
    }

    static boolean isPrompt(CharSequence text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return endsWith(text, end, "login:") || endsWith(text, end, "password:") || LipMessage.isPrompt(text);
    }

    private static boolean endsWith(CharSequence text, int end, String suffix) {
        int start = end - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (Character.toLowerCase(text.charAt(start + i)) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
