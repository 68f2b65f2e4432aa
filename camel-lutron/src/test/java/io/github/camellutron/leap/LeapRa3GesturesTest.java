package io.github.camellutron.leap;

import io.github.camellutron.GestureScenarios;
import io.github.camellutron.simulator.LeapBridgeSimulator;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gestures a processor reports itself, end to end against a simulated RadioRA 3 processor: {@code LongHold} (as a
 * HomeWorks QSX processor sends it) is the long press and {@code MultiTap} the double tap, instead of timing.
 */
class LeapRa3GesturesTest extends LeapTestSupport {

    private static final int KEYPAD_BUTTON = 2149;
    private static final int SENTINEL = 2153;

    private GestureScenarios scenarios;

    @Override
    protected LeapBridgeSimulator.Mode mode() {
        return LeapBridgeSimulator.Mode.RA3;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return GestureScenarios.routes(this::leap);
    }

    @BeforeEach
    void scenarios() {
        scenarios = new GestureScenarios(context, simulator::playButton, simulator::dropConnections);
    }

    @Test
    void theProcessorsLongHoldIsTheLongPress() {
        scenarios.bridgeHoldIsTheLongPress(KEYPAD_BUTTON, SENTINEL, "LongHold");
    }

    @Test
    void theProcessorsMultiTapIsTheDoubleTap() {
        scenarios.bridgeMultiTapIsTheDoubleTap(KEYPAD_BUTTON, SENTINEL);
    }

    @Test
    void aDoubleTapIsTimedToo() {
        scenarios.doubleTap(KEYPAD_BUTTON, SENTINEL);
    }
}
