package io.github.camellutron;

import java.util.Map;

import io.github.camellutron.client.BridgeConnection;
import io.github.camellutron.client.LinkState;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Readiness of one consumer's or producer's bridge connection: UP only while the link is connected. */
public final class LutronHealthCheck extends AbstractHealthCheck {

    private final BridgeConnection connection;

    public LutronHealthCheck(String id, BridgeConnection connection) {
        super("camel", id);
        this.connection = connection;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        LinkState state = connection.state();
        builder.detail("bridge", connection.bridge());
        builder.detail("state", state.name());
        builder.detail("reconnects", connection.reconnectCount());
        builder.detail("badFrames", connection.badFrameCount());
        connection.details().forEach(builder::detail);
        if (state == LinkState.CONNECTED) {
            builder.up();
            return;
        }
        Throwable failure = connection.lastFailure();
        builder.message("Lutron bridge " + connection.bridge() + " is " + state.name().toLowerCase()
                        + (failure != null ? ": " + failure.getMessage() : ""));
        if (failure != null) {
            builder.error(failure);
        }
        builder.down();
    }
}
