package io.github.camellutron.event;

/** State of a keypad LED, as in the {@code CamelLutronLedState} header. */
public enum LedState {
    Off,
    On,
    Flash,
    RapidFlash
}
