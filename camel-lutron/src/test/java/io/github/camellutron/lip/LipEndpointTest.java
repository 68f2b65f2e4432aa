package io.github.camellutron.lip;

import io.github.camellutron.lip.client.LipConnectionOptions;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LipEndpointTest extends CamelTestSupport {

    @Test
    void hostPortAndDefaults() {
        LipEndpoint endpoint = context.getEndpoint("lutron-lip:repeater.local", LipEndpoint.class);
        assertThat(endpoint.getHost()).isEqualTo("repeater.local");
        assertThat(endpoint.getPort()).isEqualTo(23);
        LipConfiguration c = endpoint.getConfiguration();
        assertThat(c.getUsername()).isEqualTo("lutron");
        assertThat(c.getPassword()).isEqualTo("integration");
        assertThat(c.getResponseTimeout()).isEqualTo(5000);
        assertThat(endpoint.getServiceUrl()).isEqualTo("telnet://repeater.local:23");

        LipEndpoint v6 = context.getEndpoint("lutron-lip:[fe80::1]:2323?username=admin", LipEndpoint.class);
        assertThat(v6.getHost()).isEqualTo("fe80::1");
        assertThat(v6.getPort()).isEqualTo(2323);
        assertThat(v6.getConfiguration().getUsername()).isEqualTo("admin");
    }

    @Test
    void durationsAcceptCamelSyntax() {
        LipEndpoint endpoint = context.getEndpoint(
                "lutron-lip:10.0.0.5:23?keepAliveInterval=1m&responseTimeout=2s&commandDelay=100&maxReconnectDelay=5m",
                LipEndpoint.class);
        LipConfiguration c = endpoint.getConfiguration();
        assertThat(c.getKeepAliveInterval()).isEqualTo(60_000);
        assertThat(c.getResponseTimeout()).isEqualTo(2_000);
        assertThat(c.getCommandDelay()).isEqualTo(100);
        assertThat(c.getMaxReconnectDelay()).isEqualTo(300_000);
    }

    @Test
    void componentConfigurationIsTheDefaultOfEveryEndpoint() {
        LipComponent component = context.getComponent("lutron-lip", LipComponent.class);
        component.getConfiguration().setUsername("installer");
        component.getConfiguration().setCommandDelay(100);
        LipEndpoint endpoint = context.getEndpoint("lutron-lip:host-a?commandDelay=5", LipEndpoint.class);
        assertThat(endpoint.getConfiguration().getUsername()).isEqualTo("installer");
        assertThat(endpoint.getConfiguration().getCommandDelay()).isEqualTo(5);
        assertThat(component.getConfiguration().getCommandDelay()).isEqualTo(100);
    }

    @Test
    void unknownOptionAndBadPortAreRefused() {
        assertThatThrownBy(() -> context.getEndpoint("lutron-lip:host?colour=blue"))
                .isInstanceOf(ResolveEndpointFailedException.class).hasMessageContaining("colour");
        assertThatThrownBy(() -> context.getEndpoint("lutron-lip:host:telnet"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining("Port 'telnet' of lutron-lip:host:telnet is not a number");
    }

    @Test
    void generatedConfigurersAreUsed() {
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("lutron-lip-endpoint", context);
        assertThat(configurer).isInstanceOf(LipEndpointConfigurer.class);
    }

    @Test
    void passwordsNeverShowInUrisOrOptions() {
        LipEndpoint endpoint = context.getEndpoint("lutron-lip:host?password=s3cret", LipEndpoint.class);
        assertThat(endpoint.toString()).doesNotContain("s3cret");
        LipConnectionOptions options = LipConnectionOptions.builder("host").credentials("lutron", "s3cret").build();
        assertThat(options.toString()).doesNotContain("s3cret").contains("lutron@host:23");
    }

    @Test
    void aPasswordFromAPlaceholderInRawKeepsItsCharactersAndIsMaskedWhereCamelShowsTheEndpoint() {
        context.getPropertiesComponent().addInitialProperty("lutron.password", "p&ss+w0rd%");
        LipEndpoint endpoint = context.getEndpoint("lutron-lip:host2?password=RAW({{lutron.password}})",
                LipEndpoint.class);
        assertThat(endpoint.getConfiguration().getPassword()).isEqualTo("p&ss+w0rd%");
        assertThat(endpoint.toString()).doesNotContain("p&ss");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain("p&ss");
    }

    @Test
    void badFilterOptionsFailWithAClearMessage() {
        assertThatThrownBy(() -> io.github.camellutron.AbstractLutronConsumer.parseEventTypes("ZoneStatus,Nope"))
                .hasMessageStartingWith("Unknown event type 'Nope' in eventTypes");
        assertThat(io.github.camellutron.AbstractLutronConsumer.parseEventTypes("zonestatus, Connection")).hasSize(2);
        assertThatThrownBy(() -> LipComponent.monitoringTypes("BUTTON,COLOUR"))
                .hasMessage("Unknown LIP monitoring type 'COLOUR' in monitoringTypes");
        assertThat(LipComponent.monitoringTypes("3, led,5")).hasSize(3);
    }
}
