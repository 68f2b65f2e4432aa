package io.github.camellutron.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapHeader;
import io.github.camellutron.leap.protocol.LeapHref;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapStatus;
import io.github.camellutron.simulator.LeapBridgeSimulator.Mode;

/**
 * The bridge behind the sockets: the system played (Caseta or RA3, from its fixtures), its state (zone levels,
 * occupancy, LEDs, Smart Away), the open sessions with their subscriptions, and the fault switches. Sessions and state
 * changes run on the simulator's event loop; the fault switches and counters may be used from any thread.
 */
final class LeapBridge {

    /** The longest request line read; LEAP.md 1.3 asks readers for several hundred KiB at least. */
    static final int MAX_REQUEST_LENGTH = 8 * 1024 * 1024;

    static final String ZONE_STATUS = "/zone/status";
    static final String AREA_STATUS = "/area/status";
    static final String OCCUPANCY_STATUS = "/occupancygroup/status";
    static final String AWAY_STATUS = "/system/away/1/status";
    static final List<String> OCCUPANCY_STATES = List.of("Occupied", "Unoccupied", "Unknown");
    static final List<String> LED_STATES = List.of("On", "Off");
    static final List<String> BUTTON_EVENTS = List.of("Press", "Release", "MultiTap", "LongHold");
    static final List<String> BATTERY_STATES = List.of("Good", "Low");

    /** The one programmed Caseta scene (virtual button 1, "scene 1" in scenes.json): zone id to level. */
    private static final Map<Integer, Double> CASETA_SCENE = orderedScene();

    private final Mode mode;
    private final LeapFixtures fixtures;
    private final ScheduledExecutorService loop;
    private final long travelNanos;
    private final Map<Integer, LeapZone> zones = new LinkedHashMap<>();
    private final Map<Integer, ObjectNode> buttons = new LinkedHashMap<>();
    private final Map<Integer, String> leds = new LinkedHashMap<>();
    private final Map<Integer, String> occupancy = new LinkedHashMap<>();
    private final Map<Integer, String> batteries = new LinkedHashMap<>();
    private final Map<Integer, Map<Integer, Double>> scenes = new LinkedHashMap<>();
    private final Set<LeapSession> sessions = new LinkedHashSet<>();
    private final List<String> received = new ArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger handshakes = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final LeapResources resources;
    private String awayState;
    private volatile boolean stalled;
    private volatile boolean refusing;
    private volatile long readDelayNanos;
    private volatile long answerDelayNanos;
    private LeapReplay replay;
    private boolean replayAsFastAsPossible;

    LeapBridge(Mode mode, LeapFixtures fixtures, ScheduledExecutorService loop, Duration travelTime,
               LeapResources.Options options) {
        this.mode = mode;
        this.fixtures = fixtures;
        this.loop = loop;
        this.travelNanos = travelTime.toNanos();
        if (mode == Mode.CASETA) {
            loadCaseta();
        } else {
            loadRa3();
        }
        this.resources = new LeapResources(this, options);
    }

    private void loadCaseta() {
        for (JsonNode device : fixtures.list("devices.json", "Devices")) {
            for (JsonNode zone : device.path("LocalZones")) {
                int id = LeapHref.id(zone.path("href").asText());
                LeapZone.Kind kind = LeapZone.Kind.ofDeviceType(device.path("DeviceType").asText());
                ObjectNode definition = LeapFixtures.MAPPER.createObjectNode();
                definition.put("href", "/zone/" + id);
                definition.put("Name", device.path("Name").asText());
                definition.put("ControlType", kind.controlType());
                definition.putObject("Device").put("href", device.path("href").asText());
                if (device.has("AssociatedArea")) {
                    definition.set("AssociatedArea", device.get("AssociatedArea"));
                }
                zones.put(id, new LeapZone(id, kind, 0, definition));
                if (kind == LeapZone.Kind.SHADE || kind == LeapZone.Kind.TILT) {
                    // Caseta shades and blinds run on batteries (LEAP.md 3: /device/N/status)
                    batteries.put(LeapHref.id(device.path("href").asText()), "Good");
                }
            }
        }
        for (JsonNode button : fixtures.list("buttons.json", "Buttons")) {
            buttons.put(LeapHref.id(button.path("href").asText()), (ObjectNode) button);
        }
        for (JsonNode status : fixtures.list("occupancygroupsubscribe.json", "OccupancyGroupStatuses")) {
            occupancy.put(LeapHref.idOrNull(status.path("OccupancyGroup")), status.path("OccupancyStatus").asText());
        }
        for (JsonNode button : fixtures.list("scenes.json", "VirtualButtons")) {
            String href = button.path("href").asText();
            // "/vbutton/N" entries are pico and smart-scene buttons, not scenes a client can press
            if (href.startsWith("/virtualbutton/")) {
                int id = LeapHref.id(href);
                scenes.put(id, id == 1 ? CASETA_SCENE : Map.of());
            }
        }
        awayState = fixtures.message("smartaway.json").path("Body").path("AwayStatus").path("EnabledState").asText();
    }

    private void loadRa3() {
        Map<Integer, ObjectNode> definitions = new LinkedHashMap<>();
        for (int area : areaIds()) {
            fixtures.find("area/" + area + "/associatedzone.json").ifPresent(reply -> {
                for (JsonNode zone : reply.path("Body").path("Zones")) {
                    definitions.put(LeapHref.id(zone.path("href").asText()), (ObjectNode) zone);
                }
            });
            fixtures.find("area/" + area + "/controlstation.json").ifPresent(this::loadRa3Buttons);
        }
        for (JsonNode status : fixtures.list("zonestatus.json", "ZoneStatuses")) {
            int id = LeapHref.idOrNull(status.path("Zone"));
            ObjectNode definition = definitions.computeIfAbsent(id, missing -> {
                ObjectNode minimal = LeapFixtures.MAPPER.createObjectNode();
                minimal.put("href", "/zone/" + missing);
                minimal.put("ControlType", status.has("SwitchedLevel") ? "Switched" : "Dimmed");
                return minimal;
            });
            zones.put(id, new LeapZone(id, LeapZone.Kind.ofControlType(definition.path("ControlType").asText()),
                    status.path("Level").asDouble(), definition));
        }
        for (JsonNode status : fixtures.list("area/status.json", "AreaStatuses")) {
            occupancy.put(LeapHref.id(status.path("href").asText()), status.path("OccupancyStatus").asText());
        }
    }

    private void loadRa3Buttons(JsonNode controlStations) {
        for (JsonNode station : controlStations.path("Body").path("ControlStations")) {
            for (JsonNode ganged : station.path("AssociatedGangedDevices")) {
                int device = LeapHref.idOrNull(ganged.path("Device"));
                fixtures.find("device/" + device + "/buttongroup.json").ifPresent(reply -> {
                    for (JsonNode group : reply.path("Body").path("ButtonGroupsExpanded")) {
                        for (JsonNode button : group.path("Buttons")) {
                            buttons.put(LeapHref.id(button.path("href").asText()), (ObjectNode) button);
                            Integer led = LeapHref.idOrNull(button.path("AssociatedLED"));
                            if (led != null) {
                                leds.put(led, "Off");
                            }
                        }
                    }
                });
            }
        }
    }

    private static Map<Integer, Double> orderedScene() {
        Map<Integer, Double> scene = new LinkedHashMap<>();
        scene.put(1, 75.0);
        scene.put(6, 50.0);
        return Collections.unmodifiableMap(scene);
    }

    Mode mode() {
        return mode;
    }

    LeapFixtures fixtures() {
        return fixtures;
    }

    LeapResources resources() {
        return resources;
    }

    /** The ids of the areas in the system's {@code areas.json}. */
    List<Integer> areaIds() {
        List<Integer> ids = new ArrayList<>();
        for (JsonNode area : fixtures.list("areas.json", "Areas")) {
            ids.add(LeapHref.id(area.path("href").asText()));
        }
        return ids;
    }

    Map<Integer, LeapZone> zones() {
        return zones;
    }

    LeapZone zone(int id) {
        return zones.get(id);
    }

    /** Button definitions by id: Caseta's from buttons.json, RA3's from the keypads' expanded button groups. */
    Map<Integer, ObjectNode> buttons() {
        return buttons;
    }

    /** How long the answer to every read waits, as on a big or busy processor; 0 for none. */
    long readDelayNanos() {
        return readDelayNanos;
    }

    void readDelay(Duration delay) {
        readDelayNanos = delay.toNanos();
    }

    /** How long the answer to every request waits, as on a processor that takes its time; 0 for none. */
    long answerDelayNanos() {
        return answerDelayNanos;
    }

    void answerDelay(Duration delay) {
        answerDelayNanos = delay.toNanos();
    }

    ScheduledExecutorService loop() {
        return loop;
    }

    Map<Integer, String> leds() {
        return leds;
    }

    /** The battery {@code LevelState} of each Caseta device that has a battery (its shades and blinds). */
    Map<Integer, String> batteries() {
        return batteries;
    }

    /** Occupancy by Caseta occupancy group or RA3 area. */
    Map<Integer, String> occupancy() {
        return occupancy;
    }

    /** Caseta virtual buttons by id, each with the zone levels it sets (empty when unprogrammed). */
    Map<Integer, Map<Integer, Double>> scenes() {
        return scenes;
    }

    String awayState() {
        return awayState;
    }

    // --- sessions, counters and fault switches ---

    void opened(LeapSession session) {
        sessions.add(session);
        connections.incrementAndGet();
    }

    void closed(LeapSession session) {
        if (sessions.remove(session)) {
            connections.decrementAndGet();
        }
    }

    int connectionCount() {
        return connections.get();
    }

    void handshaken() {
        handshakes.incrementAndGet();
    }

    int handshakeCount() {
        return handshakes.get();
    }

    void received(String line) {
        requests.incrementAndGet();
        synchronized (received) {
            received.add(line);
        }
    }

    /** A session has this many requests it received and has not answered yet. */
    void inFlight(int waiting) {
        peakInFlight.accumulateAndGet(waiting, Math::max);
    }

    long requestCount() {
        return requests.get();
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    void resetRequestCounts() {
        requests.set(0);
        peakInFlight.set(0);
    }

    List<String> receivedLines() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    void clearReceived() {
        synchronized (received) {
            received.clear();
        }
    }

    boolean stalled() {
        return stalled;
    }

    void stall(boolean stalled) {
        this.stalled = stalled;
    }

    boolean refusing() {
        return refusing;
    }

    void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    void inject(String line) {
        List.copyOf(sessions).forEach(s -> s.send(line));
    }

    void sendGarbage(byte[] bytes) {
        List.copyOf(sessions).forEach(s -> s.sendRaw(bytes));
    }

    CompletableFuture<Void> firehose(byte[] burst, long repeats) {
        return Firehose.start(sessions.stream().filter(LeapSession::secured).map(LeapSession::channel).toList(), burst,
                repeats);
    }

    void dropConnections() {
        List.copyOf(sessions).forEach(LeapSession::close);
    }

    // --- state changes, each reported as the real system does ---

    /** Sets a zone and reports it. */
    void setLevel(LeapZone zone, double level) {
        zone.setLevel(level);
        zoneChanged(zone);
    }

    void setTilt(LeapZone zone, double tilt) {
        zone.setTilt(tilt);
        zoneChanged(zone);
    }

    /** Starts a raise (towards 100) or lower (towards 0); the level is reported when it stops or arrives. */
    void startMotion(LeapZone zone, boolean raise) {
        zone.stopMotion();
        double from = zone.level();
        double to = raise ? 100 : 0;
        long remaining = LeapZone.Motion.remaining(from, to, travelNanos);
        var arrival = loop.schedule(() -> setLevel(zone, to), remaining, TimeUnit.NANOSECONDS);
        zone.startMotion(new LeapZone.Motion(from, to, System.nanoTime(), travelNanos, arrival));
    }

    /** Stops a raise or lower where the zone is now and reports it; a zone at rest reports its level again. */
    void stopMotion(LeapZone zone) {
        zone.stopMotion();
        zoneChanged(zone);
    }

    /** Runs a Caseta scene: every zone of it goes to its level, each reported. */
    void runScene(Map<Integer, Double> scene) {
        scene.forEach((zone, level) -> setLevel(zones.get(zone), level));
    }

    /**
     * Reports a zone status: Caseta broadcasts an untagged OneZoneStatus to every connection, subscribed or not
     * (LEAP.md 2.5); RA3 sends a MultipleZoneStatus event to the {@code /zone/status} subscribers.
     */
    void zoneChanged(LeapZone zone) {
        ObjectNode status = zone.status();
        if (mode == Mode.CASETA) {
            ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
            body.set("ZoneStatus", status);
            String line = event(zone.href() + "/status", null, "OneZoneStatus", body);
            List.copyOf(sessions).forEach(s -> s.send(line));
        } else {
            ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
            body.putArray("ZoneStatuses").add(status);
            publish(ZONE_STATUS, "MultipleZoneStatus", body);
        }
    }

    /**
     * Sends one {@code OneButtonStatusEvent} to the subscribers of the button; a press of a keypad button then shows
     * on the keypad's LEDs.
     */
    void buttonEvent(int button, String eventType) {
        ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
        ObjectNode status = body.putObject("ButtonStatus");
        status.putObject("Button").put("href", "/button/" + button);
        status.putObject("ButtonEvent").put("EventType", eventType);
        publish("/button/" + button + "/status/event", "OneButtonStatusEvent", body);
        if (eventType.equals("Press")) {
            keypadPressed(button);
        }
    }

    /**
     * What a scene keypad shows after a press: every button with an LED of the recorded and the made-up RA3 keypads is
     * a scene button ({@code SingleActionProgrammingModel}), and such a keypad lights the LED of the scene last
     * recalled and puts out those of the other scenes of its button group. Each LED that changes is reported.
     */
    private void keypadPressed(int button) {
        ObjectNode pressed = buttons.get(button);
        Integer led = LeapHref.idOrNull(pressed.path("AssociatedLED"));
        if (led == null || !isScene(pressed)) {
            return;
        }
        String group = pressed.path("Parent").path("href").asText();
        for (ObjectNode other : buttons.values()) {
            Integer otherLed = LeapHref.idOrNull(other.path("AssociatedLED"));
            if (otherLed != null && !otherLed.equals(led) && isScene(other)
                && group.equals(other.path("Parent").path("href").asText()) && "On".equals(leds.get(otherLed))) {
                setLed(otherLed, "Off");
            }
        }
        if (!"On".equals(leds.get(led))) {
            setLed(led, "On");
        }
    }

    private static boolean isScene(JsonNode button) {
        return "SingleActionProgrammingModel".equals(
                button.path("ProgrammingModel").path("ProgrammingModelType").asText());
    }

    /** Changes and reports occupancy: a Caseta occupancy group's or an RA3 area's. */
    void setOccupancy(int id, String status) {
        occupancy.put(id, status);
        ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
        if (mode == Mode.CASETA) {
            ObjectNode entry = body.putArray("OccupancyGroupStatuses").addObject();
            entry.put("href", "/occupancygroup/" + id + "/status");
            entry.putObject("OccupancyGroup").put("href", "/occupancygroup/" + id);
            entry.put("OccupancyStatus", status);
            publish(OCCUPANCY_STATUS, "MultipleOccupancyGroupStatus", body);
        } else {
            ObjectNode entry = body.putArray("AreaStatuses").addObject();
            entry.put("href", "/area/" + id + "/status");
            entry.put("OccupancyStatus", status);
            publish(AREA_STATUS, "MultipleAreaStatus", body);
        }
    }

    void setLed(int led, String state) {
        leds.put(led, state);
        ledChanged(led);
    }

    /** Sends an LED's status to its subscribers. */
    void ledChanged(int led) {
        publish(ledUrl(led), "OneLEDStatus", ledStatus(led));
    }

    void setBattery(int device, String levelState) {
        batteries.put(device, levelState);
    }

    /** The body of a {@code OneDeviceStatus} of a device with a battery. */
    ObjectNode deviceStatus(int device) {
        ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
        ObjectNode status = body.putObject("DeviceStatus");
        status.put("href", "/device/" + device + "/status");
        status.putObject("BatteryStatus").put("LevelState", batteries.get(device));
        return body;
    }

    void setAwayState(String enabledState) {
        awayState = enabledState;
    }

    /** Sends the Smart Away status to its subscribers, without a MessageBodyType like the recorded one. */
    void awayChanged() {
        publish(AWAY_STATUS, null, awayBody());
    }

    static String ledUrl(int led) {
        return "/led/" + led + "/status";
    }

    /** The body of a {@code OneLEDStatus}. */
    ObjectNode ledStatus(int led) {
        ObjectNode body = LeapFixtures.MAPPER.createObjectNode();
        ObjectNode status = body.putObject("LEDStatus");
        status.put("href", ledUrl(led));
        status.putObject("LED").put("href", "/led/" + led);
        status.put("State", leds.get(led));
        return body;
    }

    /** The recorded Smart Away body with the current enabled state. */
    ObjectNode awayBody() {
        ObjectNode body = (ObjectNode) fixtures.message("smartaway.json").path("Body");
        ((ObjectNode) body.path("AwayStatus")).put("EnabledState", awayState);
        return body;
    }

    /** Replays a recording: its answers to the requests it has, its events to every session. */
    void replay(LeapReplay replay, boolean asFastAsPossible) {
        this.replay = replay;
        this.replayAsFastAsPossible = asFastAsPossible;
    }

    LeapReplay replay() {
        return replay;
    }

    /** A player of the recording's events for a session whose handshake is done, started; null without one. */
    LeapReplay.Player replayPlayer(LeapSession session) {
        if (replay == null) {
            return null;
        }
        LeapReplay.Player player = replay.player(session);
        player.start(loop, replayAsFastAsPossible);
        return player;
    }

    /** Sends an event to every session subscribed to a URL, tagged with its subscription's ClientTag. */
    private void publish(String url, String bodyType, ObjectNode body) {
        for (LeapSession session : List.copyOf(sessions)) {
            if (session.subscribed(url)) {
                session.send(event(url, session.subscriptionTag(url), bodyType, body));
            }
        }
    }

    /** Events are {@code ReadResponse}s, not SubscribeResponses (LEAP.md 2.6). */
    private static String event(String url, String tag, String bodyType, ObjectNode body) {
        return LeapMessage.response(CommuniqueType.ReadResponse,
                new LeapHeader(url, tag, LeapStatus.OK, bodyType, null, null), body).toJson();
    }
}
