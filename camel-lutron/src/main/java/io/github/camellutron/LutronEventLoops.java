package io.github.camellutron;

import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The one Netty event loop group that every Lutron bridge of a CamelContext shares, whatever the scheme: a
 * bridge costs a channel, never a thread. Created with the first connection, shut down with the context.
 */
public final class LutronEventLoops extends ServiceSupport {

    static final String REGISTRY_NAME = "camelLutronEventLoops";

    private final int threads;
    private volatile EventLoopGroup group;

    private LutronEventLoops(int threads) {
        this.threads = threads;
    }

    /** The context's shared group, created on first use. */
    public static EventLoopGroup of(CamelContext context) {
        synchronized (context) {
            LutronEventLoops loops = context.getRegistry().lookupByNameAndType(REGISTRY_NAME, LutronEventLoops.class);
            if (loops == null) {
                loops = new LutronEventLoops(Math.max(1, Runtime.getRuntime().availableProcessors()));
                context.getRegistry().bind(REGISTRY_NAME, loops);
                try {
                    context.addService(loops, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot start the Lutron event loops", e);
                }
            }
            return loops.group();
        }
    }

    private synchronized EventLoopGroup group() {
        if (group == null) {
            group = new NioEventLoopGroup(threads, new DefaultThreadFactory("camel-lutron", true));
        }
        return group;
    }

    @Override
    protected synchronized void doStop() {
        if (group != null) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            group = null;
        }
    }
}
