package io.github.camellutron.lip;

import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.github.camellutron.LutronConstants;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The consumer's bridge connection seen and driven through JMX. */
class LipJmxTest extends LipTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("")).routeId("events").to("mock:events");
            }
        };
    }

    @Test
    void connectionAttributesAndReconnectOperation() throws Exception {
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
        MBeanServer mbeans = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        Set<ObjectName> names = mbeans.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null);
        ObjectName consumer = names.stream().filter(n -> n.toString().contains("LipConsumer")).findFirst().orElseThrow();
        assertThat(mbeans.getAttribute(consumer, "Connected")).isEqualTo(true);
        assertThat(mbeans.getAttribute(consumer, "Bridge")).isEqualTo("127.0.0.1:" + simulator.port());
        assertThat(mbeans.getAttribute(consumer, "ConnectionState")).isEqualTo("CONNECTED");
        assertThat((String) mbeans.getAttribute(consumer, "LastMessageTime")).isNotNull();
        mbeans.invoke(consumer, "reconnect", null, null);
        await().until(() -> simulator.loginCount() == 2 && Boolean.TRUE.equals(mbeans.getAttribute(consumer, "Connected")));
        assertThat((Long) mbeans.getAttribute(consumer, "ReconnectCount")).isGreaterThanOrEqualTo(1L);
    }
}
