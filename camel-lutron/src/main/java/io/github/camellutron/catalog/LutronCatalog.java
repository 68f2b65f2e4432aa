package io.github.camellutron.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The names a bridge's ids stand for: areas, zones, devices with their buttons, and scenes, with constant-time
 * lookups by id; a LIP report adds its timeclocks and green modes. Immutable; build one with {@link #builder()} or
 * read one with {@link IntegrationReports}.
 */
@JsonPropertyOrder({ "areas", "zones", "devices", "scenes", "timeclocks", "greenModes" })
public final class LutronCatalog {

    private static final LutronCatalog EMPTY = builder().build();

    private final List<Area> areas;
    private final List<Zone> zones;
    private final List<Device> devices;
    private final List<Scene> scenes;
    private final List<Timeclock> timeclocks;
    private final List<GreenMode> greenModes;
    private final List<Button> buttons;
    private final Map<Integer, Area> areasById;
    private final Map<Integer, Zone> zonesById;
    private final Map<Integer, Device> devicesById;
    private final Map<Integer, Scene> scenesById;
    private final Map<String, Scene> scenesByName;
    private final Map<Integer, Timeclock> timeclocksById;
    private final Map<Integer, GreenMode> greenModesById;
    private final Map<Long, Button> buttonsByNumber;
    private final Map<Long, Button> buttonsByLed;

    private LutronCatalog(Builder builder) {
        areas = List.copyOf(builder.areas.values());
        zones = List.copyOf(builder.zones.values());
        devices = List.copyOf(builder.devices.values());
        scenes = List.copyOf(builder.scenes.values());
        areasById = Map.copyOf(builder.areas);
        zonesById = Map.copyOf(builder.zones);
        devicesById = Map.copyOf(builder.devices);
        scenesById = Map.copyOf(builder.scenes);
        timeclocks = List.copyOf(builder.timeclocks.values());
        greenModes = List.copyOf(builder.greenModes.values());
        timeclocksById = Map.copyOf(builder.timeclocks);
        greenModesById = Map.copyOf(builder.greenModes);

        Map<String, Scene> byName = new HashMap<>();
        for (Scene scene : scenes) {
            if (scene.name() != null) {
                byName.putIfAbsent(scene.name().toLowerCase(Locale.ROOT), scene);
            }
        }
        scenesByName = Map.copyOf(byName);

        List<Button> allButtons = new ArrayList<>();
        Map<Long, Button> byNumber = new HashMap<>();
        Map<Long, Button> byLed = new HashMap<>();
        for (Device device : devices) {
            for (Button button : device.buttons()) {
                allButtons.add(button);
                byNumber.putIfAbsent(key(device.id(), button.number()), button);
                if (button.ledId() != null) {
                    byLed.putIfAbsent(key(device.id(), button.ledId()), button);
                }
            }
        }
        buttons = List.copyOf(allButtons);
        buttonsByNumber = Map.copyOf(byNumber);
        buttonsByLed = Map.copyOf(byLed);
    }

    public static LutronCatalog empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    @JsonProperty
    public List<Area> areas() {
        return areas;
    }

    @JsonProperty
    public List<Zone> zones() {
        return zones;
    }

    @JsonProperty
    public List<Device> devices() {
        return devices;
    }

    @JsonProperty
    public List<Scene> scenes() {
        return scenes;
    }

    /** The LIP timeclocks; left out of the JSON when there are none, as on LEAP. */
    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Timeclock> timeclocks() {
        return timeclocks;
    }

    /** The LIP green modes; left out of the JSON when there are none, as on LEAP. */
    @JsonProperty
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<GreenMode> greenModes() {
        return greenModes;
    }

    /** Every button of every device, in device order. */
    public List<Button> buttons() {
        return buttons;
    }

    public Optional<Zone> zone(int id) {
        return Optional.ofNullable(zonesById.get(id));
    }

    public Optional<Device> device(int id) {
        return Optional.ofNullable(devicesById.get(id));
    }

    public Optional<Area> area(int id) {
        return Optional.ofNullable(areasById.get(id));
    }

    /** The button a LIP {@code DEVICE} line addresses: device integration id and component number. */
    public Optional<Button> button(int deviceId, int number) {
        return Optional.ofNullable(buttonsByNumber.get(key(deviceId, number)));
    }

    /** The button whose LED is the given LED component of the device. */
    public Optional<Button> buttonByLed(int deviceId, int ledComponent) {
        return Optional.ofNullable(buttonsByLed.get(key(deviceId, ledComponent)));
    }

    public Optional<Scene> scene(int id) {
        return Optional.ofNullable(scenesById.get(id));
    }

    public Optional<Timeclock> timeclock(int id) {
        return Optional.ofNullable(timeclocksById.get(id));
    }

    public Optional<GreenMode> greenMode(int id) {
        return Optional.ofNullable(greenModesById.get(id));
    }

    /** The scene with that name, ignoring case. */
    public Optional<Scene> scene(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(scenesByName.get(name.toLowerCase(Locale.ROOT)));
    }

    @JsonIgnore
    public boolean isEmpty() {
        return areas.isEmpty() && zones.isEmpty() && devices.isEmpty() && scenes.isEmpty() && timeclocks.isEmpty()
               && greenModes.isEmpty();
    }

    private static long key(int deviceId, int component) {
        return ((long) deviceId << 32) | (component & 0xFFFF_FFFFL);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LutronCatalog that
                && areas.equals(that.areas) && zones.equals(that.zones)
                && devices.equals(that.devices) && scenes.equals(that.scenes) && timeclocks.equals(that.timeclocks)
                && greenModes.equals(that.greenModes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(areas, zones, devices, scenes, timeclocks, greenModes);
    }

    @Override
    public String toString() {
        return "LutronCatalog[areas=" + areas.size() + ", zones=" + zones.size() + ", devices=" + devices.size()
                + ", buttons=" + buttons.size() + ", scenes=" + scenes.size()
                + (timeclocks.isEmpty() ? "" : ", timeclocks=" + timeclocks.size())
                + (greenModes.isEmpty() ? "" : ", greenModes=" + greenModes.size()) + "]";
    }

    /** Collects catalog entries; an entry replaces an earlier one of the same kind with the same id. */
    public static final class Builder {

        private final Map<Integer, Area> areas = new LinkedHashMap<>();
        private final Map<Integer, Zone> zones = new LinkedHashMap<>();
        private final Map<Integer, Device> devices = new LinkedHashMap<>();
        private final Map<Integer, Scene> scenes = new LinkedHashMap<>();
        private final Map<Integer, Timeclock> timeclocks = new LinkedHashMap<>();
        private final Map<Integer, GreenMode> greenModes = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder area(Area area) {
            return put(areas, area, Area::id);
        }

        public Builder zone(Zone zone) {
            return put(zones, zone, Zone::id);
        }

        public Builder device(Device device) {
            return put(devices, device, Device::id);
        }

        public Builder scene(Scene scene) {
            return put(scenes, scene, Scene::id);
        }

        public Builder timeclock(Timeclock timeclock) {
            return put(timeclocks, timeclock, Timeclock::id);
        }

        public Builder greenMode(GreenMode greenMode) {
            return put(greenModes, greenMode, GreenMode::id);
        }

        public LutronCatalog build() {
            return new LutronCatalog(this);
        }

        private <T> Builder put(Map<Integer, T> map, T value, Function<T, Integer> id) {
            Objects.requireNonNull(value, "catalog entry");
            map.put(id.apply(value), value);
            return this;
        }
    }
}
