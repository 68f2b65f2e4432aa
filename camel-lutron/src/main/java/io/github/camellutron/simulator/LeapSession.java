package io.github.camellutron.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

/**
 * One TLS connection to the simulated bridge: its request lines go to the bridge, and it holds the subscriptions made
 * on it (LEAP.md 2.6), which end with the socket. Runs on the simulator's event loop, like every session.
 */
final class LeapSession extends SimpleChannelInboundHandler<String> {

    static final String CRLF = "\r\n";

    private static final Logger LOG = LoggerFactory.getLogger(LeapSession.class);

    private final LeapBridge bridge;
    // subscribed URL -> the subscribe request's ClientTag (null when it had none)
    private final Map<String, String> subscriptions = new HashMap<>();
    /** Plays a recording's events to this session, when the bridge replays one. */
    private LeapReplay.Player player;
    private Channel channel;
    private boolean secured;
    // requests read and not answered yet: what a client has in flight, as far as the bridge can tell
    private int unanswered;

    LeapSession(LeapBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        bridge.opened(this);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (player != null) {
            player.stop();
        }
        bridge.closed(this);
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                secured = true;
                bridge.handshaken();
                player = bridge.replayPlayer(this);
                LOG.debug("TLS session with {} established", channel.remoteAddress());
            } else {
                LOG.debug("TLS handshake with {} failed: {}", channel.remoteAddress(), handshake.cause().toString());
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        if (line.isBlank()) {
            return;
        }
        bridge.received(line);
        if (bridge.stalled()) {
            return;
        }
        bridge.inFlight(++unanswered);
        long delay = bridge.answerDelayNanos() + (line.contains("\"ReadRequest\"") ? bridge.readDelayNanos() : 0);
        if (delay > 0) {
            // one delay for every request keeps the answers in the order of the requests, as a processor does
            bridge.loop().schedule(() -> answer(line), delay, TimeUnit.NANOSECONDS);
            return;
        }
        answer(line);
    }

    private void answer(String line) {
        if (channel.isActive() && !bridge.stalled()) {
            bridge.resources().handle(this, line);
        }
        unanswered--;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof TooLongFrameException) {
            // the bridge skips the oversized line and keeps the connection, as for any request it cannot read
            LOG.warn("Discarded a request line from {}: {}", channel.remoteAddress(), cause.getMessage());
            if (!bridge.stalled()) {
                send(bridge.resources().unreadable("request line longer than " + LeapBridge.MAX_REQUEST_LENGTH
                                                   + " bytes"));
            }
            return;
        }
        LOG.debug("Closing LEAP session with {} after an error", channel.remoteAddress(), cause);
        ctx.close();
    }

    /** True once the TLS handshake succeeded: only then does the session get lines. */
    boolean secured() {
        return secured;
    }

    void subscribe(String url, String tag) {
        subscriptions.put(url, tag);
        if (player != null) {
            player.subscribed(url);
        }
    }

    boolean unsubscribe(String url) {
        if (!subscriptions.containsKey(url)) {
            return false;
        }
        subscriptions.remove(url);
        return true;
    }

    boolean subscribed(String url) {
        return subscriptions.containsKey(url);
    }

    /** The ClientTag of the subscription to a URL (null when it had none); call only when {@link #subscribed}. */
    String subscriptionTag(String url) {
        return subscriptions.get(url);
    }

    /** Sends one line, with CR LF added, unless the session is not secured yet or the bridge is stalled. */
    void send(String line) {
        sendRaw(Unpooled.copiedBuffer(line + CRLF, StandardCharsets.UTF_8));
    }

    void sendRaw(byte[] bytes) {
        sendRaw(Unpooled.wrappedBuffer(bytes.clone()));
    }

    private void sendRaw(ByteBuf buffer) {
        if (secured && !bridge.stalled() && channel.isActive()) {
            channel.writeAndFlush(buffer);
        } else {
            buffer.release();
        }
    }

    void close() {
        channel.close();
    }

    Channel channel() {
        return channel;
    }
}
