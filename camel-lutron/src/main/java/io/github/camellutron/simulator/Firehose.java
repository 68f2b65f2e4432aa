package io.github.camellutron.simulator;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/**
 * Writes one pre-encoded burst to a channel many times, as fast as the socket takes it, for load runs. A few bursts
 * are kept in flight: each one written makes room for the next, so the client's reading speed sets the pace and the
 * simulator never buffers more than those few.
 */
final class Firehose {

    private static final int BURSTS_IN_FLIGHT = 4;

    private final Channel channel;
    private final ByteBuf burst;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private long toWrite;
    private long outstanding;

    private Firehose(Channel channel, ByteBuf burst, long repeats) {
        this.channel = channel;
        this.burst = burst;
        this.toWrite = repeats;
    }

    /** Starts a firehose on each channel; call on the channels' loop. Completes when every burst was written. */
    static CompletableFuture<Void> start(List<Channel> channels, byte[] burst, long repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
        ByteBuf shared = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(burst.clone()).asReadOnly());
        CompletableFuture<?>[] all = channels.stream()
                .map(ch -> new Firehose(ch, shared, repeats).pump())
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(all);
    }

    private CompletableFuture<Void> pump() {
        channel.eventLoop().execute(this::refill);
        return done;
    }

    private void refill() {
        if (!channel.isActive()) {
            done.completeExceptionally(new IllegalStateException("the client closed the connection"));
            return;
        }
        while (toWrite > 0 && outstanding < BURSTS_IN_FLIGHT) {
            toWrite--;
            outstanding++;
            channel.write(burst.duplicate()).addListener((ChannelFutureListener) f -> {
                outstanding--;
                if (!f.isSuccess()) {
                    done.completeExceptionally(f.cause());
                } else if (toWrite == 0 && outstanding == 0) {
                    done.complete(null);
                } else if (!done.isDone()) {
                    // a task, not a call: this listener may run inside the flush that wrote the burst
                    channel.eventLoop().execute(this::refill);
                }
            });
        }
        channel.flush();
    }
}
