package io.github.camellutron.lip;

import java.util.concurrent.CompletableFuture;

import io.github.camellutron.AbstractLutronProducer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Scene;
import io.github.camellutron.event.LedState;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipCommands;
import io.github.camellutron.lip.protocol.LipGrammar;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
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
        };
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
