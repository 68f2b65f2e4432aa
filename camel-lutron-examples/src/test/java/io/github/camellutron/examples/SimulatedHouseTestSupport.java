package io.github.camellutron.examples;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * A Camel test of example routes against the demo house on the LIP bridge simulator: a new simulator for each
 * test's Camel context, started before the context is made and closed when it stops.
 */
abstract class SimulatedHouseTestSupport extends CamelTestSupport {

    /** The name the routes know the simulated bridge by, as the demo names its LIP bridge. */
    static final String BRIDGE_NAME = "lip";

    /** The simulated bridge of the running test. */
    protected LipBridgeSimulator bridge;

    /**
     * The simulator to start; a test may override this to change it. It serves the integration report over HTTP,
     * so the routes know the names of the house.
     */
    protected LipBridgeSimulator.Builder simulator() {
        return LipBridgeSimulator.builder().httpPort(0);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        bridge = simulator().build().start();
        CamelContext context = super.createCamelContext();
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                bridge.close();
            }
        }, true, true);
        return context;
    }

    /** The simulated bridge as the example routes take it, its URI reading the integration report. */
    protected BridgeEndpoint bridgeEndpoint() {
        return new BridgeEndpoint(BRIDGE_NAME, "lutron-lip:" + bridge.host() + ":" + bridge.port()
                                               + "?integrationReport=" + bridge.integrationReportUrl());
    }
}
