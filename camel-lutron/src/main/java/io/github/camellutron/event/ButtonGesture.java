package io.github.camellutron.event;

import java.time.Instant;

/** A gesture made with one button: a single or double tap, a long press, or a repeat while it is still held. */
public record ButtonGesture(
        String bridge,
        Instant timestamp,
        Integer deviceId,
        int buttonId,
        Integer buttonNumber,
        Gesture gesture,
        String name,
        String area,
        Integer lipId)
        implements LutronEvent {

    /** The gesture made with the button of {@code event}, named as it is. */
    public static ButtonGesture of(ButtonEvent event, Gesture gesture, Instant at) {
        return new ButtonGesture(event.bridge(), at, event.deviceId(), event.buttonId(), event.buttonNumber(), gesture,
                event.name(), event.area(), event.lipId());
    }

    @Override
    public EventType type() {
        return EventType.ButtonGesture;
    }
}
