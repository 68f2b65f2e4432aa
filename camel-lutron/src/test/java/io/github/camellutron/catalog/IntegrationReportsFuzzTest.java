package io.github.camellutron.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the integration report readers ({@code DbXmlInfo.xml} and the Caseta JSON report) with what a repeater's web
 * server or a report file could hold. A report in memory cannot fail to be read, so the only exception allowed is the
 * documented {@link IllegalArgumentException} for a report that is empty, of neither format or malformed (the loader
 * logs that as "malformed", an {@link IOException} as "cannot be loaded"). Each reader gives what the format-sniffing
 * {@link IntegrationReports#parse} gives, and every catalog it builds answers its lookups.
 *
 * <p>
 * Seeds: the reports of the tests (copied by the build into {@code IntegrationReportsFuzzTestInputs}); fuzzing:
 * docs/reliability.md.
 */
class IntegrationReportsFuzzTest {

    @FuzzTest(maxDuration = "1m")
    void parse(byte[] report) throws IOException {
        LutronCatalog catalog;
        try {
            catalog = IntegrationReports.parse(new ByteArrayInputStream(report));
        } catch (IllegalArgumentException e) {
            catalog = null;
        }
        LutronCatalog xml = orNull(() -> IntegrationReports.parseDbXmlInfo(new ByteArrayInputStream(report)));
        LutronCatalog json = orNull(() -> IntegrationReports.parseCasetaReport(new ByteArrayInputStream(report)));
        if (catalog == null) {
            return;
        }
        assertThat(xml != null || json != null).as("parse read it, so one of the readers does").isTrue();
        for (Zone zone : catalog.zones()) {
            assertThat(catalog.zone(zone.id())).isPresent();
        }
        for (Device device : catalog.devices()) {
            assertThat(catalog.device(device.id())).isPresent();
            for (Button button : device.buttons()) {
                assertThat(catalog.button(device.id(), button.number())).isPresent();
                assertThat(button.deviceId()).isEqualTo(device.id());
            }
        }
        for (Scene scene : catalog.scenes()) {
            assertThat(catalog.scene(scene.id())).isPresent();
            if (scene.name() != null) {
                assertThat(catalog.scene(scene.name())).isPresent();
            }
        }
        for (Area area : catalog.areas()) {
            assertThat(catalog.area(area.id())).isPresent();
        }
    }

    private interface Reader {
        LutronCatalog read() throws IOException;
    }

    private static LutronCatalog orNull(Reader reader) throws IOException {
        try {
            return reader.read();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
