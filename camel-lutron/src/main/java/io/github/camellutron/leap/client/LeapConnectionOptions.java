package io.github.camellutron.leap.client;

import java.time.Duration;
import java.util.Objects;

import io.github.camellutron.client.ConnectionOptions;
import io.netty.handler.ssl.SslContext;

/**
 * How to reach and supervise one LEAP bridge. Immutable. The TLS context (made by {@link LeapTls}) holds the client
 * identity, the bridge CA and the engine, JDK or OpenSSL; {@link #toString()} shows the engine only.
 *
 * @param keepAliveInterval how often a ping proves the link alive
 * @param responseTimeout   how long a request or a ping may wait for its answer
 * @param reconnectDelay    first reconnect delay, doubled after each failed attempt up to {@code maxReconnectDelay}
 * @param commandDelay      pause between two commands sent by users
 * @param maxLineLength     longest message accepted; device lists of big systems run to megabytes
 * @param discoveryConcurrency how many requests discovery (and the renewal of subscriptions after a connect) may
 *                             have waiting for their answer at once; 1 sends them one at a time
 */
public record LeapConnectionOptions(String host, int port, SslContext tls, Duration keepAliveInterval,
                                    Duration responseTimeout, Duration reconnectDelay, Duration maxReconnectDelay,
                                    Duration commandDelay, int maxLineLength, int discoveryConcurrency)
        implements ConnectionOptions {

    public static final int DEFAULT_PORT = 8081;
    public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;
    /**
     * A few requests in flight hide most of the round trips of a big processor's discovery; more gain little and load
     * the processor (docs/leap-endpoint.md, "Discovery").
     */
    public static final int DEFAULT_DISCOVERY_CONCURRENCY = 4;

    public LeapConnectionOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is not in 1-65535");
        }
        if (maxLineLength < 4 * 1024 * 1024) {
            throw new IllegalArgumentException("maxLineLength " + maxLineLength
                                               + " is below 4 MiB; LEAP device lists are large");
        }
        for (Duration d : new Duration[] { keepAliveInterval, responseTimeout, reconnectDelay, maxReconnectDelay }) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("LEAP timings must be positive, was " + d);
            }
        }
        Objects.requireNonNull(commandDelay, "commandDelay");
        if (discoveryConcurrency < 1) {
            throw new IllegalArgumentException("discoveryConcurrency must be at least 1 (one request at a time), was "
                                               + discoveryConcurrency);
        }
    }

    public static Builder builder(String host, SslContext tls) {
        return new Builder(host, tls);
    }

    @Override
    public String toString() {
        return "LeapConnectionOptions[" + host + ":" + port + ", tls=" + LeapTls.engineOf(tls) + ", keepAlive="
               + keepAliveInterval + ", responseTimeout=" + responseTimeout + ", reconnect=" + reconnectDelay + ".."
               + maxReconnectDelay + ", commandDelay=" + commandDelay + ", maxLineLength=" + maxLineLength
               + ", discoveryConcurrency=" + discoveryConcurrency + "]";
    }

    /**
     * Builder with pylutron-like defaults: port 8081, ping every 30 s, 5 s answers, reconnect from 1 s to 1 min; and
     * 4 discovery requests in flight.
     */
    public static final class Builder {
        private final String host;
        private final SslContext tls;
        private int port = DEFAULT_PORT;
        private Duration keepAliveInterval = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(5);
        private Duration reconnectDelay = Duration.ofSeconds(1);
        private Duration maxReconnectDelay = Duration.ofMinutes(1);
        private Duration commandDelay = Duration.ZERO;
        private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        private int discoveryConcurrency = DEFAULT_DISCOVERY_CONCURRENCY;

        private Builder(String host, SslContext tls) {
            this.host = host;
            this.tls = tls;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder keepAliveInterval(Duration d) {
            this.keepAliveInterval = d;
            return this;
        }

        public Builder responseTimeout(Duration d) {
            this.responseTimeout = d;
            return this;
        }

        public Builder reconnectDelay(Duration first, Duration max) {
            this.reconnectDelay = first;
            this.maxReconnectDelay = max;
            return this;
        }

        public Builder commandDelay(Duration d) {
            this.commandDelay = d;
            return this;
        }

        public Builder maxLineLength(int n) {
            this.maxLineLength = n;
            return this;
        }

        public Builder discoveryConcurrency(int n) {
            this.discoveryConcurrency = n;
            return this;
        }

        public LeapConnectionOptions build() {
            return new LeapConnectionOptions(host, port, tls, keepAliveInterval, responseTimeout, reconnectDelay,
                    maxReconnectDelay, commandDelay, maxLineLength, discoveryConcurrency);
        }
    }
}
