package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeapHrefTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/zone/5, 5",
            "/zone/5/status, 5",
            "/area/3, 3",
            "/button/101/status/event, 101",
            "/device/1488/buttongroup/expanded, 1488",
            "/device/4/linknode/53, 4",
            "/server/2/id, 2",
            "/areascene/827, 827",
            "/vbutton/1, 1",
            "/zone/status/12, 12",
            "/device/7?where=IsThisDevice:true, 7" })
    void idIsTheFirstNumericSegmentAfterTheResource(String href, int id) {
        assertThat(LeapHref.id(href)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/zone/status", "/area", "/5", "zone/5", "", "/device?where=x/5", "/zone/5a",
            "/zone/12345678901" })
    void hrefsWithoutAnId(String href) {
        assertThatThrownBy(() -> LeapHref.id(href)).isInstanceOf(LeapParseException.class)
                .hasMessageStartingWith("LEAP href names no id: ");
    }

    @Test
    void nullHref() {
        assertThatThrownBy(() -> LeapHref.id(null)).hasMessage("LEAP href names no id: null");
    }

    @Test
    void idOrNullOfHrefObjects() throws Exception {
        ObjectMapper mapper = new ObjectMapper();

        assertThat(LeapHref.idOrNull(mapper.readTree("{\"href\":\"/zone/5\"}"))).isEqualTo(5);
        assertThat(LeapHref.idOrNull(mapper.readTree("{\"href\":\"/zone/status\"}"))).isNull();
        assertThat(LeapHref.idOrNull(mapper.readTree("{\"href\":5}"))).isNull();
        assertThat(LeapHref.idOrNull(mapper.readTree("{\"Name\":\"x\"}"))).isNull();
        assertThat(LeapHref.idOrNull(mapper.readTree("\"/zone/5\""))).isNull();
        assertThat(LeapHref.idOrNull(mapper.readTree("{}").path("Zone"))).isNull();
        assertThat(LeapHref.idOrNull(null)).isNull();
    }

    @Test
    void resource() {
        assertThat(LeapHref.resource("/zone/5/status")).isEqualTo("zone");
        assertThat(LeapHref.resource("/virtualbutton/1")).isEqualTo("virtualbutton");
        assertThat(LeapHref.resource("/device?where=IsThisDevice:true")).isEqualTo("device");
        assertThat(LeapHref.resource("/area")).isEqualTo("area");
        assertThat(LeapHref.resource("/")).isNull();
        assertThat(LeapHref.resource("zone/5")).isNull();
        assertThat(LeapHref.resource(null)).isNull();
    }

    @Test
    void buildsHrefs() {
        assertThat(LeapHref.href("zone", 5)).isEqualTo("/zone/5");
        assertThat(LeapHref.href("virtualbutton", 12)).isEqualTo("/virtualbutton/12");
        assertThat(LeapHref.id(LeapHref.href("led", 2144))).isEqualTo(2144);
        assertThatThrownBy(() -> LeapHref.href("zone", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LEAP zone id 0 is out of range (must be at least 1)");
        assertThatThrownBy(() -> LeapHref.href("/zone", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeapHref.href("", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeapHref.href(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
