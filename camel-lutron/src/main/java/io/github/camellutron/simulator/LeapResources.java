package io.github.camellutron.simulator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapHeader;
import io.github.camellutron.leap.protocol.LeapHref;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapParseException;
import io.github.camellutron.leap.protocol.LeapStatus;
import io.github.camellutron.simulator.LeapBridgeSimulator.Mode;

/**
 * What the simulated bridge answers: the URL table of LEAP.md 3 for the mode played, each request answered with its
 * recorded fixture (the request's ClientTag added) or with the current state, commands applied to the bridge's state,
 * and the error replies ({@code 400 BadRequest}, {@code 404 NotFound}, {@code 405 MethodNotAllowed}) as
 * {@code ExceptionResponse} with an {@code ExceptionDetail} body. Runs on the simulator's event loop.
 */
final class LeapResources {

    /** The LEAP version a ping answers; real bridges report 1.1xx. */
    static final double LEAP_VERSION = 1.123;

    private static final Logger LOG = LoggerFactory.getLogger(LeapResources.class);
    private static final LeapStatus BAD_REQUEST = new LeapStatus(400, "BadRequest");
    private static final LeapStatus NOT_FOUND = new LeapStatus(404, "NotFound");
    private static final LeapStatus METHOD_NOT_ALLOWED = new LeapStatus(405, "MethodNotAllowed");
    private static final Pattern DURATION = Pattern.compile("\\d{2}:[0-5]\\d:[0-5]\\d");
    /** What a Caseta Smart Bridge Pro's LIP ids add to its LEAP device ids (the bridge itself is LIP id 1). */
    static final int LIP_ID_OFFSET = 20;
    /** The LIP component numbers of a Pico's buttons, by LEAP device type (LIP.md 3). */
    private static final Map<String, List<Integer>> PICO_BUTTONS = Map.of(
            "Pico2Button", List.of(2, 4),
            "Pico2ButtonRaiseLower", List.of(2, 4, 5, 6),
            "Pico3Button", List.of(2, 3, 4),
            "Pico3ButtonRaiseLower", List.of(2, 3, 4, 5, 6),
            "Pico4Button", List.of(8, 9, 10, 11));
    /** Where the synthetic devices of {@code bigDeviceList} start, clear of every fixture's ids. */
    private static final int SYNTHETIC_DEVICE_BASE = 100_000;

    /** Builder options that shape the answers. */
    record Options(int pageSize, int bigDeviceList, boolean untaggedOccupancySubscribeResponse, boolean lipServer) {
    }

    /** Answers one request; throws {@link Refusal} for an error reply. */
    @FunctionalInterface
    private interface Handler {
        void handle(Request request);
    }

    private record Route(Pattern pattern, Map<CommuniqueType, Handler> handlers) {
    }

    private final LeapBridge bridge;
    private final LeapFixtures fixtures;
    private final Options options;
    private final List<Route> routes = new ArrayList<>();
    private ArrayNode syntheticDevices;

    LeapResources(LeapBridge bridge, Options options) {
        this.bridge = bridge;
        this.fixtures = bridge.fixtures();
        this.options = options;
        commonRoutes();
        if (bridge.mode() == Mode.CASETA) {
            casetaRoutes();
        } else {
            ra3Routes();
        }
    }

    // --- the URL table ---

    private void commonRoutes() {
        route("/server", CommuniqueType.ReadRequest, this::servers);
        route("/server/1/status/ping", CommuniqueType.ReadRequest, r -> {
            ObjectNode body = object();
            body.putObject("PingResponse").put("LEAPVersion", LEAP_VERSION);
            r.reply(CommuniqueType.ReadResponse, LeapStatus.OK, "OnePingResponse", body);
        });
        route("/clientsetting", CommuniqueType.UpdateRequest, r -> r.reply(CommuniqueType.UpdateResponse,
                LeapStatus.OK, "OneClientSettingDefinition", clientSetting()));
        route("/clientsetting", CommuniqueType.ReadRequest, r -> r.reply(CommuniqueType.ReadResponse,
                LeapStatus.OK, "OneClientSettingDefinition", clientSetting()));
        route("/project", CommuniqueType.ReadRequest, r -> r.replay(fixtures.message("project.json")));
        route("/area", CommuniqueType.ReadRequest, r -> r.replay(fixtures.message("areas.json")));
        route("/device", CommuniqueType.ReadRequest, this::devices);
        route("/device\\?where=IsThisDevice:(true|false)", CommuniqueType.ReadRequest, this::thisDevice);
        route("/device/(\\d+)", CommuniqueType.ReadRequest, this::device);
        route("/zone/(\\d+)", CommuniqueType.ReadRequest, r -> r.replyOne("OneZoneDefinition", "Zone",
                zone(r).definition()));
        route("/zone/(\\d+)/status", CommuniqueType.ReadRequest, r -> {
            ObjectNode body = object();
            body.set("ZoneStatus", zone(r).status());
            r.reply(CommuniqueType.ReadResponse, LeapStatus.OK, "OneZoneStatus", body);
        });
        route("/zone/(\\d+)/commandprocessor", CommuniqueType.CreateRequest, this::zoneCommand);
        route(LeapBridge.ZONE_STATUS, CommuniqueType.ReadRequest, r -> zoneStatuses(r, CommuniqueType.ReadResponse));
        route(LeapBridge.ZONE_STATUS, CommuniqueType.SubscribeRequest, r -> {
            r.subscribe();
            zoneStatuses(r, CommuniqueType.SubscribeResponse);
        });
        route("/button/(\\d+)", CommuniqueType.ReadRequest, r -> r.replyOne("OneButtonDefinition", "Button",
                button(r)));
        route("/button/(\\d+)/status/event", CommuniqueType.SubscribeRequest, r -> {
            button(r);
            r.subscribe();
            // the recorded acknowledgement (buttonsubscribe.json) is a 204 without a body
            r.reply(CommuniqueType.SubscribeResponse, LeapStatus.NO_CONTENT, null, null);
        });
        route("/button/(\\d+)/commandprocessor", CommuniqueType.CreateRequest, this::buttonCommand);
    }

    private void casetaRoutes() {
        route("/area/(\\d+)", CommuniqueType.ReadRequest, r -> r.replyOne("OneAreaDefinition", "Area",
                entry("areas.json", "Areas", r.path())));
        route("/button", CommuniqueType.ReadRequest, r -> r.replay(fixtures.message("buttons.json")));
        if (options.lipServer()) {
            route("/server/2/id", CommuniqueType.ReadRequest, r -> r.reply(CommuniqueType.ReadResponse, LeapStatus.OK,
                    "OneLIPIdListDefinition", lipIdList()));
        }
        route("/device/(\\d+)/status", CommuniqueType.ReadRequest, r -> {
            // only devices with a battery have a status; for the others it is not found (LEAP.md 2.3)
            if (!bridge.batteries().containsKey(r.id())) {
                throw notFound(r);
            }
            r.reply(CommuniqueType.ReadResponse, LeapStatus.OK, "OneDeviceStatus", bridge.deviceStatus(r.id()));
        });
        route("/virtualbutton", CommuniqueType.ReadRequest, r -> r.replay(fixtures.message("scenes.json")));
        route("/virtualbutton/(\\d+)", CommuniqueType.ReadRequest, r -> r.replyOne("OneVirtualButtonDefinition",
                "VirtualButton", entry("scenes.json", "VirtualButtons", r.path())));
        route("/virtualbutton/(\\d+)/commandprocessor", CommuniqueType.CreateRequest, this::sceneCommand);
        route("/occupancygroup", CommuniqueType.ReadRequest,
                r -> r.replay(fixtures.message("occupancygroups.json")));
        route("/occupancygroup/(\\d+)", CommuniqueType.ReadRequest, r -> r.replyOne("OneOccupancyGroupDefinition",
                "OccupancyGroup", entry("occupancygroups.json", "OccupancyGroups", r.path())));
        route(LeapBridge.OCCUPANCY_STATUS, CommuniqueType.ReadRequest,
                r -> r.replay(as(CommuniqueType.ReadResponse, occupancyGroupStatuses())));
        route(LeapBridge.OCCUPANCY_STATUS, CommuniqueType.SubscribeRequest, r -> {
            r.subscribe();
            ObjectNode reply = occupancyGroupStatuses();
            if (options.untaggedOccupancySubscribeResponse()) {
                // leap-js notes this one answer may come without the subscription's ClientTag (LEAP.md 3)
                r.send(write(reply));
            } else {
                r.replay(reply);
            }
        });
        route(LeapBridge.AWAY_STATUS, CommuniqueType.ReadRequest,
                r -> r.replay(as(CommuniqueType.ReadResponse, away())));
        route(LeapBridge.AWAY_STATUS, CommuniqueType.SubscribeRequest, r -> {
            r.subscribe();
            r.replay(away());
        });
        route(LeapBridge.AWAY_STATUS, CommuniqueType.UpdateRequest, this::awayUpdate);
    }

    private void ra3Routes() {
        route("/area/(\\d+)", CommuniqueType.ReadRequest, r -> r.replay(areaFixture(r, "ra3-area" + r.id())));
        route("/area/(\\d+)/associatedzone", CommuniqueType.ReadRequest,
                r -> r.replay(areaFixture(r, "associatedzone")));
        route("/area/(\\d+)/associatedcontrolstation", CommuniqueType.ReadRequest,
                r -> r.replay(areaFixture(r, "controlstation")));
        route(LeapBridge.AREA_STATUS, CommuniqueType.ReadRequest,
                r -> r.replay(areaStatuses("area/status.json")));
        route(LeapBridge.AREA_STATUS, CommuniqueType.SubscribeRequest, r -> {
            r.subscribe();
            r.replay(areaStatuses("area/status-subscribe.json"));
        });
        route("/area/(\\d+)/status", CommuniqueType.ReadRequest, r -> {
            if (!bridge.occupancy().containsKey(r.id())) {
                throw notFound(r);
            }
            JsonNode status = entry("area/status.json", "AreaStatuses", r.path());
            ((ObjectNode) status).put("OccupancyStatus", bridge.occupancy().get(r.id()));
            ObjectNode body = object();
            body.set("AreaStatus", status);
            r.reply(CommuniqueType.ReadResponse, LeapStatus.OK, "OneAreaStatus", body);
        });
        route("/device/(\\d+)/buttongroup/expanded", CommuniqueType.ReadRequest, r -> r.replay(
                fixtures.find("device/" + r.id() + "/buttongroup.json").orElseThrow(() -> notFound(r))));
        route("/led/(\\d+)/status", CommuniqueType.ReadRequest, r -> r.reply(CommuniqueType.ReadResponse,
                LeapStatus.OK, "OneLEDStatus", bridge.ledStatus(led(r))));
        route("/led/(\\d+)/status", CommuniqueType.SubscribeRequest, r -> {
            int led = led(r);
            r.subscribe();
            r.reply(CommuniqueType.SubscribeResponse, LeapStatus.OK, "OneLEDStatus", bridge.ledStatus(led));
        });
        route("/led/(\\d+)/status", CommuniqueType.UpdateRequest, this::ledUpdate);
    }

    /** Adds a handler for a URL pattern and verb; a subscribable URL also takes an {@code UnsubscribeRequest}. */
    private void route(String pattern, CommuniqueType verb, Handler handler) {
        Route route = routes.stream().filter(r -> r.pattern().pattern().equals(pattern)).findFirst().orElseGet(() -> {
            Route added = new Route(Pattern.compile(pattern), new EnumMap<>(CommuniqueType.class));
            routes.add(added);
            return added;
        });
        route.handlers().put(verb, handler);
        if (verb == CommuniqueType.SubscribeRequest) {
            route.handlers().put(CommuniqueType.UnsubscribeRequest, r -> {
                if (!r.session().unsubscribe(r.url())) {
                    throw new Refusal(NOT_FOUND, "There is no subscription to " + r.url() + " on this connection");
                }
                r.reply(CommuniqueType.UnsubscribeResponse, LeapStatus.NO_CONTENT, null, null);
            });
        }
    }

    // --- dispatch ---

    /** Answers one request line of a session. */
    void handle(LeapSession session, String line) {
        Optional<String> recorded = bridge.replay() != null ? bridge.replay().answer(line) : Optional.empty();
        if (recorded.isPresent()) {
            replayed(session, line, recorded.get());
            return;
        }
        LeapMessage message;
        try {
            message = LeapMessage.parse(line);
        } catch (LeapParseException e) {
            LOG.debug("Unreadable request: {}", e.getMessage());
            session.send(unreadable(e.getMessage()));
            return;
        }
        Request request = new Request(session, message);
        try {
            dispatch(request);
        } catch (Refusal refusal) {
            LOG.debug("{} refused: {} {}", message, refusal.status, refusal.getMessage());
            session.send(exception(message.url(), message.clientTag(), refusal.status, refusal.getMessage()));
        }
    }

    /** A request the recording answers: answered so, and a subscription made, as the recorded bridge did. */
    private static void replayed(LeapSession session, String line, String answer) {
        session.send(answer);
        LeapMessage request = LeapMessage.parse(line);
        if (request.type() == CommuniqueType.SubscribeRequest) {
            session.subscribe(request.url(), request.clientTag());
        }
    }

    private void dispatch(Request request) {
        LeapMessage message = request.message();
        CommuniqueType type = message.type();
        if (type == null || !type.isRequest()) {
            throw new Refusal(BAD_REQUEST, "CommuniqueType " + message.communiqueType() + " is not a request");
        }
        String url = message.url();
        if (url == null) {
            throw new Refusal(BAD_REQUEST, "The request Header has no Url");
        }
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(url);
            if (matcher.matches()) {
                Handler handler = route.handlers().get(type);
                if (handler == null) {
                    throw new Refusal(METHOD_NOT_ALLOWED, type + " is not supported on " + url);
                }
                request.matched(matcher);
                LOG.debug("{}", message);
                handler.handle(request);
                return;
            }
        }
        throw notFound(request);
    }

    /** The reply to a line that is not a LEAP message: an untagged 400, since its tag cannot be read. */
    String unreadable(String problem) {
        return exception(null, null, BAD_REQUEST, "Cannot read the request: " + problem);
    }

    private static String exception(String url, String tag, LeapStatus status, String message) {
        ObjectNode body = object();
        body.put("Message", message);
        return LeapMessage.response(CommuniqueType.ExceptionResponse,
                new LeapHeader(url, tag, status, "ExceptionDetail", null, null), body).toJson();
    }

    // --- reads ---

    private void servers(Request r) {
        ObjectNode body = object();
        ArrayNode servers = body.putArray("Servers");
        ObjectNode leap = servers.addObject();
        leap.put("href", "/server/1");
        leap.put("Type", "LEAP");
        leap.putArray("NetworkInterfaces").addObject().put("href", "/networkinterface/1");
        leap.put("EnableState", "Enabled");
        leap.putObject("LEAPProperties").putObject("PairingList").put("href", "/server/leap/pairinglist");
        ObjectNode endpoint = leap.putArray("Endpoints").addObject();
        endpoint.put("Protocol", "TCP");
        endpoint.put("Port", 8081);
        endpoint.putArray("AssociatedNetworkInterfaces").addObject().put("href", "/networkinterface/1");
        if (options.lipServer()) {
            // Caseta Smart Bridge Pro also runs the LIP telnet server, whose id map is /server/2/id
            ObjectNode lip = servers.addObject();
            lip.put("href", "/server/2");
            lip.put("Type", "LIP");
            lip.put("EnableState", "Enabled");
        }
        r.reply(CommuniqueType.ReadResponse, LeapStatus.OK, "MultipleServerDefinition", body);
    }

    private static ObjectNode clientSetting() {
        ObjectNode body = object();
        ObjectNode setting = body.putObject("ClientSetting");
        setting.put("href", "/clientsetting");
        setting.put("ClientMajorVersion", 1);
        setting.put("ClientMinorVersion", 115);
        setting.putObject("Permissions").put("SessionRole", "Admin");
        return body;
    }

    /**
     * The LIP ids of a Caseta Smart Bridge Pro in the shape of {@code lip.json} and of the lists the bridge's app exports
     * (LIP.md 4.1): the bridge with its scenes as phantom buttons (LIP numbers them from 1, LEAP from 0), the Picos
     * with the LIP component numbers of their buttons (LIP.md 3), other remotes without buttons (their LIP numbering
     * is not recorded), and every device with a zone as a zone named like the device. Occupancy sensors are not listed.
     * The bridge is LIP id 1 and every other device its LEAP id plus {@link #LIP_ID_OFFSET}: a bridge numbers LIP ids
     * on its own, so the simulator keeps them apart from the LEAP ids.
     */
    private ObjectNode lipIdList() {
        Map<Integer, String> areas = new HashMap<>();
        for (JsonNode area : fixtures.list("areas.json", "Areas")) {
            areas.put(LeapHref.id(area.path("href").asText()), area.path("Name").asText());
        }
        ObjectNode body = object();
        ObjectNode list = body.putObject("LIPIdList");
        ArrayNode devices = list.putArray("Devices");
        ArrayNode zones = list.putArray("Zones");
        for (JsonNode device : fixtures.list("devices.json", "Devices")) {
            int id = LeapHref.id(device.path("href").asText());
            String type = device.path("DeviceType").asText();
            String area = areas.get(LeapHref.idOrNull(device.path("AssociatedArea")));
            if (type.equals("SmartBridge")) {
                ObjectNode entry = lipEntry(devices, device.path("Name").asText(), 1, null);
                ArrayNode buttons = entry.putArray("Buttons");
                for (JsonNode scene : fixtures.list("scenes.json", "VirtualButtons")) {
                    if (scene.path("href").asText().startsWith("/virtualbutton/")) {
                        buttons.addObject().put("Name", scene.path("Name").asText())
                                .put("Number", scene.path("ButtonNumber").asInt() + 1);
                    }
                }
            } else if (device.has("ButtonGroups")) {
                ObjectNode entry = lipEntry(devices, device.path("Name").asText(), id + LIP_ID_OFFSET, area);
                List<Integer> numbers = PICO_BUTTONS.get(type);
                if (numbers != null) {
                    ArrayNode buttons = entry.putArray("Buttons");
                    numbers.forEach(n -> buttons.addObject().put("Number", n));
                }
            }
            if (!device.path("LocalZones").isEmpty()) {
                lipEntry(zones, device.path("Name").asText(), id + LIP_ID_OFFSET, area);
            }
        }
        return body;
    }

    private static ObjectNode lipEntry(ArrayNode list, String name, int lipId, String area) {
        ObjectNode entry = list.addObject();
        entry.put("Name", name);
        entry.put("ID", lipId);
        if (area != null) {
            entry.putObject("Area").put("Name", area);
        }
        return entry;
    }

    /** Caseta's flat device list, padded by {@code bigDeviceList}; RA3 answers 204 as recorded. */
    private void devices(Request r) {
        ObjectNode reply = fixtures.message("devices.json");
        if (bridge.mode() == Mode.CASETA) {
            pad((ArrayNode) reply.path("Body").path("Devices"));
        }
        r.replay(reply);
    }

    private void thisDevice(Request r) {
        boolean self = Boolean.parseBoolean(r.group(1));
        if (bridge.mode() == Mode.RA3) {
            ObjectNode reply = self ? fixtures.message("processor.json") : fixtures.message("device-list.json");
            if (!self) {
                pad((ArrayNode) reply.path("Body").path("Devices"));
            }
            r.replay(reply);
            return;
        }
        // a Caseta bridge is device 1 of its own list (LEAP.md 3: "C likely")
        ObjectNode reply = fixtures.message("devices.json");
        ArrayNode devices = (ArrayNode) reply.path("Body").path("Devices");
        ArrayNode kept = devices.arrayNode();
        devices.forEach(d -> {
            if ("/device/1".equals(d.path("href").asText()) == self) {
                kept.add(d);
            }
        });
        if (!self) {
            pad(kept);
        }
        ((ObjectNode) reply.path("Body")).set("Devices", kept);
        ((ObjectNode) reply.path("Header")).put("Url", r.url());
        r.replay(reply);
    }

    private void device(Request r) {
        if (bridge.mode() == Mode.RA3) {
            var recorded = fixtures.find("device/" + r.id() + "/device.json");
            if (recorded.isPresent()) {
                r.replay(recorded.get());
                return;
            }
            JsonNode processor = find(fixtures.list("processor.json", "Devices"), r.path());
            r.replyOne("OneDeviceDefinition", "Device",
                    processor != null ? processor : entry("device-list.json", "Devices", r.path()));
            return;
        }
        r.replyOne("OneDeviceDefinition", "Device", entry("devices.json", "Devices", r.path()));
    }

    /** Appends the synthetic devices of {@code bigDeviceList}, made once. */
    private void pad(ArrayNode devices) {
        if (options.bigDeviceList() == 0) {
            return;
        }
        if (syntheticDevices == null) {
            syntheticDevices = devices.arrayNode();
            for (int i = 1; i <= options.bigDeviceList(); i++) {
                int id = SYNTHETIC_DEVICE_BASE + i;
                ObjectNode device = syntheticDevices.addObject();
                device.put("href", "/device/" + id);
                device.put("Name", "Simulated Pico " + i);
                device.putArray("FullyQualifiedName").add("Simulated Area").add("Simulated Pico " + i);
                device.putObject("Parent").put("href", "/project");
                device.put("SerialNumber", 90_000_000 + i);
                device.put("ModelNumber", "PJ2-3BRL-GXX-X01");
                device.put("DeviceType", "Pico3ButtonRaiseLower");
                device.putArray("LinkNodes").addObject().put("href", "/device/" + id + "/linknode/" + (id + 1));
                device.putArray("DeviceRules").addObject().put("href", "/devicerule/" + id);
                device.put("AddressedState", "Addressed");
            }
        }
        devices.addAll(syntheticDevices);
    }

    private ObjectNode areaFixture(Request r, String name) {
        return fixtures.find("area/" + r.id() + "/" + name + ".json").orElseThrow(() -> notFound(r));
    }

    private void zoneStatuses(Request r, CommuniqueType type) {
        var recorded = fixtures.find("zonestatus.json");
        if (recorded.isPresent()) {
            ObjectNode reply = as(type, recorded.get());
            ArrayNode statuses = (ArrayNode) reply.path("Body").path("ZoneStatuses");
            for (int i = 0; i < statuses.size(); i++) {
                LeapZone zone = bridge.zone(LeapHref.idOrNull(statuses.get(i).path("Zone")));
                statuses.set(i, zone.status());
            }
            r.replay(reply);
            return;
        }
        ObjectNode body = object();
        ArrayNode statuses = body.putArray("ZoneStatuses");
        bridge.zones().values().forEach(zone -> statuses.add(zone.status()));
        r.reply(type, LeapStatus.OK, "MultipleZoneStatus", body);
    }

    private ObjectNode occupancyGroupStatuses() {
        ObjectNode reply = fixtures.message("occupancygroupsubscribe.json");
        for (JsonNode status : reply.path("Body").path("OccupancyGroupStatuses")) {
            ((ObjectNode) status).put("OccupancyStatus",
                    bridge.occupancy().get(LeapHref.idOrNull(status.path("OccupancyGroup"))));
        }
        return reply;
    }

    private ObjectNode areaStatuses(String fixture) {
        ObjectNode reply = fixtures.message(fixture);
        for (JsonNode status : reply.path("Body").path("AreaStatuses")) {
            ((ObjectNode) status).put("OccupancyStatus",
                    bridge.occupancy().get(LeapHref.id(status.path("href").asText())));
        }
        return reply;
    }

    private ObjectNode away() {
        ObjectNode reply = fixtures.message("smartaway.json");
        reply.set("Body", bridge.awayBody());
        return reply;
    }

    // --- commands and updates ---

    private void zoneCommand(Request r) {
        LeapZone zone = zone(r);
        JsonNode command = command(r);
        String type = command.path("CommandType").asText();
        Runnable effect = switch (type) {
            case "GoToLevel" -> {
                JsonNode level = null;
                for (JsonNode parameter : command.path("Parameter")) {
                    if ("Level".equals(parameter.path("Type").asText())) {
                        level = parameter.path("Value");
                    }
                }
                if (level == null) {
                    throw badRequest("GoToLevel needs a Parameter of Type Level");
                }
                double value = percent(level, "Level");
                yield () -> bridge.setLevel(zone, value);
            }
            case "GoToDimmedLevel" -> {
                JsonNode parameters = parameters(command, "DimmedLevelParameters");
                double value = percent(parameters.path("Level"), "Level");
                durations(parameters);
                yield () -> bridge.setLevel(zone, value);
            }
            case "GoToSwitchedLevel" -> {
                String switched = parameters(command, "SwitchedLevelParameters").path("SwitchedLevel").asText();
                if (!switched.equals("On") && !switched.equals("Off")) {
                    throw badRequest("SwitchedLevel must be On or Off, not '" + switched + "'");
                }
                yield () -> bridge.setLevel(zone, switched.equals("On") ? 100 : 0);
            }
            case "GoToFanSpeed" -> {
                requireKind(zone, LeapZone.Kind.FAN, type);
                String speed = parameters(command, "FanSpeedParameters").path("FanSpeed").asText();
                // the bridge takes the speeds as it spells them
                int index = FanSpeed.labels().indexOf(speed);
                if (index < 0) {
                    throw badRequest("FanSpeed must be one of " + FanSpeed.labels() + ", not '" + speed + "'");
                }
                yield () -> bridge.setLevel(zone, FanSpeed.values()[index].level());
            }
            case "GoToTilt" -> {
                requireKind(zone, LeapZone.Kind.TILT, type);
                double tilt = percent(parameters(command, "TiltParameters").path("Tilt"), "Tilt");
                yield () -> bridge.setTilt(zone, tilt);
            }
            case "GoToWhiteTuningLevel" -> {
                JsonNode parameters = parameters(command, "WhiteTuningLevelParameters");
                Double level = optionalPercent(parameters);
                durations(parameters);
                JsonNode white = parameters.path("WhiteTuningLevel");
                ObjectNode tuning = null;
                if (!white.isMissingNode()) {
                    if (!white.path("Kelvin").isNumber() || white.path("Kelvin").asDouble() <= 0) {
                        throw badRequest("WhiteTuningLevel needs a positive Kelvin number");
                    }
                    tuning = object();
                    tuning.set("WhiteTuningLevel", white);
                }
                yield tuned(zone, level, tuning);
            }
            case "GoToSpectrumTuningLevel" -> {
                JsonNode parameters = parameters(command, "SpectrumTuningLevelParameters");
                Double level = optionalPercent(parameters);
                durations(parameters);
                JsonNode tuning = parameters.path("ColorTuningStatus");
                if (!tuning.isMissingNode() && !tuning.isObject()) {
                    throw badRequest("ColorTuningStatus must be an object");
                }
                yield tuned(zone, level, tuning.isObject() ? tuning : null);
            }
            case "Raise", "Lower" -> () -> bridge.startMotion(zone, type.equals("Raise"));
            case "Stop" -> () -> bridge.stopMotion(zone);
            default -> throw badRequest("Unknown CommandType '" + type + "' for " + zone.href());
        };
        r.reply(CommuniqueType.CreateResponse, LeapStatus.CREATED, null, null);
        effect.run();
    }

    private Runnable tuned(LeapZone zone, Double level, JsonNode tuning) {
        return () -> {
            if (tuning != null) {
                zone.setColorTuning(tuning);
            }
            if (level != null) {
                bridge.setLevel(zone, level);
            } else {
                zone.stopMotion();
                bridge.zoneChanged(zone);
            }
        };
    }

    private void buttonCommand(Request r) {
        int button = r.id();
        button(r);
        String type = command(r).path("CommandType").asText();
        List<String> events = switch (type) {
            case "PressAndRelease" -> List.of("Press", "Release");
            case "PressAndHold" -> List.of("Press");
            case "Release" -> List.of("Release");
            default -> throw badRequest("Unknown CommandType '" + type + "' for /button/" + button);
        };
        r.reply(CommuniqueType.CreateResponse, LeapStatus.CREATED, null, null);
        events.forEach(event -> bridge.buttonEvent(button, event));
    }

    private void sceneCommand(Request r) {
        Map<Integer, Double> scene = bridge.scenes().get(r.id());
        if (scene == null) {
            throw notFound(r);
        }
        String type = command(r).path("CommandType").asText();
        if (!type.equals("PressAndRelease")) {
            throw badRequest("Unknown CommandType '" + type + "' for /virtualbutton/" + r.id());
        }
        r.reply(CommuniqueType.CreateResponse, LeapStatus.CREATED, null, null);
        bridge.runScene(scene);
    }

    private void ledUpdate(Request r) {
        int led = led(r);
        String state = body(r).path("LEDStatus").path("State").asText();
        if (!LeapBridge.LED_STATES.contains(state)) {
            throw badRequest("LEDStatus.State must be On or Off, not '" + state + "'");
        }
        bridge.leds().put(led, state);
        r.reply(CommuniqueType.UpdateResponse, LeapStatus.OK, "OneLEDStatus", bridge.ledStatus(led));
        bridge.ledChanged(led);
    }

    private void awayUpdate(Request r) {
        String state = body(r).path("AwayStatus").path("EnabledState").asText();
        if (!state.equals("Enabled") && !state.equals("Disabled")) {
            throw badRequest("AwayStatus.EnabledState must be Enabled or Disabled, not '" + state + "'");
        }
        bridge.setAwayState(state);
        r.replay(as(CommuniqueType.UpdateResponse, away()));
        bridge.awayChanged();
    }

    // --- validation ---

    private LeapZone zone(Request r) {
        LeapZone zone = bridge.zone(r.id());
        if (zone == null) {
            throw notFound(r);
        }
        return zone;
    }

    private ObjectNode button(Request r) {
        ObjectNode button = bridge.buttons().get(r.id());
        if (button == null) {
            throw notFound(r);
        }
        return button;
    }

    private int led(Request r) {
        if (!bridge.leds().containsKey(r.id())) {
            throw notFound(r);
        }
        return r.id();
    }

    private static JsonNode body(Request r) {
        JsonNode body = r.message().body();
        if (body == null || !body.isObject()) {
            throw badRequest("The request has no Body object");
        }
        return body;
    }

    private static JsonNode command(Request r) {
        JsonNode command = body(r).path("Command");
        if (!command.isObject() || !command.path("CommandType").isTextual()) {
            throw badRequest("The Body needs a Command object with a CommandType");
        }
        return command;
    }

    private static JsonNode parameters(JsonNode command, String name) {
        JsonNode parameters = command.path(name);
        if (!parameters.isObject()) {
            throw badRequest(command.path("CommandType").asText() + " needs a " + name + " object");
        }
        return parameters;
    }

    private static double percent(JsonNode value, String name) {
        if (!value.isNumber()) {
            throw badRequest(name + " must be a number from 0 to 100");
        }
        double number = value.asDouble();
        if (number < 0 || number > 100) {
            throw badRequest(name + " " + value + " is outside 0-100");
        }
        return number;
    }

    private static Double optionalPercent(JsonNode parameters) {
        return parameters.has("Level") ? percent(parameters.path("Level"), "Level") : null;
    }

    /** FadeTime and DelayTime, when present, are {@code hh:mm:ss}; the simulator moves at once whatever they say. */
    private static void durations(JsonNode parameters) {
        for (String name : List.of("FadeTime", "DelayTime")) {
            JsonNode value = parameters.path(name);
            if (!value.isMissingNode() && !(value.isTextual() && DURATION.matcher(value.asText()).matches())) {
                throw badRequest(name + " must be hh:mm:ss, not " + value);
            }
        }
    }

    private static void requireKind(LeapZone zone, LeapZone.Kind kind, String command) {
        if (zone.kind() != kind) {
            throw badRequest(command + " needs a " + kind.controlType() + " zone; " + zone.href() + " is "
                             + zone.kind().controlType());
        }
    }

    private static Refusal badRequest(String message) {
        return new Refusal(BAD_REQUEST, message);
    }

    private static Refusal notFound(Request r) {
        return new Refusal(NOT_FOUND, "No resource at " + r.url());
    }

    // --- fixtures and lines ---

    /** The element of a recorded list whose href is {@code href}; 404 when there is none. */
    private JsonNode entry(String fixture, String field, String href) {
        JsonNode found = find(fixtures.list(fixture, field), href);
        if (found == null) {
            throw new Refusal(NOT_FOUND, "No resource at " + href);
        }
        return found;
    }

    private static JsonNode find(JsonNode list, String href) {
        for (JsonNode element : list) {
            if (href.equals(element.path("href").asText())) {
                return element;
            }
        }
        return null;
    }

    /** A recorded message answered with another CommuniqueType, such as a subscribe fixture answering a read. */
    private static ObjectNode as(CommuniqueType type, ObjectNode message) {
        message.put("CommuniqueType", type.name());
        return message;
    }

    private static ObjectNode object() {
        return LeapFixtures.MAPPER.createObjectNode();
    }

    private static String write(ObjectNode message) {
        try {
            return LeapFixtures.MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }

    /** One request being answered: its session, message and URL match. */
    private final class Request {

        private final LeapSession session;
        private final LeapMessage message;
        private Matcher match;

        Request(LeapSession session, LeapMessage message) {
            this.session = session;
            this.message = message;
        }

        void matched(Matcher matcher) {
            match = matcher;
        }

        LeapSession session() {
            return session;
        }

        LeapMessage message() {
            return message;
        }

        String url() {
            return message.url();
        }

        /** The URL without its query. */
        String path() {
            int query = url().indexOf('?');
            return query < 0 ? url() : url().substring(0, query);
        }

        String group(int group) {
            return match.group(group);
        }

        /** The id in the URL, such as 5 in {@code /zone/5/status}. */
        int id() {
            return Integer.parseInt(match.group(1));
        }

        void subscribe() {
            session.subscribe(url(), message.clientTag());
        }

        void send(String line) {
            session.send(line);
        }

        void reply(CommuniqueType type, LeapStatus status, String bodyType, JsonNode body) {
            send(LeapMessage.response(type, new LeapHeader(url(), message.clientTag(), status, bodyType, null, null),
                    body).toJson());
        }

        /** A {@code One...Definition} read answered with an element of a list. */
        void replyOne(String bodyType, String field, JsonNode element) {
            ObjectNode body = object();
            body.set(field, element);
            reply(CommuniqueType.ReadResponse, LeapStatus.OK, bodyType, body);
        }

        /**
         * Replays a recorded message as it is, field order included, with the request's ClientTag added to its Header
         * and, for a paged list read, one page of its list.
         */
        void replay(ObjectNode recorded) {
            ObjectNode header = (ObjectNode) recorded.path("Header");
            if (message.type() == CommuniqueType.ReadRequest && options.pageSize() > 0) {
                page(recorded, header);
            }
            if (message.clientTag() != null) {
                header.put("ClientTag", message.clientTag());
            }
            send(write(recorded));
        }

        /**
         * Cuts the single list of a body to the page the request's Paging asks for (the first without one) and adds
         * {@code Paging:{PageSize, NextPageOffset}} to the header while more pages follow.
         */
        private void page(ObjectNode recorded, ObjectNode header) {
            JsonNode body = recorded.path("Body");
            if (body.size() != 1 || !body.elements().next().isArray()) {
                return;
            }
            String field = body.fieldNames().next();
            ArrayNode list = (ArrayNode) body.get(field);
            int offset = offset(message.header().paging(), list.size());
            int end = Math.min(offset + options.pageSize(), list.size());
            ArrayNode page = list.arrayNode();
            for (int i = offset; i < end; i++) {
                page.add(list.get(i));
            }
            ((ObjectNode) body).set(field, page);
            if (end < list.size()) {
                ObjectNode paging = header.putObject("Paging");
                paging.put("PageSize", options.pageSize());
                paging.put("NextPageOffset", end);
            }
        }

        private int offset(JsonNode paging, int size) {
            if (paging == null) {
                return 0;
            }
            JsonNode offset = paging.path("NextPageOffset");
            if (!offset.canConvertToInt() || !offset.isIntegralNumber() || offset.asInt() < 0
                || offset.asInt() >= size) {
                throw badRequest("Paging " + paging + " is not one this bridge gave for " + url());
            }
            return offset.asInt();
        }
    }

    /** An error reply, thrown by a handler. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient LeapStatus status;

        Refusal(LeapStatus status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
