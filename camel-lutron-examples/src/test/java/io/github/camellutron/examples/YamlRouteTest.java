package io.github.camellutron.examples;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.simulator.LipBridgeSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** The YAML route of the demo, loaded the way Camel Main loads it, against the simulated house. */
class YamlRouteTest extends CamelTestSupport {

    private LipBridgeSimulator bridge;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        bridge = LipBridgeSimulator.builder().httpPort(0).build().start();
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("lutron.lip.uri", "lutron-lip:" + bridge.host() + ":" + bridge.port()
                                                 + "?integrationReport=" + bridge.integrationReportUrl());
        context.getPropertiesComponent().setInitialProperties(properties);
        context.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                bridge.close();
            }
        }, true, true);
        return context;
    }

    @Test
    void favoriteOnTheLivingRoomPicoStartsTheMovieScene() throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.resolveMandatoryResource(context, "classpath:routes/pico-movie-scene.camel.yaml"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> bridge.loginCount() == 1
                                                         && bridge.received().contains("#MONITORING,3,1"));
        bridge.pressButton(21, 3);
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> bridge.received().contains("#DEVICE,1,3,3") && bridge.received().contains("#DEVICE,1,3,4"));
    }
}
