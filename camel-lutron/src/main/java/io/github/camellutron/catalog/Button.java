package io.github.camellutron.catalog;

/**
 * A button of a keypad, Pico or bridge. For LIP, {@code id} and {@code number} are both the component number
 * and {@code ledId} is the component number of the button's LED, or null when it has none.
 */
public record Button(int id, int deviceId, int number, String name, Integer ledId) {
}
