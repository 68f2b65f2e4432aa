package io.github.camellutron.examples;

import io.github.camellutron.LutronConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * An automation on the simulated RadioRA 2 house: someone walks into the hallway, the hallway lights go on.
 * Events in, a command out, one route.
 */
public class HallwayAutomation extends RouteBuilder {

    static final int HALLWAY = 6;
    static final int HALLWAY_LIGHTS = 19;

    private final BridgeEndpoint bridge;

    public HallwayAutomation(BridgeEndpoint bridge) {
        this.bridge = bridge;
    }

    @Override
    public void configure() {
        from(bridge.uri() + "&eventTypes=OccupancyStatus&integrationIds=" + HALLWAY).routeId("hallway-lights")
                .filter(header(LutronConstants.OCCUPANCY).isEqualTo("Occupied"))
                .setHeader(LutronConstants.OPERATION, constant("goToLevel"))
                .setHeader(LutronConstants.ZONE_ID, constant(HALLWAY_LIGHTS))
                .setHeader(LutronConstants.LEVEL, constant(100))
                .to(bridge.uri())
                .log("Someone is in the hallway: hallway lights on");
    }
}
