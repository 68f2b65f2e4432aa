package io.github.camellutron.leap.pairing;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.simulator.LeapBridgeSimulator;

/** Pairing against the bridge simulator, with a person pressing its button once the pairing asks for it. */
final class Pairings {

    private Pairings() {
    }

    /** A pairing with the simulator: its ports, and its CA as the anchor of the pairing port. */
    static LeapPairing.Builder with(LeapBridgeSimulator simulator, RecordingListener listener) {
        return LeapPairing.builder(simulator.host())
                .port(simulator.pairingPort())
                .leapPort(simulator.port())
                .lapTrustAnchors(List.of(simulator.bridgeCaCertificate()))
                .listener(listener);
    }

    /**
     * Pairs on another thread, presses the button once the listener reports the wait, and returns the result or
     * throws what the pairing threw.
     */
    static PairingResult pressingTheButton(LeapBridgeSimulator simulator, LeapPairing pairing,
                                           RecordingListener listener) throws Exception {
        CompletableFuture<PairingResult> result = CompletableFuture.supplyAsync(pairing::pair);
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.waiting() || result.isDone());
        if (!result.isDone()) {
            simulator.pressPairingButton();
        }
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
