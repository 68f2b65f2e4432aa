package io.github.camellutron.catalog;

import java.util.List;

/**
 * A keypad, Pico, sensor, repeater or bridge with its buttons. {@code type} is the report's DeviceType (such
 * as {@code SEETOUCH_KEYPAD}, {@code PICO_KEYPAD}, {@code MAIN_REPEATER}), {@code SMART_BRIDGE} or
 * {@code PICO} when guessed from a Caseta report, or null.
 */
public record Device(int id, String name, String area, String type, List<Button> buttons) {

    public Device {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        for (Button button : buttons) {
            if (button.deviceId() != id) {
                throw new IllegalArgumentException(
                        "button " + button.number() + " belongs to device " + button.deviceId() + ", not to device " + id);
            }
        }
    }
}
