package io.github.camellutron.leap.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.github.camellutron.catalog.Area;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.Device;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.leap.protocol.LeapArea;
import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapButton;
import io.github.camellutron.leap.protocol.LeapButtonGroup;
import io.github.camellutron.leap.protocol.LeapControlStation;
import io.github.camellutron.leap.protocol.LeapDevice;
import io.github.camellutron.leap.protocol.LeapGangedDevice;
import io.github.camellutron.leap.protocol.LeapLipIdList;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapOccupancyGroup;
import io.github.camellutron.leap.protocol.LeapProject;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.LeapVirtualButton;
import io.github.camellutron.leap.protocol.LeapZone;
import io.github.camellutron.leap.protocol.SystemFamily;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data-loading phase after every connect: detect the family from {@code /project}, read the tree the way
 * that family offers it, subscribe to its events, and build the catalog (LEAP.md 3.3). Caseta and RA2 Select keep
 * a flat device list with zones inside devices; RadioRA 3 and HomeWorks QSX answer {@code /device} with 204 and are
 * read area by area through control stations and zones. Reads that some systems do not offer may fail without
 * failing discovery; {@code /project} and {@code /area} may not. Caseta also reads the LIP id list that a bridge
 * speaking LIP too has (a Caseta Smart Bridge Pro, RA2 Select; the others answer it with an error) and subscribes to
 * Smart Away, as pylutron-caseta does.
 * <p>
 * It asks for everything it can as soon as it knows to (every area's reads at once, then every device's), and leaves
 * to the request function how many of those go out at once: the connection bounds them with its
 * {@code discoveryConcurrency}.
 */
final class LeapDiscovery {

    private static final Logger LOG = LoggerFactory.getLogger(LeapDiscovery.class);

    private final String bridge;
    private final Function<LeapMessage, CompletableFuture<LeapMessage>> request;

    LeapDiscovery(String bridge, Function<LeapMessage, CompletableFuture<LeapMessage>> request) {
        this.bridge = bridge;
        this.request = request;
    }

    CompletableFuture<LeapSystem> run() {
        return request.apply(LeapRequests.read("/project")).thenCompose(projectAnswer -> {
            LeapProject project = LeapBodies.project(projectAnswer);
            SystemFamily family = project != null ? project.family() : SystemFamily.UNKNOWN;
            return request.apply(LeapRequests.read("/area")).thenCompose(areaAnswer -> {
                List<LeapArea> areas = LeapBodies.areas(areaAnswer);
                return family == SystemFamily.RA3 || family == SystemFamily.QSX
                        ? processorSystem(family, areas) : caseta(family, areas);
            });
        });
    }

    private CompletableFuture<LeapSystem> caseta(SystemFamily family, List<LeapArea> areas) {
        CompletableFuture<List<LeapDevice>> devices = optional("/device").thenApply(LeapBodies::devices);
        CompletableFuture<List<LeapButtonGroup>> groups = optional("/buttongroup").thenApply(LeapBodies::buttonGroups);
        CompletableFuture<List<LeapButton>> buttons = optional("/button").thenApply(LeapBodies::buttons);
        CompletableFuture<LeapLipIdList> lipIds = optional(LeapRequests.LIP_IDS_URL).thenApply(LeapBodies::lipIds);
        CompletableFuture<List<LeapVirtualButton>> scenes = optional("/virtualbutton").thenApply(LeapBodies::virtualButtons);
        CompletableFuture<List<LeapOccupancyGroup>> occupancy = optional("/occupancygroup")
                .thenApply(LeapBodies::occupancyGroups);
        return CompletableFuture.allOf(devices, groups, buttons, lipIds, scenes, occupancy).thenCompose(done -> {
            List<CompletableFuture<?>> subscriptions = new ArrayList<>();
            subscriptions.add(subscribe("/occupancygroup/status"));
            for (LeapButton b : buttons.join()) {
                subscriptions.add(subscribe("/button/" + b.id() + "/status/event"));
            }
            // a bridge without Smart Away answers with an error, which subscribe() ignores
            subscriptions.add(subscribe(LeapRequests.AWAY_STATUS_URL));
            Map<Integer, Integer> groupDevice = new HashMap<>();
            for (LeapButtonGroup g : groups.join()) {
                if (g.deviceId() != null) {
                    groupDevice.put(g.id(), g.deviceId());
                }
            }
            for (LeapDevice d : devices.join()) {
                d.buttonGroupIds().forEach(g -> groupDevice.put(g, d.id()));
            }
            LutronCatalog.Builder catalog = LutronCatalog.builder();
            Map<Integer, String> areaNames = areas(areas, catalog);
            Map<Integer, List<Button>> deviceButtons = new HashMap<>();
            for (LeapButton b : buttons.join()) {
                Integer deviceId = b.buttonGroupId() != null ? groupDevice.get(b.buttonGroupId()) : null;
                if (deviceId != null) {
                    deviceButtons.computeIfAbsent(deviceId, k -> new ArrayList<>()).add(button(b, deviceId));
                }
            }
            List<Device> catalogDevices = new ArrayList<>();
            List<Zone> catalogZones = new ArrayList<>();
            Map<Integer, List<Integer>> deviceZones = new HashMap<>();
            Map<Integer, Integer> zoneDevices = new HashMap<>();
            for (LeapDevice d : devices.join()) {
                String area = d.areaId() != null ? areaNames.get(d.areaId()) : null;
                catalogDevices.add(new Device(d.id(), d.name(), area, d.deviceType(), d.modelNumber(), null,
                        deviceButtons.getOrDefault(d.id(), List.of())));
                deviceZones.put(d.id(), d.zoneIds());
                for (int zone : d.zoneIds()) {
                    catalogZones.add(new Zone(zone, d.name(), area, d.deviceType(),
                            ControlType.ofLeapDeviceType(d.deviceType()), null));
                    zoneDevices.put(zone, d.id());
                }
            }
            LipIdJoin.Joined joined = LipIdJoin.join(lipIds.join(), catalogDevices, catalogZones, deviceZones);
            if (!joined.ambiguous().isEmpty()) {
                LOG.info("LEAP bridge {}: no LIP id given to names that are not unique: {}", bridge,
                        joined.ambiguous());
            }
            joined.devices().forEach(catalog::device);
            joined.zones().forEach(catalog::zone);
            for (LeapVirtualButton v : scenes.join()) {
                if (v.programmed() && v.name() != null) {
                    catalog.scene(new Scene(v.id(), v.name()));
                }
            }
            Map<Integer, Integer> groupAreas = new HashMap<>();
            for (LeapOccupancyGroup g : occupancy.join()) {
                if (!g.areaIds().isEmpty()) {
                    groupAreas.put(g.id(), g.areaIds().get(0));
                }
            }
            return CompletableFuture.allOf(subscriptions.toArray(new CompletableFuture[0]))
                    .thenApply(subscribed -> new LeapSystem(family, catalog.build(), groupAreas, zoneDevices));
        });
    }

    private CompletableFuture<LeapSystem> processorSystem(SystemFamily family, List<LeapArea> areas) {
        List<CompletableFuture<List<LeapZone>>> zoneReads = new ArrayList<>();
        List<CompletableFuture<List<LeapControlStation>>> stationReads = new ArrayList<>();
        for (LeapArea area : areas) {
            if (area.leaf()) {
                zoneReads.add(optional("/area/" + area.id() + "/associatedzone").thenApply(LeapBodies::zones));
                stationReads.add(optional("/area/" + area.id() + "/associatedcontrolstation")
                        .thenApply(LeapBodies::controlStations));
            }
        }
        CompletableFuture<List<LeapGangedDevice>> ganged = CompletableFuture.allOf(
                stationReads.toArray(new CompletableFuture[0])).thenApply(done -> stationReads.stream()
                        .flatMap(f -> f.join().stream())
                        .flatMap(station -> station.deviceIds().stream()
                                .map(id -> new LeapGangedDevice(id, null, station.id(), null)))
                        .toList());
        return ganged.thenCompose(devices -> {
            Map<Integer, CompletableFuture<List<LeapButtonGroup>>> buttonReads = new LinkedHashMap<>();
            Map<Integer, CompletableFuture<List<LeapDevice>>> deviceReads = new LinkedHashMap<>();
            for (LeapGangedDevice d : devices) {
                buttonReads.put(d.deviceId(), optional("/device/" + d.deviceId() + "/buttongroup/expanded")
                        .thenApply(LeapBodies::buttonGroups));
                deviceReads.put(d.deviceId(), optional("/device/" + d.deviceId()).thenApply(LeapBodies::devices));
            }
            List<CompletableFuture<?>> all = new ArrayList<>(zoneReads);
            all.addAll(buttonReads.values());
            all.addAll(deviceReads.values());
            return CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).thenCompose(done -> {
                LutronCatalog.Builder catalog = LutronCatalog.builder();
                Map<Integer, String> areaNames = areas(areas, catalog);
                Map<Integer, Integer> stationArea = new HashMap<>();
                Map<Integer, String> stationName = new HashMap<>();
                stationReads.forEach(f -> f.join().forEach(s -> {
                    stationArea.put(s.id(), s.areaId());
                    stationName.put(s.id(), s.name());
                }));
                List<CompletableFuture<?>> subscriptions = new ArrayList<>();
                subscriptions.add(subscribe("/zone/status"));
                subscriptions.add(subscribe("/area/status"));
                for (LeapGangedDevice g : devices) {
                    LeapDevice read = deviceReads.get(g.deviceId()).join().stream().findFirst().orElse(null);
                    List<Button> deviceButtons = new ArrayList<>();
                    for (LeapButtonGroup group : buttonReads.get(g.deviceId()).join()) {
                        for (LeapButton b : group.buttons()) {
                            deviceButtons.add(button(b, g.deviceId()));
                            subscriptions.add(subscribe("/button/" + b.id() + "/status/event"));
                            if (b.ledId() != null) {
                                subscriptions.add(subscribe("/led/" + b.ledId() + "/status"));
                            }
                        }
                    }
                    Integer areaId = stationArea.get(g.controlStationId());
                    String name = read != null && read.name() != null ? read.name() : stationName.get(g.controlStationId());
                    catalog.device(new Device(g.deviceId(), name, areaId != null ? areaNames.get(areaId) : null,
                            read != null ? read.deviceType() : null, read != null ? read.modelNumber() : null, null,
                            deviceButtons));
                }
                for (CompletableFuture<List<LeapZone>> f : zoneReads) {
                    for (LeapZone z : f.join()) {
                        catalog.zone(new Zone(z.id(), z.name(), z.areaId() != null ? areaNames.get(z.areaId()) : null,
                                z.controlType(), ControlType.ofLeap(z.controlType(), null), null));
                    }
                }
                return CompletableFuture.allOf(subscriptions.toArray(new CompletableFuture[0]))
                        .thenApply(subscribed -> new LeapSystem(family, catalog.build(), Map.of(), Map.of()));
            });
        });
    }

    private static Map<Integer, String> areas(List<LeapArea> areas, LutronCatalog.Builder catalog) {
        Map<Integer, String> names = new HashMap<>();
        for (LeapArea a : areas) {
            catalog.area(new Area(a.id(), a.name(), a.parentId()));
            names.put(a.id(), a.name());
        }
        return names;
    }

    private static Button button(LeapButton b, int deviceId) {
        String name = b.engraving() != null && !b.engraving().isBlank() ? b.engraving() : b.name();
        return new Button(b.id(), deviceId, b.buttonNumber(), name, b.ledId());
    }

    /** A read some systems do not offer: an error answer is an empty result, not a failed discovery. */
    private CompletableFuture<LeapMessage> optional(String url) {
        return request.apply(LeapRequests.read(url)).handle((answer, error) -> error == null ? answer : null)
                .thenApply(answer -> answer != null ? answer : EMPTY);
    }

    private CompletableFuture<LeapMessage> subscribe(String url) {
        return request.apply(LeapRequests.subscribe(url)).handle((answer, error) -> answer);
    }

    private static final LeapMessage EMPTY = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{}}");

}
