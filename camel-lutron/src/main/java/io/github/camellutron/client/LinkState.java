package io.github.camellutron.client;

/** Where a supervised bridge connection is in its life. */
public enum LinkState {
    /** Not started, or stopped. */
    STOPPED,
    /** Opening the socket, logging in, setting the session up. Commands wait for it. */
    CONNECTING,
    /** Ready for commands. */
    CONNECTED,
    /** Down; a reconnect is scheduled. Commands fail at once. */
    DISCONNECTED,
    /** Down for good until restarted (the bridge refused the credentials). Commands fail at once. */
    FAILED
}
