package io.github.camellutron.lip;

import java.time.Duration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camellutron.LutronConstants;
import io.github.camellutron.LutronHealthCheck;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.event.LedState;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipParseException;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.TimeUtils;

/**
 * Sends commands to the bridge and, for InOut exchanges, returns its {@code ~} answer as text. Every input is
 * checked before anything is sent; a {@code ~ERROR} answer fails the exchange with a
 * {@link io.github.camellutron.lip.client.LipCommandException}.
 */
public class LipProducer extends DefaultAsyncProducer {

    /** Phantom buttons, which run scenes, belong to the main repeater / Smart Bridge: integration id 1. */
    private static final int BRIDGE_DEVICE = 1;

    private volatile LipConnection connection;
    private LutronHealthCheck healthCheck;
    private WritableHealthCheckRepository healthRepository;

    public LipProducer(LipEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public LipEndpoint getEndpoint() {
        return (LipEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        connection = getEndpoint().acquireConnection(c -> {
        });
        healthRepository = HealthCheckHelper.getHealthCheckRepository(
                getEndpoint().getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthRepository != null) {
            healthCheck = new LutronHealthCheck("lutron-lip-producer-" + getEndpoint().getHost() + ":"
                                                + getEndpoint().getPort(), connection);
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckProducerEnabled());
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthRepository != null && healthCheck != null) {
            healthRepository.removeHealthCheck(healthCheck);
        }
        if (connection != null) {
            getEndpoint().releaseConnection();
            connection = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        CompletableFuture<LipMessage> reply;
        try {
            reply = start(exchange);
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (reply == null) {
            callback.done(true);
            return true;
        }
        reply.whenComplete((line, error) -> {
            if (error != null) {
                exchange.setException(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            } else if (line != null && exchange.getPattern().isOutCapable()) {
                exchange.getMessage().setBody(line.toString());
            }
            callback.done(false);
        });
        return false;
    }

    /** Validates the input and sends; null when the answer is already on the exchange. */
    private CompletableFuture<LipMessage> start(Exchange exchange) {
        Message in = exchange.getMessage();
        String operation = in.getHeader(LutronConstants.OPERATION, getEndpoint().getConfiguration().getOperation(),
                String.class);
        if (operation == null) {
            return send(rawCommand(in));
        }
        return switch (operation) {
            case "goToLevel" -> send(LipCommands.setLevel(zoneId(in), level(in),
                    duration(in, LutronConstants.FADE_TIME), duration(in, LutronConstants.DELAY_TIME)));
            case "raise" -> send(LipCommands.startRaising(zoneId(in)));
            case "lower" -> send(LipCommands.startLowering(zoneId(in)));
            case "stop" -> send(LipCommands.stop(zoneId(in)));
            case "pressButton" -> pressAndRelease(deviceId(in), buttonId(in));
            case "pressAndHold" -> send(LipCommands.press(deviceId(in), buttonId(in)));
            case "release" -> send(LipCommands.release(deviceId(in), buttonId(in)));
            case "setLed" -> send(LipCommands.setLed(deviceId(in), requiredInt(in, LutronConstants.LED_ID),
                    ledCode(in)));
            case "activateScene" -> pressAndRelease(BRIDGE_DEVICE, scene(in));
            case "read" -> read(in);
            case "catalog" -> {
                in.setBody(connection.catalog());
                yield null;
            }
            default -> throw new IllegalArgumentException(
                    "Unknown lutron-lip operation '" + operation + "'; known: goToLevel, raise, lower, stop,"
                                                          + " pressButton, pressAndHold, release, setLed, activateScene,"
                                                          + " read, catalog");
        };
    }

    private CompletableFuture<LipMessage> send(LipMessage command) {
        return connection.send(command);
    }

    private CompletableFuture<LipMessage> pressAndRelease(int deviceId, int buttonId) {
        LipMessage press = LipCommands.press(deviceId, buttonId);
        LipMessage release = LipCommands.release(deviceId, buttonId);
        return send(press).thenCompose(answer -> send(release));
    }

    private CompletableFuture<LipMessage> read(Message in) {
        int zone = zoneId(in);
        return send(LipCommands.queryLevel(zone)).thenApply(answer -> {
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
            return LipMessage.parse(text);
        } catch (LipParseException e) {
            throw new IllegalArgumentException("Invalid LIP command: " + e.getMessage(), e);
        }
    }

    private int scene(Message in) {
        Object body = in.getBody();
        if (body instanceof Number n) {
            return n.intValue();
        }
        if (body instanceof String s && !s.isBlank()) {
            String name = s.trim();
            if (name.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(name);
            }
            LutronCatalog catalog = connection.catalog();
            return catalog.scene(name).map(Scene::id).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown scene '" + name + "'; known: "
                                                                                                    + catalog.scenes().stream().map(Scene::name).toList()));
        }
        Integer id = optionalInt(in, LutronConstants.BUTTON_ID);
        if (id == null) {
            throw new IllegalArgumentException("activateScene needs the scene id or name as the body (or the "
                                               + LutronConstants.BUTTON_ID + " header)");
        }
        return id;
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

    private static double level(Message in) {
        Object value = in.getHeader(LutronConstants.LEVEL);
        if (value == null) {
            value = in.getBody();
        }
        Double level = asDouble(value);
        if (level == null) {
            throw new IllegalArgumentException(
                    "goToLevel needs a level 0-100 in the " + LutronConstants.LEVEL + " header or the body, was "
                                               + describe(value));
        }
        return level;
    }

    private static LedCode ledCode(Message in) {
        Object value = in.getHeader(LutronConstants.LED_STATE);
        if (value instanceof LedState s) {
            return toCode(s);
        }
        if (value instanceof Number n && LedCode.of(n.intValue()) != null) {
            return LedCode.of(n.intValue());
        }
        if (value instanceof String s) {
            for (LedState state : LedState.values()) {
                if (state.name().equalsIgnoreCase(s.trim())) {
                    return toCode(state);
                }
            }
        }
        throw new IllegalArgumentException("setLed needs the " + LutronConstants.LED_STATE
                                           + " header: Off, On, Flash or RapidFlash, was " + describe(value));
    }

    private static LedCode toCode(LedState state) {
        return switch (state) {
            case Off -> LedCode.OFF;
            case On -> LedCode.ON;
            case Flash -> LedCode.FLASH;
            case RapidFlash -> LedCode.RAPID_FLASH;
        };
    }

    static Duration duration(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Number n) {
            return secondsToDuration(n.doubleValue(), header, value);
        }
        String text = value.toString().trim();
        try {
            return secondsToDuration(Double.parseDouble(text), header, value);
        } catch (NumberFormatException e) {
            try {
                return Duration.ofMillis(TimeUtils.toMilliSeconds(text));
            } catch (RuntimeException e2) {
                throw new IllegalArgumentException(header + " must be a Duration, a number of seconds or a"
                                                   + " duration like 2s, was " + describe(value));
            }
        }
    }

    private static Duration secondsToDuration(double seconds, String header, Object value) {
        if (Double.isNaN(seconds) || seconds < 0 || seconds > 4 * 3600) {
            throw new IllegalArgumentException(header + " must be 0 to 4 hours, was " + describe(value));
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    private static int requiredInt(Message in, String header) {
        Integer value = optionalInt(in, header);
        if (value == null) {
            throw new IllegalArgumentException("Header " + header + " is required");
        }
        return value;
    }

    private static Integer optionalInt(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Header " + header + " must be an integer, was " + describe(value));
        }
    }

    private static Double asDouble(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        String text = String.valueOf(value).replace("\r", "\\r").replace("\n", "\\n");
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }

}
