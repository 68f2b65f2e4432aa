package io.github.camellutron.client;

import java.time.Duration;

/** The settings every supervised bridge session has, whatever its protocol. */
public interface ConnectionOptions {

    String host();

    int port();

    /** How often a keep-alive proves the link alive. */
    Duration keepAliveInterval();

    /** How long a command, a setup step or a keep-alive may wait for the bridge's answer. */
    Duration responseTimeout();

    /** The first reconnect delay, doubled after each failed attempt up to {@link #maxReconnectDelay()}. */
    Duration reconnectDelay();

    Duration maxReconnectDelay();

    /** The pause between two commands of users. */
    Duration commandDelay();

    /** The longest frame accepted from the bridge. */
    int maxLineLength();

    /** {@code host:port}, the bridge's name in events and logs. */
    default String bridge() {
        return host() + ":" + port();
    }
}
