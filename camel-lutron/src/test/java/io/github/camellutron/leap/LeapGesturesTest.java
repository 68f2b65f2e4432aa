package io.github.camellutron.leap;

import io.github.camellutron.GestureScenarios;
import org.apache.camel.RoutesBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Button gestures of lutron-leap end to end, against a simulated Caseta Smart Bridge, whose Picos report only presses
 * and releases: every gesture is timed. Presses and releases are timed on the simulator's loop.
 */
class LeapGesturesTest extends LeapTestSupport {

    private GestureScenarios scenarios;

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return GestureScenarios.routes(this::leap);
    }

    @BeforeEach
    void scenarios() {
        scenarios = new GestureScenarios(context, simulator::playButton, simulator::dropConnections);
    }

    @Test
    void singleTaps() {
        scenarios.singleTaps(101, 103);
    }

    @Test
    void doubleTap() {
        scenarios.doubleTap(101, 103);
    }

    @Test
    void longPressAndRepeats() {
        scenarios.longPressAndRepeats(101, 103);
    }

    @Test
    void buttonsAreIndependent() {
        scenarios.buttonsAreIndependent(101, 102, 103);
    }

    @Test
    void aDisconnectEndsTheHold() {
        scenarios.disconnectEndsTheHold(101);
    }
}
