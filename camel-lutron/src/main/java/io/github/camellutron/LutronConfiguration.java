package io.github.camellutron;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options both schemes share: the event filter, gestures and event hand-off of consumers, and the session's
 * keep-alive, timeouts, reconnect backoff and command pacing.
 */
@UriParams
public abstract class LutronConfiguration implements Cloneable {

    @UriParam(label = "consumer",
              description = "Comma list of event types to receive (ZoneStatus, ButtonEvent, ButtonGesture,"
                            + " LedStatus, OccupancyStatus, AreaStatus, Connection, Raw). Default: all.")
    private String eventTypes;
    @UriParam(label = "consumer", defaultValue = "false",
              description = "Also emit a ButtonGesture event (header CamelLutronButtonGesture: SingleTap, DoubleTap,"
                            + " LongPress, HoldRepeat) for each gesture made with a button, each button on its own,"
                            + " timed with doubleTapWindow, longPressTime and holdRepeatInterval; a hold or multi-tap"
                            + " the bridge reports itself is used instead of timing. The button events are still"
                            + " delivered first, undelayed, when eventTypes lets them through; a disconnect ends every"
                            + " gesture under way without emitting it.")
    private boolean buttonGestures;
    @UriParam(label = "consumer", defaultValue = "400", javaType = "java.time.Duration",
              description = "With buttonGestures: how long after a tap's release a second press makes a DoubleTap;"
                            + " a tap not followed by one within it is a SingleTap, emitted when it has passed.")
    private long doubleTapWindow = 400;
    @UriParam(label = "consumer", defaultValue = "700", javaType = "java.time.Duration",
              description = "With buttonGestures: how long a press must be held to be a LongPress.")
    private long longPressTime = 700;
    @UriParam(label = "consumer", defaultValue = "300", javaType = "java.time.Duration",
              description = "With buttonGestures: how often a LongPress repeats (HoldRepeat) while the button is"
                            + " still held.")
    private long holdRepeatInterval = 300;
    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How often a keep-alive (LIP: the SYSTEM,10 query; LEAP: a ping) checks that the bridge"
                            + " still answers.")
    private long keepAliveInterval = 30000;
    @UriParam(label = "common", defaultValue = "5000", javaType = "java.time.Duration",
              description = "How long a command, a login or TLS step, or a keep-alive may wait for the bridge's"
                            + " answer; also how long a command waits for a connection being made.")
    private long responseTimeout = 5000;
    @UriParam(label = "advanced", defaultValue = "1000", javaType = "java.time.Duration",
              description = "Delay before the first reconnect attempt; doubled after each failure, up to maxReconnectDelay. Each wait is drawn at random from the upper half of that delay (jitter), so that bridges dropped together do not all come back at once.")
    private long reconnectDelay = 1000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration",
              description = "The longest delay between reconnect attempts.")
    private long maxReconnectDelay = 60000;
    @UriParam(label = "producer", defaultValue = "0", javaType = "java.time.Duration",
              description = "Pause between two commands to the bridge; Caseta bridges drop bursts (about 100 ms"
                            + " helps).")
    private long commandDelay;
    @UriParam(label = "consumer,advanced", defaultValue = "true",
              description = "Route events on Camel threads, in the bridge's order, through a bounded queue whose"
                            + " filling pauses reading from the bridge, so that a slow route slows only its own bridge."
                            + " false routes on the I/O thread that many bridges share: it saves the hand-off (about"
                            + " 10% on LEAP over TLS, nothing on LIP), but a slow route then holds up the events and"
                            + " keep-alives of every bridge on that thread.")
    private boolean usingExecutorService = true;
    @UriParam(label = "consumer,advanced", defaultValue = "1000",
              description = "How many events may wait for a busy route before reading from the bridge pauses"
                            + " (with usingExecutorService). Reading resumes when half of them are routed; no event"
                            + " is ever dropped.")
    private int eventQueueSize = 1000;

    /**
     * The session options both schemes have (ARCHITECTURE 3.4): one value per bridge session, whichever endpoint or
     * the component sets it.
     */
    protected static <G extends LutronConfiguration> List<SessionOption<G>> sessionOptions(
            List<SessionOption<G>> schemeOptions) {
        List<SessionOption<G>> all = new ArrayList<>(List.of(
                SessionOption.of("keepAliveInterval", G::getKeepAliveInterval, G::setKeepAliveInterval),
                SessionOption.of("responseTimeout", G::getResponseTimeout, G::setResponseTimeout),
                SessionOption.of("reconnectDelay", G::getReconnectDelay, G::setReconnectDelay),
                SessionOption.of("maxReconnectDelay", G::getMaxReconnectDelay, G::setMaxReconnectDelay),
                SessionOption.of("commandDelay", G::getCommandDelay, G::setCommandDelay)));
        all.addAll(schemeOptions);
        return List.copyOf(all);
    }

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

    public boolean isButtonGestures() {
        return buttonGestures;
    }

    public void setButtonGestures(boolean buttonGestures) {
        this.buttonGestures = buttonGestures;
    }

    public long getDoubleTapWindow() {
        return doubleTapWindow;
    }

    public void setDoubleTapWindow(long doubleTapWindow) {
        this.doubleTapWindow = doubleTapWindow;
    }

    public long getLongPressTime() {
        return longPressTime;
    }

    public void setLongPressTime(long longPressTime) {
        this.longPressTime = longPressTime;
    }

    public long getHoldRepeatInterval() {
        return holdRepeatInterval;
    }

    public void setHoldRepeatInterval(long holdRepeatInterval) {
        this.holdRepeatInterval = holdRepeatInterval;
    }

    public boolean isUsingExecutorService() {
        return usingExecutorService;
    }

    public void setUsingExecutorService(boolean usingExecutorService) {
        this.usingExecutorService = usingExecutorService;
    }

    public int getEventQueueSize() {
        return eventQueueSize;
    }

    public void setEventQueueSize(int eventQueueSize) {
        this.eventQueueSize = eventQueueSize;
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
