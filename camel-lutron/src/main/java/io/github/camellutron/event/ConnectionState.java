package io.github.camellutron.event;

/** State of the link to a bridge, as in the {@code CamelLutronConnectionState} header. */
public enum ConnectionState {
    Connected,
    Disconnected
}
