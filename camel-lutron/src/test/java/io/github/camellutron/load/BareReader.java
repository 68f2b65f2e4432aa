package io.github.camellutron.load;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The limit a component is measured against: a Netty client on one event loop that does nothing but split the lines
 * of the socket (LIP, after a telnet login) or decrypt and split them (LEAP), and count them. What it reads per
 * second is what the wire, the kernel and Netty give before any parsing.
 */
final class BareReader implements AutoCloseable {

    private static final int MAX_LINE = 64 * 1024;

    private final EventLoopGroup group = new NioEventLoopGroup(1, new DefaultThreadFactory("bare-reader", true));
    private final Countdown lines = new Countdown();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private Channel channel;

    /** Connects to a LIP simulator, logs in and counts every line after the prompt. */
    static BareReader lip(String host, int port, String user, String password) throws Exception {
        BareReader reader = new BareReader();
        reader.connect(host, port, new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast("login", reader.new TelnetLogin(user, password));
            }
        });
        return reader;
    }

    /** Connects to a LEAP simulator with the PEM files pairing wrote, over the given TLS engine, and counts lines. */
    static BareReader leap(String host, int port, File certificate, File key, File bridgeCa, SslProvider provider)
            throws Exception {
        SslContext tls = SslContextBuilder.forClient().sslProvider(provider).keyManager(certificate, key)
                .trustManager(bridgeCa).protocols("TLSv1.3", "TLSv1.2").build();
        BareReader reader = new BareReader();
        reader.connect(host, port, new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast("tls", tls.newHandler(ch.alloc()));
                ch.pipeline().addLast("handshake", new ChannelInboundHandlerAdapter() {
                    @Override
                    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
                        if (evt instanceof SslHandshakeCompletionEvent done) {
                            if (done.isSuccess()) {
                                ctx.pipeline().replace(this, "frames", new LineBasedFrameDecoder(MAX_LINE));
                                ctx.pipeline().addLast("count", reader.new LineCounter());
                                reader.ready.complete(null);
                            } else {
                                reader.ready.completeExceptionally(done.cause());
                            }
                        }
                        ctx.fireUserEventTriggered(evt);
                    }
                });
            }
        });
        return reader;
    }

    private void connect(String host, int port, ChannelInitializer<SocketChannel> init) throws Exception {
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class).handler(init).connect(host, port).sync()
                .channel();
        ready.get(10, TimeUnit.SECONDS);
    }

    /** Counts lines from now on; completes when {@code count} more have come. */
    CompletableFuture<Void> expect(long count) {
        return lines.expect(count);
    }

    /** The engine class of a LEAP reader's TLS session, to show which provider really runs. */
    String engine() {
        SslHandler tls = channel.pipeline().get(SslHandler.class);
        return tls == null ? "none" : tls.engine().getClass().getSimpleName();
    }

    @Override
    public void close() {
        if (channel != null) {
            channel.close().awaitUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private final class LineCounter extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ReferenceCountUtil.release(msg);
            lines.increment();
        }
    }

    /** Answers the login and password prompts, then hands the socket to the line splitter. */
    private final class TelnetLogin extends ChannelInboundHandlerAdapter {
        private final String user;
        private final String password;
        private final StringBuilder text = new StringBuilder();
        private boolean sentPassword;

        TelnetLogin(String user, String password) {
            this.user = user;
            this.password = password;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf in = (ByteBuf) msg;
            try {
                text.append(in.toString(StandardCharsets.ISO_8859_1));
            } finally {
                in.release();
            }
            String seen = text.toString().stripTrailing();
            if (seen.endsWith("login:")) {
                text.setLength(0);
                ctx.writeAndFlush(ByteBufUtil.writeAscii(ctx.alloc(), user + "\r\n"));
            } else if (seen.endsWith("password:")) {
                text.setLength(0);
                sentPassword = true;
                ctx.writeAndFlush(ByteBufUtil.writeAscii(ctx.alloc(), password + "\r\n"));
            } else if (sentPassword && seen.endsWith(">")) {
                ctx.pipeline().replace(this, "frames", new LineBasedFrameDecoder(MAX_LINE));
                ctx.pipeline().addLast("count", new LineCounter());
                ready.complete(null);
            }
        }
    }
}
