package io.github.camellutron.event;

import java.time.Instant;

/**
 * A button on a keypad, Pico or the bridge itself (phantom button) was pressed, released, held or tapped.
 * {@code buttonId} addresses the button for commands; {@code buttonNumber} is its number on the keypad.
 */
public record ButtonEvent(
        String bridge,
        Instant timestamp,
        Integer deviceId,
        int buttonId,
        Integer buttonNumber,
        ButtonAction action,
        String name,
        String area,
        Integer lipId)
        implements LutronEvent {

    public ButtonEvent(String bridge, Instant timestamp, Integer deviceId, int buttonId, Integer buttonNumber,
                       ButtonAction action, String name, String area) {
        this(bridge, timestamp, deviceId, buttonId, buttonNumber, action, name, area, null);
    }

    @Override
    public EventType type() {
        return EventType.ButtonEvent;
    }
}
