package io.github.camellutron.leap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import io.github.camellutron.AbstractLutronProducer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.event.LedState;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.client.LeapException;
import io.github.camellutron.leap.client.LeapSystem;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapBodies;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapParseException;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.SystemFamily;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends LEAP commands and requests. The reply of an InOut exchange is the answer's body as JSON text ({@code request}:
 * the whole answer); a non-2xx answer fails the exchange with a {@link io.github.camellutron.leap.client.LeapException}
 * carrying status code, reason, URL and the bridge's message. Every input is checked before anything is sent, and a
 * command the zone cannot take (by its control type in the catalog) is refused before it is sent.
 */
public class LeapProducer extends AbstractLutronProducer<LeapConnection, LeapMessage> {

    /** The zone control types each typed zone command is for (LEAP.md 3.1); the generic goToLevel goes to any zone. */
    private static final Map<LeapProducerOperation, Set<ControlType>> ZONE_TYPES = zoneTypes();
    /** What {@code readBattery} answers for a device the bridge has no battery status of (404). */
    private static final String NO_BATTERY = "None";

    public LeapProducer(LeapEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public LeapEndpoint getEndpoint() {
        return (LeapEndpoint) super.getEndpoint();
    }

    @Override
    protected void reply(Exchange exchange, LeapMessage answer) {
        Message out = exchange.getMessage();
        if (operation(out) == LeapProducerOperation.request) {
            out.setBody(answer.toJson());
        } else if (answer.body() != null) {
            out.setBody(answer.body().toString());
        }
    }

    private LeapProducerOperation operation(Message in) {
        return operation(in, getEndpoint().getConfiguration().getOperation(), LeapProducerOperation.class,
                "lutron-leap");
    }

    @Override
    protected CompletableFuture<LeapMessage> send(Exchange exchange, LeapConnection connection) {
        Message in = exchange.getMessage();
        LeapProducerOperation operation = operation(in);
        if (operation == null) {
            throw new IllegalArgumentException("No operation: set the " + LutronConstants.OPERATION
                                               + " header or the operation option; known: "
                                               + Arrays.stream(LeapProducerOperation.values()).map(Enum::name)
                                                       .collect(Collectors.joining(", ")));
        }
        return switch (operation) {
            case goToLevel -> {
                var fade = duration(in, LutronConstants.FADE_TIME);
                var delay = duration(in, LutronConstants.DELAY_TIME);
                yield connection.request(fade != null || delay != null
                        ? LeapRequests.goToDimmedLevel(zoneId(in), level(in), fade, delay)
                        : LeapRequests.goToLevel(zoneId(in), level(in)));
            }
            case goToDimmedLevel -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToDimmedLevel(zoneId(in), level(in), duration(in, LutronConstants.FADE_TIME),
                            duration(in, LutronConstants.DELAY_TIME)));
            case goToSwitchedLevel -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToSwitchedLevel(zoneId(in), switchedOn(in)));
            case goToFanSpeed -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToFanSpeed(zoneId(in), fanSpeed(in)));
            case goToTilt -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToTilt(zoneId(in), level(in)));
            case goToWhiteTuning -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToWhiteTuning(zoneId(in), requiredInt(in, LutronConstants.KELVIN), optionalLevel(in),
                            duration(in, LutronConstants.FADE_TIME)));
            case goToSpectrumTuning -> typedZoneCommand(connection, operation, zoneId(in),
                    LeapRequests.goToSpectrumTuning(zoneId(in), optionalLevel(in),
                            headerNumber(in, LutronConstants.HUE), headerNumber(in, LutronConstants.SATURATION),
                            optionalInt(in, LutronConstants.KELVIN), duration(in, LutronConstants.FADE_TIME)));
            case raise -> connection.request(LeapRequests.raise(zoneId(in)));
            case lower -> connection.request(LeapRequests.lower(zoneId(in)));
            case stop -> connection.request(LeapRequests.stop(zoneId(in)));
            case pressButton -> connection.request(LeapRequests.pressAndRelease(buttonId(in)));
            case pressAndHold -> connection.request(LeapRequests.pressAndHold(buttonId(in)));
            case release -> connection.request(LeapRequests.release(buttonId(in)));
            case setLed -> connection.request(LeapRequests.setLed(requiredInt(in, LutronConstants.LED_ID),
                    onOff(ledState(in))));
            case activateScene -> activateScene(connection, in);
            case read -> connection.request(LeapRequests.read(url(in)));
            case subscribe -> connection.subscribe(url(in));
            case request -> connection.request(rawRequest(in));
            case catalog -> connection.discovered().thenApply(system -> {
                in.setBody(system.catalog());
                return null;
            });
            case readBattery -> readBattery(connection, in);
            case setSmartAway -> setSmartAway(connection, awayEnabled(in));
        };
    }

    private static Map<LeapProducerOperation, Set<ControlType>> zoneTypes() {
        Map<LeapProducerOperation, Set<ControlType>> types = new EnumMap<>(LeapProducerOperation.class);
        types.put(LeapProducerOperation.goToDimmedLevel, EnumSet.of(ControlType.Dimmed, ControlType.WhiteTune,
                ControlType.SpectrumTune, ControlType.ColorTune));
        types.put(LeapProducerOperation.goToSwitchedLevel, EnumSet.of(ControlType.Switched, ControlType.Receptacle,
                ControlType.CCO));
        types.put(LeapProducerOperation.goToFanSpeed, EnumSet.of(ControlType.FanSpeed));
        types.put(LeapProducerOperation.goToTilt, EnumSet.of(ControlType.Tilt, ControlType.ShadeWithTilt));
        types.put(LeapProducerOperation.goToWhiteTuning, EnumSet.of(ControlType.WhiteTune, ControlType.SpectrumTune,
                ControlType.ColorTune));
        types.put(LeapProducerOperation.goToSpectrumTuning, EnumSet.of(ControlType.SpectrumTune,
                ControlType.ColorTune));
        return types;
    }

    /**
     * A command for some kinds of zone only, already built (so checked): sent once the catalog of the current session
     * shows that the zone is of one of those kinds, refused before sending when it is of another.
     */
    private static CompletableFuture<LeapMessage> typedZoneCommand(LeapConnection connection,
                                                                   LeapProducerOperation operation, int zoneId,
                                                                   LeapMessage command) {
        return connection.discovered().thenCompose(system -> {
            requireControlType(system.catalog(), zoneId, operation.name(), ZONE_TYPES.get(operation));
            return connection.request(command);
        });
    }

    /**
     * Reads {@code /device/N/status} of the device in the header, or of the device that owns the zone in the
     * {@code ZoneId} header, and tells its battery in the {@code BatteryStatus} header; a device the bridge knows no
     * status of (404) has none, which is an answer, not a failure.
     */
    private static CompletableFuture<LeapMessage> readBattery(LeapConnection connection, Message in) {
        Integer deviceId = optionalInt(in, LutronConstants.DEVICE_ID);
        CompletableFuture<LeapMessage> status;
        if (deviceId != null) {
            status = connection.request(LeapRequests.deviceStatus(deviceId));
        } else {
            Integer zoneId = optionalInt(in, LutronConstants.ZONE_ID);
            if (zoneId == null) {
                throw new IllegalArgumentException("readBattery needs the " + LutronConstants.DEVICE_ID
                                                   + " header (or the " + LutronConstants.ZONE_ID
                                                   + " header of a Caseta shade)");
            }
            status = connection.discovered().thenCompose(system -> connection.request(LeapRequests.deviceStatus(
                    system.zoneDevice(zoneId).orElseThrow(() -> new IllegalArgumentException(
                            "readBattery: the catalog names no device owning zone " + zoneId + "; give the "
                                                                                   + LutronConstants.DEVICE_ID
                                                                                   + " header instead")))));
        }
        return status.handle((answer, error) -> {
            if (error == null) {
                String level = LeapBodies.batteryLevel(answer);
                in.setHeader(LutronConstants.BATTERY_STATUS, level != null ? level : NO_BATTERY);
                return answer;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
                    : error;
            if (cause instanceof LeapException e && e.statusCode() == 404) {
                in.setHeader(LutronConstants.BATTERY_STATUS, NO_BATTERY);
                return null;
            }
            throw error instanceof CompletionException c ? c : new CompletionException(error);
        });
    }

    /** Smart Away is Caseta's: on a RadioRA 3 or QSX processor the update is refused before it is sent. */
    private static CompletableFuture<LeapMessage> setSmartAway(LeapConnection connection, boolean enabled) {
        LeapMessage update = LeapRequests.setSmartAway(enabled);
        return connection.discovered().thenCompose(system -> {
            if (processor(system)) {
                throw new IllegalArgumentException("setSmartAway: Smart Away is a Caseta feature; "
                                                   + connection.bridge() + " is a " + system.family()
                                                   + " processor, which has none");
            }
            return connection.request(update);
        });
    }

    /** The state of setSmartAway: {@code Enabled} or {@code Disabled}, or a boolean, from the header or the body. */
    private static boolean awayEnabled(Message in) {
        Object value = in.getHeader(LutronConstants.AWAY_STATE) != null ? in.getHeader(LutronConstants.AWAY_STATE)
                : in.getBody();
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "enabled", "true" -> {
                    return true;
                }
                case "disabled", "false" -> {
                    return false;
                }
                default -> {
                    // refused below
                }
            }
        }
        throw new IllegalArgumentException("setSmartAway needs Enabled or Disabled (or true / false) in the "
                                           + LutronConstants.AWAY_STATE + " header or the body, was "
                                           + describe(value));
    }

    /** By id at once; by name once discovery of the current session has the names. */
    private static CompletableFuture<LeapMessage> activateScene(LeapConnection connection, Message in) {
        Integer id = sceneNumber(in);
        if (id == null) {
            String name = in.getBody(String.class).trim();
            return connection.discovered().thenCompose(system -> connection.request(sceneByName(system, name)));
        }
        // which request a scene id takes depends on the family: wait for discovery when it is not known yet
        return connection.discovered().thenCompose(system -> connection.request(sceneRequest(system, id)));
    }

    private static String onOff(LedState state) {
        return switch (state) {
            case On -> "On";
            case Off -> "Off";
            default -> throw new IllegalArgumentException("LEAP LEDs are On or Off, not " + state);
        };
    }

    /**
     * A RadioRA 3 or HomeWorks QSX processor, whose scenes are keypad buttons (Caseta's are virtual buttons) and which
     * has no Smart Away.
     */
    private static boolean processor(LeapSystem system) {
        return system.family() == SystemFamily.RA3 || system.family() == SystemFamily.QSX;
    }

    private static LeapMessage sceneRequest(LeapSystem system, int id) {
        return processor(system) ? LeapRequests.pressAndRelease(id) : LeapRequests.virtualButtonPress(id);
    }

    private static LeapMessage sceneByName(LeapSystem system, String name) {
        LutronCatalog catalog = system.catalog();
        if (processor(system)) {
            return LeapRequests.pressAndRelease(catalog.buttons().stream().filter(b -> name.equalsIgnoreCase(b.name()))
                    .map(Button::id).findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "No keypad button is named '" + name + "'")));
        }
        return LeapRequests.virtualButtonPress(catalog.scene(name).map(Scene::id).orElseThrow(
                () -> new IllegalArgumentException("Unknown scene '" + name + "'; known: "
                                                   + catalog.scenes().stream().map(Scene::name).toList())));
    }

    private static LeapMessage rawRequest(Message in) {
        Object body = in.getBody();
        if (body instanceof LeapMessage message) {
            return checkRequest(message);
        }
        String json = in.getBody(String.class);
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("request needs a LEAP message as the body (JSON text or LeapMessage)");
        }
        try {
            return checkRequest(LeapMessage.parse(json));
        } catch (LeapParseException e) {
            throw new IllegalArgumentException("Invalid LEAP request: " + e.getMessage(), e);
        }
    }

    private static LeapMessage checkRequest(LeapMessage message) {
        CommuniqueType type = message.type();
        if (type == null || !type.name().endsWith("Request")) {
            throw new IllegalArgumentException("A LEAP request needs a request CommuniqueType (ReadRequest,"
                                               + " CreateRequest...), was " + describe(message.communiqueType()));
        }
        if (message.url() == null || !message.url().startsWith("/")) {
            throw new IllegalArgumentException("A LEAP request needs Header.Url starting with /, was "
                                               + describe(message.url()));
        }
        return message;
    }

    /** The URL of read and subscribe, checked; package-private for the header fuzz test. */
    static String url(Message in) {
        String url = in.getHeader(LutronConstants.URL, String.class);
        if (url == null && in.getBody() instanceof String s) {
            url = s.trim();
        }
        // a lone surrogate has no UTF-8 form: it would go out as '?', turning the rest of the URL into a query
        if (url == null || !url.startsWith("/") || url.chars().anyMatch(c -> c < ' ')
            || !StandardCharsets.UTF_8.newEncoder().canEncode(url)) {
            throw new IllegalArgumentException("read and subscribe need a LEAP URL such as /zone/5/status in the "
                                               + LutronConstants.URL + " header or the body, was " + describe(url));
        }
        return url;
    }

    private static boolean switchedOn(Message in) {
        Object value = in.getHeader(LutronConstants.LEVEL) != null ? in.getHeader(LutronConstants.LEVEL) : in.getBody();
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() > 0;
        }
        if (value instanceof String s) {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
                case "on", "true", "100" -> {
                    return true;
                }
                case "off", "false", "0" -> {
                    return false;
                }
                default -> {
                    // refused below
                }
            }
        }
        throw new IllegalArgumentException("goToSwitchedLevel needs On or Off (or a level) in the "
                                           + LutronConstants.LEVEL + " header or the body, was " + describe(value));
    }

    /** The fan speed of goToFanSpeed as given (LeapRequests checks it); package-private for the header fuzz test. */
    static String fanSpeed(Message in) {
        Object value = in.getHeader(LutronConstants.FAN_SPEED) != null ? in.getHeader(LutronConstants.FAN_SPEED)
                : in.getBody();
        if (value == null) {
            throw new IllegalArgumentException("goToFanSpeed needs Off, Low, Medium, MediumHigh or High in the "
                                               + LutronConstants.FAN_SPEED + " header or the body");
        }
        return value.toString().trim();
    }

    private static Double optionalLevel(Message in) {
        return headerNumber(in, LutronConstants.LEVEL);
    }

    private static Double headerNumber(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Header " + header + " must be a number, was " + describe(value));
        }
    }

    private static int zoneId(Message in) {
        return requiredInt(in, LutronConstants.ZONE_ID);
    }

    private static int buttonId(Message in) {
        return requiredInt(in, LutronConstants.BUTTON_ID);
    }
}
