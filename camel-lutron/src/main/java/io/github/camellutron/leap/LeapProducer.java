package io.github.camellutron.leap;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.github.camellutron.AbstractLutronProducer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.Button;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.event.LedState;
import io.github.camellutron.leap.client.LeapConnection;
import io.github.camellutron.leap.protocol.CommuniqueType;
import io.github.camellutron.leap.protocol.LeapMessage;
import io.github.camellutron.leap.protocol.LeapParseException;
import io.github.camellutron.leap.protocol.LeapRequests;
import io.github.camellutron.leap.protocol.SystemFamily;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends LEAP commands and requests. The reply of an InOut exchange is the answer's body as JSON text ({@code request}:
 * the whole answer); a non-2xx answer fails the exchange with a {@link io.github.camellutron.leap.protocol.LeapException}
 * carrying status code, reason, URL and the bridge's message. Every input is checked before anything is sent.
 */
public class LeapProducer extends AbstractLutronProducer<LeapConnection, LeapMessage> {

    static final String OPERATIONS = "goToLevel, goToDimmedLevel, goToSwitchedLevel, goToFanSpeed, goToTilt,"
                                     + " goToWhiteTuning, goToSpectrumTuning, raise, lower, stop, pressButton,"
                                     + " pressAndHold, release, setLed, activateScene, read, subscribe, request, catalog";

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
        if ("request".equals(operation(out, getEndpoint().getConfiguration().getOperation()))) {
            out.setBody(answer.toJson());
        } else if (answer.body() != null) {
            out.setBody(answer.body().toString());
        }
    }

    @Override
    protected CompletableFuture<LeapMessage> send(Exchange exchange, LeapConnection connection) {
        Message in = exchange.getMessage();
        String operation = operation(in, getEndpoint().getConfiguration().getOperation());
        if (operation == null) {
            throw new IllegalArgumentException("No operation: set the " + LutronConstants.OPERATION
                                               + " header or the operation option; known: " + OPERATIONS);
        }
        LeapMessage request = switch (operation) {
            case "goToLevel" -> {
                var fade = duration(in, LutronConstants.FADE_TIME);
                var delay = duration(in, LutronConstants.DELAY_TIME);
                yield fade != null || delay != null
                        ? LeapRequests.goToDimmedLevel(zoneId(in), level(in), fade, delay)
                        : LeapRequests.goToLevel(zoneId(in), level(in));
            }
            case "goToDimmedLevel" -> LeapRequests.goToDimmedLevel(zoneId(in), level(in),
                    duration(in, LutronConstants.FADE_TIME), duration(in, LutronConstants.DELAY_TIME));
            case "goToSwitchedLevel" -> LeapRequests.goToSwitchedLevel(zoneId(in), switchedOn(in));
            case "goToFanSpeed" -> LeapRequests.goToFanSpeed(zoneId(in), fanSpeed(in));
            case "goToTilt" -> LeapRequests.goToTilt(zoneId(in), level(in));
            case "goToWhiteTuning" -> LeapRequests.goToWhiteTuning(zoneId(in), requiredInt(in, LutronConstants.KELVIN),
                    optionalLevel(in), duration(in, LutronConstants.FADE_TIME));
            case "goToSpectrumTuning" -> LeapRequests.goToSpectrumTuning(zoneId(in), optionalLevel(in),
                    headerNumber(in, LutronConstants.HUE), headerNumber(in, LutronConstants.SATURATION),
                    optionalInt(in, LutronConstants.KELVIN), duration(in, LutronConstants.FADE_TIME));
            case "raise" -> LeapRequests.raise(zoneId(in));
            case "lower" -> LeapRequests.lower(zoneId(in));
            case "stop" -> LeapRequests.stop(zoneId(in));
            case "pressButton" -> LeapRequests.pressAndRelease(buttonId(in));
            case "pressAndHold" -> LeapRequests.pressAndHold(buttonId(in));
            case "release" -> LeapRequests.release(buttonId(in));
            case "setLed" -> LeapRequests.setLed(requiredInt(in, LutronConstants.LED_ID), onOff(ledState(in)));
            case "activateScene" -> scene(in, connection);
            case "read" -> LeapRequests.read(url(in));
            case "subscribe" -> null;
            case "request" -> rawRequest(in);
            case "catalog" -> {
                in.setBody(connection.system().catalog());
                yield null;
            }
            default -> throw new IllegalArgumentException(
                    "Unknown lutron-leap operation '" + operation + "'; known: " + OPERATIONS);
        };
        if ("subscribe".equals(operation)) {
            return connection.subscribe(url(in));
        }
        return request == null ? null : connection.request(request);
    }

    private static String onOff(LedState state) {
        return switch (state) {
            case On -> "On";
            case Off -> "Off";
            default -> throw new IllegalArgumentException("LEAP LEDs are On or Off, not " + state);
        };
    }

    /** Caseta scenes are virtual buttons; RadioRA 3 and QSX scenes are keypad buttons: both by id or name. */
    private static LeapMessage scene(Message in, LeapConnection connection) {
        LutronCatalog catalog = connection.system().catalog();
        boolean caseta = connection.system().family() != SystemFamily.RA3
                         && connection.system().family() != SystemFamily.QSX;
        Object body = in.getBody();
        Integer id = null;
        if (body instanceof Number n) {
            id = n.intValue();
        } else if (body instanceof String s && !s.isBlank()) {
            String name = s.trim();
            if (name.chars().allMatch(Character::isDigit)) {
                id = Integer.parseInt(name);
            } else if (caseta) {
                id = catalog.scene(name).map(Scene::id).orElseThrow(() -> new IllegalArgumentException(
                        "Unknown scene '" + name + "'; known: " + catalog.scenes().stream().map(Scene::name).toList()));
            } else {
                id = catalog.buttons().stream().filter(b -> name.equalsIgnoreCase(b.name())).map(Button::id)
                        .findFirst().orElseThrow(() -> new IllegalArgumentException(
                                "No keypad button is named '" + name + "'"));
            }
        } else {
            id = optionalInt(in, LutronConstants.BUTTON_ID);
        }
        if (id == null) {
            throw new IllegalArgumentException("activateScene needs the scene id or name as the body (or the "
                                               + LutronConstants.BUTTON_ID + " header)");
        }
        return caseta ? LeapRequests.virtualButtonPress(id) : LeapRequests.pressAndRelease(id);
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

    private static String url(Message in) {
        String url = in.getHeader(LutronConstants.URL, String.class);
        if (url == null && in.getBody() instanceof String s) {
            url = s.trim();
        }
        if (url == null || !url.startsWith("/") || url.chars().anyMatch(c -> c < ' ')) {
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

    private static String fanSpeed(Message in) {
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
