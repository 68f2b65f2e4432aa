package io.github.camellutron.leap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camellutron.LutronConstants;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A private key file other users can read is warned about, once and naming the file, and still used. */
class LeapKeyFileTest extends LeapTestSupport {

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AbstractAppender appender = new AbstractAppender("key-file-warnings", null, null, true,
            Property.EMPTY_ARRAY) {
        @Override
        public void append(LogEvent event) {
            warnings.add(event.getLevel() + " " + event.getMessage().getFormattedMessage());
        }
    };

    private Logger logger() {
        return (Logger) LogManager.getLogger(LeapComponent.class);
    }

    @BeforeEach
    void capture() {
        appender.start();
        logger().addAppender(appender);
    }

    @AfterEach
    void release() {
        logger().removeAppender(appender);
    }

    @Test
    void aKeyFileReadableByOthersIsWarnedAboutOnceAndStillWorks() throws Exception {
        Path key = certificates.resolve("shared.key");
        Files.copy(certificates.resolve("bridge.key"), key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        String uri = "lutron-leap:127.0.0.1:" + simulator.port() + "?clientCertificate=file:"
                     + certificates.resolve("bridge.crt") + "&clientKey=file:" + key + "&bridgeCertificate=file:"
                     + certificates.resolve("bridge-bridge.crt");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("events").to("mock:events");
                from(uri + "&eventTypes=Connection").routeId("more").to("mock:more");
            }
        });
        awaitExchange(getMockEndpoint("mock:events"), header(LutronConstants.CONNECTION_STATE, "Connected"));
        List<String> aboutTheKey = warnings.stream().filter(w -> w.contains(key.toString())).toList();
        assertThat(aboutTheKey).hasSize(1);
        assertThat(aboutTheKey.get(0)).startsWith("WARN").contains("rw-r--r--").contains("chmod 600");
        assertThat(warnings).noneMatch(w -> w.contains("bridge.key"));
    }
}
