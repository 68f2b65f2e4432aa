package io.github.camellutron.event;

/** What happened to a button, as in the {@code CamelLutronButtonEvent} header. */
public enum ButtonAction {
    Press,
    Release,
    Hold,
    MultiTap,
    LongHold
}
