package io.github.camellutron.catalog;

/**
 * A named scene. For LIP it is a named phantom button of device 1 (main repeater or smart bridge) and
 * {@code id} is the button number.
 */
public record Scene(int id, String name) {
}
