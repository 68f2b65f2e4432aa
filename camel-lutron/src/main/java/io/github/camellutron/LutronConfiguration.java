package io.github.camellutron;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options both schemes share: the event filter, keep-alive, timeouts, reconnect backoff, command pacing. */
@UriParams
public abstract class LutronConfiguration implements Cloneable {

    @UriParam(label = "consumer",
              description = "Comma list of event types to receive (ZoneStatus, ButtonEvent, LedStatus,"
                            + " OccupancyStatus, AreaStatus, Connection, Raw). Default: all.")
    private String eventTypes;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How often a keep-alive (LIP: the SYSTEM,10 query; LEAP: a ping) checks that the bridge"
                            + " still answers.")
    private long keepAliveInterval = 30000;
    @UriParam(label = "common", defaultValue = "5000", javaType = "java.time.Duration",
              description = "How long a command, a login or TLS step, or a keep-alive may wait for the bridge's"
                            + " answer; also how long a command waits for a connection being made.")
    private long responseTimeout = 5000;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first reconnect attempt; doubled after each failure.")
    private long reconnectDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest delay between reconnect attempts.")
    private long maxReconnectDelay = 60000;
    @UriParam(label = "producer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Pause between two commands to the bridge; Caseta bridges drop bursts (about 100 ms"
                            + " helps).")
    private long commandDelay;

    /** A copy for one endpoint, so that endpoint options never change the component's. */
    @SuppressWarnings("unchecked")
    protected <T extends LutronConfiguration> T copyOf() {
        try {
            return (T) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public long getKeepAliveInterval() {
        return keepAliveInterval;
    }

    public void setKeepAliveInterval(long keepAliveInterval) {
        this.keepAliveInterval = keepAliveInterval;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getReconnectDelay() {
        return reconnectDelay;
    }

    public void setReconnectDelay(long reconnectDelay) {
        this.reconnectDelay = reconnectDelay;
    }

    public long getMaxReconnectDelay() {
        return maxReconnectDelay;
    }

    public void setMaxReconnectDelay(long maxReconnectDelay) {
        this.maxReconnectDelay = maxReconnectDelay;
    }

    public long getCommandDelay() {
        return commandDelay;
    }

    public void setCommandDelay(long commandDelay) {
        this.commandDelay = commandDelay;
    }
}
