package io.github.camellutron.event;

/** A gesture made of button events, as in the {@code CamelLutronButtonGesture} header. */
public enum Gesture {
    SingleTap,
    DoubleTap,
    LongPress,
    HoldRepeat
}
