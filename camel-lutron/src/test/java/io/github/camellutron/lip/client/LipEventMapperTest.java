package io.github.camellutron.lip.client;

import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.event.RawEvent;
import io.github.camellutron.event.ZoneStatus;
import io.github.camellutron.lip.protocol.LipMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LipEventMapperTest {

    private final LipEventMapper mapper = new LipEventMapper("repeater:23", LutronCatalog.empty());

    @Test
    void aLevelReportIsAZoneStatus() {
        assertThat(mapper.map(LipMessage.parse("~OUTPUT,2,1,75.50"), false))
                .isInstanceOfSatisfying(ZoneStatus.class, z -> {
                    assertThat(z.zoneId()).isEqualTo(2);
                    assertThat(z.level()).isEqualTo(75.5);
                });
    }

    /** Found by LipFrameDecoderFuzzTest: Double.parseDouble took all of these as zone levels. */
    @ParameterizedTest
    @ValueSource(strings = { "~OUTPUT,2,1,-0.00", "~OUTPUT,2,1,-5", "~OUTPUT,2,1,150.00", "~OUTPUT,2,1,NaN",
            "~OUTPUT,2,1,Infinity" })
    void aLevelOutsideZeroToHundredIsNoZoneStatusButTheRawLine(String line) {
        assertThat(mapper.map(LipMessage.parse(line), false))
                .isInstanceOfSatisfying(RawEvent.class, raw -> assertThat(raw.text()).isEqualTo(line));
    }
}
