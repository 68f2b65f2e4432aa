package io.github.camellutron.examples;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;

/** The YAML route of the demo, loaded the way Camel Main loads it, against the simulated house. */
class YamlRouteTest extends SimulatedHouseTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("lutron.lip.uri", bridgeEndpoint().uri());
        context.getPropertiesComponent().setInitialProperties(properties);
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
