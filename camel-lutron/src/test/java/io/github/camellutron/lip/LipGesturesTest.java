package io.github.camellutron.lip;

import io.github.camellutron.GestureScenarios;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Button gestures of lutron-lip end to end, against a simulated HomeWorks QS processor (the LIP system that reports
 * holds and multi-taps itself): presses and releases timed on the simulator's loop, on the buttons of the test
 * house's keypad.
 */
class LipGesturesTest extends LipTestSupport {

    private GestureScenarios scenarios;

    @Override
    protected LipBridgeSimulator.Builder configureSimulator(LipBridgeSimulator.Builder builder) {
        return builder.prompt(LipBridgeSimulator.QNET_PROMPT);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return GestureScenarios.routes(this::lip);
    }

    @BeforeEach
    void scenarios() {
        scenarios = new GestureScenarios(context, (button, script) -> simulator.playButton(KEYPAD, button, script),
                simulator::dropConnections);
    }

    @Test
    void singleTaps() {
        scenarios.singleTaps(3, 4);
    }

    @Test
    void doubleTap() {
        scenarios.doubleTap(3, 4);
    }

    @Test
    void longPressAndRepeats() {
        scenarios.longPressAndRepeats(3, 4);
    }

    @Test
    void buttonsAreIndependent() {
        scenarios.buttonsAreIndependent(1, 2, 4);
    }

    @Test
    void theProcessorsHoldIsTheLongPress() {
        scenarios.bridgeHoldIsTheLongPress(3, 4, "Hold");
    }

    @Test
    void theProcessorsMultiTapIsTheDoubleTap() {
        scenarios.bridgeMultiTapIsTheDoubleTap(3, 4);
    }

    @Test
    void aSuspendEndsTheHoldOfThatRoute() throws Exception {
        scenarios.suspendEndsTheHold(3, 4);
    }

    @Test
    void aDisconnectEndsTheHold() {
        scenarios.disconnectEndsTheHold(3);
    }
}
