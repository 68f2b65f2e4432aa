package io.github.camellutron.leap.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.leap.protocol.LeapLipIdList;

/**
 * Puts the LIP integration ids of a bridge that also speaks LIP (Caseta Smart Bridge Pro, RA2 Select) on its LEAP
 * devices and zones. The bridge's LIP id list ({@code /server/2/id}) names each device and zone only by its name and
 * its area's name, and its ids have no link to the LEAP ids, so name and area name are what joins them: a LIP device
 * takes the one LEAP device of that name in the area of that name, a LIP zone the one LEAP zone; an entry listed
 * without an area (the bridge itself) takes the one LEAP entry of its kind with that name. A name that is not unique
 * on either side is not guessed at: those entries keep no LIP id, and the join says which. A device that owns one zone
 * (dimmer, switch, fan control, shade) is that zone's output on LIP and takes the zone's LIP id.
 * <p>
 * pylutron-caseta keeps the list's devices by LIP id and joins nothing itself; this join is for routes that use both
 * schemes on one bridge.
 */
final class LipIdJoin {

    /** The devices and zones with their LIP ids, and the names that could not be joined because they are not unique. */
    record Joined(List<Device> devices, List<Zone> zones, List<String> ambiguous) {
    }

    private record Key(String name, String area) {
    }

    private LipIdJoin() {
    }

    /**
     * @param deviceZones the zones of each device, by device id (Caseta {@code LocalZones})
     */
    static Joined join(LeapLipIdList lip, List<Device> devices, List<Zone> zones,
                       Map<Integer, List<Integer>> deviceZones) {
        List<String> ambiguous = new ArrayList<>();
        Map<Integer, Integer> zoneIds = match("zone", lip.zones(), zones, Zone::id, Zone::name, Zone::area, ambiguous);
        Map<Integer, Integer> deviceIds = match("device", lip.devices(), devices, Device::id, Device::name,
                Device::area, ambiguous);
        List<Zone> joinedZones = zones.stream().map(z -> zoneIds.containsKey(z.id()) ? z.withLipId(zoneIds.get(z.id()))
                : z).toList();
        List<Device> joinedDevices = new ArrayList<>(devices.size());
        for (Device d : devices) {
            Integer lipId = deviceIds.get(d.id());
            List<Integer> own = deviceZones.getOrDefault(d.id(), List.of());
            if (lipId == null && own.size() == 1) {
                lipId = zoneIds.get(own.get(0));
            }
            joinedDevices.add(lipId != null ? d.withLipId(lipId) : d);
        }
        return new Joined(joinedDevices, joinedZones, ambiguous);
    }

    /** LEAP id to LIP id, for every LIP entry that names exactly one LEAP entry that no other LIP entry names. */
    private static <T> Map<Integer, Integer> match(String kind, List<LeapLipIdList.Entry> entries, List<T> leap,
                                                   Function<T, Integer> id, Function<T, String> name,
                                                   Function<T, String> area, List<String> ambiguous) {
        Map<Key, List<Integer>> byNameAndArea = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (T entry : leap) {
            if (name.apply(entry) != null) {
                byNameAndArea.computeIfAbsent(new Key(name.apply(entry), area.apply(entry)), k -> new ArrayList<>())
                        .add(id.apply(entry));
                byName.computeIfAbsent(name.apply(entry), k -> new ArrayList<>()).add(id.apply(entry));
            }
        }
        Map<Integer, Integer> lipIds = new HashMap<>();
        Set<Integer> contested = new HashSet<>();
        for (LeapLipIdList.Entry e : entries) {
            List<Integer> candidates = e.areaName() != null
                    ? byNameAndArea.getOrDefault(new Key(e.name(), e.areaName()), List.of())
                    : byName.getOrDefault(e.name(), List.of());
            if (candidates.size() > 1) {
                ambiguous.add(describe(kind, e) + ": " + candidates.size() + " LEAP " + kind + "s of that name");
            } else if (candidates.size() == 1) {
                int leapId = candidates.get(0);
                if (contested.contains(leapId) || lipIds.containsKey(leapId)) {
                    Integer first = lipIds.remove(leapId);
                    if (contested.add(leapId)) {
                        ambiguous.add(describe(kind, e) + ": LIP ids " + first + " and " + e.id() + " name the same "
                                      + kind);
                    }
                } else {
                    lipIds.put(leapId, e.id());
                }
            }
        }
        return lipIds;
    }

    private static String describe(String kind, LeapLipIdList.Entry e) {
        return kind + " '" + (e.areaName() != null ? e.areaName() + " / " : "") + e.name() + "'";
    }
}
