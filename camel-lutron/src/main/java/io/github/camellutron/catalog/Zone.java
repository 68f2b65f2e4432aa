package io.github.camellutron.catalog;

/**
 * An output (load) the bridge controls: a dimmer, switch, shade, fan, ... {@code area} is the name of its area,
 * {@code type} the type the bridge gave (LIP OutputType such as {@code INC} or {@code CEILING_FAN_TYPE}; LEAP zone
 * ControlType or device type), {@code controlType} what that means for commands, and {@code lipId} the zone's LIP
 * integration id on a LEAP bridge that also speaks LIP; each is null when unknown.
 */
public record Zone(int id, String name, String area, String type, ControlType controlType, Integer lipId) {

    /** A zone known by its raw type only; its control type is what that type says. */
    public Zone(int id, String name, String area, String outputType) {
        this(id, name, area, outputType, ControlType.ofLipOutputType(outputType), null);
    }

    /** The same zone with its LIP integration id. */
    public Zone withLipId(Integer id) {
        return new Zone(this.id, name, area, type, controlType, id);
    }
}
