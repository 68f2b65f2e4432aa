package io.github.camellutron.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the tests of the LIP and LEAP connections against their bridge simulators share. */
public final class ConnectionTests {

    private ConnectionTests() {
    }

    /** The answer to a request, within five seconds. */
    public static <M> M answer(CompletableFuture<M> future) throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }

    /** Why a request failed, within five seconds. */
    public static Throwable failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        return e.getCause();
    }

    /** Ends a test: the connection, the simulator and the event loop, leaving out what the test did not make. */
    public static void stop(SupervisedConnection<?, ?> connection, AutoCloseable simulator, EventLoopGroup group)
            throws Exception {
        if (connection != null) {
            connection.stop().get(5, TimeUnit.SECONDS);
        }
        if (simulator != null) {
            simulator.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
