package io.github.camellutron.catalog;

import java.util.List;

/**
 * A keypad, Pico, sensor, repeater or bridge with its buttons. {@code type} is the bridge's device type (LIP
 * DeviceType such as {@code SEETOUCH_KEYPAD}, {@code PICO_KEYPAD}, {@code MAIN_REPEATER}; {@code SMART_BRIDGE} or
 * {@code PICO} when guessed from a Caseta report; LEAP DeviceType such as {@code Pico3ButtonRaiseLower}),
 * {@code model} its model number, {@code lipId} its LIP integration id on a LEAP bridge that also speaks LIP; each
 * is null when unknown.
 */
public record Device(int id, String name, String area, String type, String model, Integer lipId,
                     List<Button> buttons) {

    public Device {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        for (Button button : buttons) {
            if (button.deviceId() != id) {
                throw new IllegalArgumentException(
                        "button " + button.number() + " belongs to device " + button.deviceId() + ", not to device " + id);
            }
        }
    }

    /** A device with no model or LIP id known. */
    public Device(int id, String name, String area, String type, List<Button> buttons) {
        this(id, name, area, type, null, null, buttons);
    }

    /** The same device with its LIP integration id. */
    public Device withLipId(Integer id) {
        return new Device(this.id, name, area, type, model, id, buttons);
    }
}
