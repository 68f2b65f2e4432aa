package io.github.camellutron.lip;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

import io.github.camellutron.AbstractLutronProducer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.event.FanSpeed;
import io.github.camellutron.event.LedState;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipGrammar;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipTime;
import io.github.camellutron.lip.protocol.TimeclockAction;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends commands to the bridge and, for InOut exchanges, returns its {@code ~} answer as text. Every input is
 * checked before anything is sent; a {@code ~ERROR} answer fails the exchange with a
 * {@link io.github.camellutron.lip.client.LipCommandException}.
 */
public class LipProducer extends AbstractLutronProducer<LipConnection, LipMessage> {

    /** Phantom buttons, which run scenes, belong to the main repeater / Smart Bridge: integration id 1. */
    private static final int BRIDGE_DEVICE = 1;

    /** What each kind of zone command needs the zone to be (ARCHITECTURE 3.4: refused before sending). */
    private static final Set<ControlType> FANS = EnumSet.of(ControlType.FanSpeed);
    private static final Set<ControlType> TILTS = EnumSet.of(ControlType.Tilt, ControlType.ShadeWithTilt);
    private static final Set<ControlType> LIFTS_AND_TILTS = EnumSet.of(ControlType.ShadeWithTilt);
    private static final Set<ControlType> LIFTS = EnumSet.of(ControlType.Shade, ControlType.ShadeWithTilt);
    private static final Set<ControlType> LIGHTS = EnumSet.of(ControlType.Dimmed, ControlType.Switched);
    private static final Set<ControlType> CONTACT_CLOSURES = EnumSet.of(ControlType.CCO);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    public LipProducer(LipEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public LipEndpoint getEndpoint() {
        return (LipEndpoint) super.getEndpoint();
    }

    @Override
    protected void reply(Exchange exchange, LipMessage answer) {
        exchange.getMessage().setBody(answer.toString());
    }

    @Override
    protected CompletableFuture<LipMessage> send(Exchange exchange, LipConnection connection) {
        Message in = exchange.getMessage();
        LipProducerOperation operation = operation(in, getEndpoint().getConfiguration().getOperation(),
                LipProducerOperation.class, "lutron-lip");
        if (operation == null) {
            return connection.send(rawCommand(in));
        }
        return switch (operation) {
            case goToLevel -> connection.send(LipCommands.setLevel(zoneId(in), level(in),
                    duration(in, LutronConstants.FADE_TIME), duration(in, LutronConstants.DELAY_TIME)));
            case raise -> connection.send(LipCommands.startRaising(zoneId(in)));
            case lower -> connection.send(LipCommands.startLowering(zoneId(in)));
            case stop -> connection.send(LipCommands.stop(zoneId(in)));
            case pressButton -> pressAndRelease(connection, deviceId(in), buttonId(in));
            case pressAndHold -> connection.send(LipCommands.press(deviceId(in), buttonId(in)));
            case release -> connection.send(LipCommands.release(deviceId(in), buttonId(in)));
            case setLed -> connection.send(LipCommands.setLed(deviceId(in), requiredInt(in, LutronConstants.LED_ID),
                    ledCode(ledState(in))));
            case activateScene -> activateScene(connection, in);
            case read -> read(connection, in);
            case catalog -> connection.names().thenApply(names -> {
                in.setBody(names);
                return null;
            });
            case goToFanSpeed -> zoneCommand(connection, in, operation, FANS,
                    zone -> LipCommands.setFanSpeed(zone, fanSpeed(in)));
            case goToTilt -> zoneCommand(connection, in, operation, TILTS,
                    zone -> LipCommands.setTilt(zone, percent(in, LutronConstants.LEVEL, "goToTilt", "a tilt"),
                            duration(in, LutronConstants.FADE_TIME), duration(in, LutronConstants.DELAY_TIME)));
            case goToLiftAndTilt -> zoneCommand(connection, in, operation, LIFTS_AND_TILTS,
                    zone -> LipCommands.setLiftAndTilt(zone,
                            percent(in, LutronConstants.LEVEL, "goToLiftAndTilt", "a lift"), tilt(in),
                            duration(in, LutronConstants.FADE_TIME), duration(in, LutronConstants.DELAY_TIME)));
            case raiseTilt -> zoneCommand(connection, in, operation, TILTS, LipCommands::startRaisingTilt);
            case lowerTilt -> zoneCommand(connection, in, operation, TILTS, LipCommands::startLoweringTilt);
            case stopTilt -> zoneCommand(connection, in, operation, TILTS, LipCommands::stopTilt);
            case raiseLift -> zoneCommand(connection, in, operation, LIFTS, LipCommands::startRaisingLift);
            case lowerLift -> zoneCommand(connection, in, operation, LIFTS, LipCommands::startLoweringLift);
            case stopLift -> zoneCommand(connection, in, operation, LIFTS, LipCommands::stopLift);
            case flash -> zoneCommand(connection, in, operation, LIGHTS,
                    zone -> LipCommands.flash(zone, duration(in, LutronConstants.FADE_TIME),
                            duration(in, LutronConstants.DELAY_TIME)));
            case pulse -> zoneCommand(connection, in, operation, CONTACT_CLOSURES,
                    zone -> LipCommands.pulse(zone, duration(in, LutronConstants.PULSE_TIME)));
            case setTimeclockMode -> connection.send(LipCommands.timeclockMode(timeclockId(in),
                    requiredInt(in, LutronConstants.TIMECLOCK_MODE)));
            case readTimeclockMode -> readValue(connection, in,
                    LipCommands.queryTimeclock(timeclockId(in), TimeclockAction.MODE), LutronConstants.TIMECLOCK_MODE);
            case readSunrise -> readTimeOfDay(connection, in, TimeclockAction.SUNRISE);
            case readSunset -> readTimeOfDay(connection, in, TimeclockAction.SUNSET);
            case executeTimeclockEvent -> connection.send(LipCommands.timeclockExecuteEvent(timeclockId(in),
                    timeclockEvent(in)));
            case enableTimeclockEvent -> connection.send(LipCommands.timeclockEnableEvent(timeclockId(in),
                    timeclockEvent(in), true));
            case disableTimeclockEvent -> connection.send(LipCommands.timeclockEnableEvent(timeclockId(in),
                    timeclockEvent(in), false));
            case setGreenModeStep -> connection.send(LipCommands.modeStep(
                    requiredInt(in, LutronConstants.GREEN_MODE_ID), requiredInt(in, LutronConstants.GREEN_MODE_STEP)));
            case readGreenModeStep -> readValue(connection, in,
                    LipCommands.queryModeStep(requiredInt(in, LutronConstants.GREEN_MODE_ID)),
                    LutronConstants.GREEN_MODE_STEP);
            case setVariable -> connection.send(LipCommands.setSysvar(requiredInt(in, LutronConstants.VARIABLE_ID),
                    requiredInt(in, LutronConstants.VARIABLE_VALUE)));
            case readVariable -> readValue(connection, in,
                    LipCommands.querySysvar(requiredInt(in, LutronConstants.VARIABLE_ID)),
                    LutronConstants.VARIABLE_VALUE);
        };
    }

    /**
     * A command to one zone, built (and so checked) at once, sent once the names are there and say the zone can take
     * it; a zone the catalog does not know, or whose type it does not know, is given the benefit of the doubt.
     */
    private static CompletableFuture<LipMessage> zoneCommand(LipConnection connection, Message in,
                                                             LipProducerOperation operation,
                                                             Set<ControlType> accepted,
                                                             IntFunction<LipMessage> command) {
        int zone = zoneId(in);
        LipMessage message = command.apply(zone);
        return connection.names().thenCompose(names -> {
            requireControlType(names, zone, operation.name(), accepted);
            return connection.send(message);
        });
    }

    /** The timeclock's sunrise or sunset; the time of day also goes into the Time header, as HH:MM. */
    private static CompletableFuture<LipMessage> readTimeOfDay(LipConnection connection, Message in,
                                                               TimeclockAction action) {
        return connection.send(LipCommands.queryTimeclock(timeclockId(in), action)).thenApply(answer -> {
            in.setHeader(LutronConstants.TIME, HOUR_MINUTE.format(LipTime.parseTimeOfDay(answer.field(2))));
            return answer;
        });
    }

    /** A query whose answer has one integer value, which goes into {@code header}. */
    private static CompletableFuture<LipMessage> readValue(LipConnection connection, Message in, LipMessage query,
                                                           String header) {
        return connection.send(query).thenApply(answer -> {
            in.setHeader(header, answer.intField(2));
            return answer;
        });
    }

    /** A scene by number runs at once; one by name waits for the names (the integration report) first. */
    private static CompletableFuture<LipMessage> activateScene(LipConnection connection, Message in) {
        if (!sceneNeedsNames(in)) {
            return pressAndRelease(connection, BRIDGE_DEVICE, scene(in, LutronCatalog.empty()));
        }
        return connection.names().thenCompose(names -> pressAndRelease(connection, BRIDGE_DEVICE, scene(in, names)));
    }

    private static boolean sceneNeedsNames(Message in) {
        return sceneNumber(in) == null;
    }

    private static CompletableFuture<LipMessage> pressAndRelease(LipConnection connection, int deviceId, int buttonId) {
        LipMessage press = LipCommands.press(deviceId, buttonId);
        LipMessage release = LipCommands.release(deviceId, buttonId);
        return connection.send(press).thenCompose(answer -> connection.send(release));
    }

    private static CompletableFuture<LipMessage> read(LipConnection connection, Message in) {
        int zone = zoneId(in);
        return connection.send(LipCommands.queryLevel(zone)).thenApply(answer -> {
            in.setHeader(LutronConstants.ZONE_ID, zone);
            in.setHeader(LutronConstants.LEVEL, answer.doubleField(2));
            return answer;
        });
    }

    private static LipMessage rawCommand(Message in) {
        Object body = in.getBody();
        if (!(body instanceof String text) || text.isEmpty()
            || LipOperation.of(text.charAt(0)) == null || text.charAt(0) == '~') {
            throw new IllegalArgumentException(
                    "No operation: set the " + LutronConstants.OPERATION + " header or the operation option, or send"
                                               + " a LIP command line starting with # or ? as the body");
        }
        try {
            LipMessage command = LipMessage.parse(text);
            LipGrammar.check(command);
            return command;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid LIP command: " + e.getMessage(), e);
        }
    }

    /** A scene by number or by name (body), else the ButtonId header: a phantom button of the bridge. */
    static int scene(Message in, LutronCatalog catalog) {
        Integer number = sceneNumber(in);
        if (number != null) {
            return number;
        }
        String name = in.getBody(String.class).trim();
        return catalog.scene(name).map(Scene::id).orElseThrow(() -> new IllegalArgumentException(
                "Unknown scene '" + name + "'; known: " + catalog.scenes().stream().map(Scene::name).toList()));
    }

    private static LedCode ledCode(LedState state) {
        return switch (state) {
            case Off -> LedCode.OFF;
            case On -> LedCode.ON;
            case Flash -> LedCode.FLASH;
            case RapidFlash -> LedCode.RAPID_FLASH;
        };
    }

    /** The fan speed of goToFanSpeed: the header, else the body. */
    private static FanSpeed fanSpeed(Message in) {
        Object value = in.getHeader(LutronConstants.FAN_SPEED) != null ? in.getHeader(LutronConstants.FAN_SPEED)
                : in.getBody();
        try {
            return FanSpeed.of(value == null ? null : value.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("goToFanSpeed needs Off, Low, Medium, MediumHigh or High in the "
                                               + LutronConstants.FAN_SPEED + " header or the body, was "
                                               + describe(value));
        }
    }

    /** A percentage from the header, else the body; range checked by the command builder. */
    private static double percent(Message in, String header, String operation, String what) {
        Double value = number(in, header);
        if (value == null) {
            Object given = in.getHeader(header) != null ? in.getHeader(header) : in.getBody();
            throw new IllegalArgumentException(operation + " needs " + what + " 0-100 in the " + header
                                               + " header or the body, was " + describe(given));
        }
        return value;
    }

    /** The tilt of goToLiftAndTilt, from its header only: the body, if any, is the lift. */
    private static double tilt(Message in) {
        Object value = in.getHeader(LutronConstants.TILT);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw new IllegalArgumentException("goToLiftAndTilt needs a tilt 0-100 in the " + LutronConstants.TILT
                                           + " header, was " + describe(value));
    }

    private static int timeclockId(Message in) {
        return requiredInt(in, LutronConstants.TIMECLOCK_ID);
    }

    private static int timeclockEvent(Message in) {
        return requiredInt(in, LutronConstants.TIMECLOCK_EVENT);
    }

    private static int zoneId(Message in) {
        return requiredInt(in, LutronConstants.ZONE_ID);
    }

    private static int deviceId(Message in) {
        return requiredInt(in, LutronConstants.DEVICE_ID);
    }

    private static int buttonId(Message in) {
        return requiredInt(in, LutronConstants.BUTTON_ID);
    }
}
