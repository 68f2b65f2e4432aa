package io.github.camellutron.lip.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import io.github.camellutron.client.ConnectionOptions;
import io.github.camellutron.lip.protocol.MonitoringType;

/**
 * How to reach and supervise one LIP bridge. Immutable; {@link #toString()} never shows the password.
 *
 * @param keepAliveInterval how often {@code ?SYSTEM,10} proves the link alive
 * @param responseTimeout   how long a command, a login step or a keep-alive may wait for its answer
 * @param reconnectDelay    first reconnect delay, doubled after each failed attempt up to {@code maxReconnectDelay}
 * @param commandDelay      pause between two commands (some Caseta bridges drop bursts)
 * @param monitoringTypes   the monitoring the session enables after login
 */
public record LipConnectionOptions(String host, int port, String username, String password,
                                   Duration keepAliveInterval, Duration responseTimeout, Duration reconnectDelay,
                                   Duration maxReconnectDelay, Duration commandDelay, int maxLineLength,
                                   List<MonitoringType> monitoringTypes) implements ConnectionOptions {

    public static final int DEFAULT_PORT = 23;

    /**
     * Button, LED, zone, occupancy, scene, timeclock, system variable, reply, HVAC and mode: what events are made of
     * (a bridge without system variables refuses 10, which changes nothing).
     */
    public static final List<MonitoringType> DEFAULT_MONITORING = List.of(
            MonitoringType.BUTTON, MonitoringType.LED, MonitoringType.ZONE, MonitoringType.OCCUPANCY,
            MonitoringType.SCENE, MonitoringType.TIMECLOCK, MonitoringType.SYSTEM_VARIABLE, MonitoringType.REPLY,
            MonitoringType.HVAC, MonitoringType.MODE);

    public LipConnectionOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (port <= 0 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is not in 1-65535");
        }
        if (maxLineLength < 64) {
            throw new IllegalArgumentException("maxLineLength " + maxLineLength + " is below 64");
        }
        requirePositive("keepAliveInterval", keepAliveInterval);
        requirePositive("responseTimeout", responseTimeout);
        requirePositive("reconnectDelay", reconnectDelay);
        requirePositive("maxReconnectDelay", maxReconnectDelay);
        Objects.requireNonNull(commandDelay, "commandDelay");
        monitoringTypes = List.copyOf(monitoringTypes);
    }

    private static void requirePositive(String name, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }

    public static Builder builder(String host) {
        return new Builder(host);
    }

    @Override
    public String toString() {
        return "LipConnectionOptions[" + username + "@" + bridge() + ", keepAlive=" + keepAliveInterval
               + ", responseTimeout=" + responseTimeout + ", reconnect=" + reconnectDelay + ".." + maxReconnectDelay
               + ", commandDelay=" + commandDelay + ", maxLineLength=" + maxLineLength + ", monitoring="
               + monitoringTypes + "]";
    }

    /** Builder with the defaults of a Caseta Smart Bridge Pro (lutron / integration on port 23). */
    public static final class Builder {
        private final String host;
        private int port = DEFAULT_PORT;
        private String username = "lutron";
        private String password = "integration";
        private Duration keepAliveInterval = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(5);
        private Duration reconnectDelay = Duration.ofSeconds(1);
        private Duration maxReconnectDelay = Duration.ofMinutes(1);
        private Duration commandDelay = Duration.ZERO;
        private int maxLineLength = 4096;
        private List<MonitoringType> monitoringTypes = DEFAULT_MONITORING;

        private Builder(String host) {
            this.host = host;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder credentials(String username, String password) {
            this.username = username;
            this.password = password;
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

        public Builder monitoringTypes(List<MonitoringType> types) {
            this.monitoringTypes = types;
            return this;
        }

        public LipConnectionOptions build() {
            return new LipConnectionOptions(host, port, username, password, keepAliveInterval, responseTimeout,
                    reconnectDelay, maxReconnectDelay, commandDelay, maxLineLength, monitoringTypes);
        }
    }
}
