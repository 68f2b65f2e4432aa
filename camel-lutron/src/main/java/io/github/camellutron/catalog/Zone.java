package io.github.camellutron.catalog;

/**
 * An output (load) the bridge controls: a dimmer, switch, shade, fan, ... {@code area} is the name of its
 * area and {@code type} the LIP OutputType (such as {@code INC}, {@code CEILING_FAN_TYPE},
 * {@code SYSTEM_SHADE}); either is null when the report does not say.
 */
public record Zone(int id, String name, String area, String type) {
}
