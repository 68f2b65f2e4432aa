package io.github.camellutron.leap.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camellutron.leap.client.LeapException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeapMessageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void headerBeforeCommuniqueTypeAsQsxSendsIt() {
        LeapMessage m = LeapMessage.parse("{\"Header\":{\"Url\":\"/zone/5/status\",\"StatusCode\":\"200 OK\","
                                          + "\"MessageBodyType\":\"OneZoneStatus\"},\"Body\":{\"ZoneStatus\":{"
                                          + "\"href\":\"/zone/5/status\",\"Level\":40,"
                                          + "\"Zone\":{\"href\":\"/zone/5\"}}},"
                                          + "\"CommuniqueType\":\"ReadResponse\"}");

        assertThat(m.type()).isEqualTo(CommuniqueType.ReadResponse);
        assertThat(m.communiqueType()).isEqualTo("ReadResponse");
        assertThat(m.url()).isEqualTo("/zone/5/status");
        assertThat(m.status()).isEqualTo(LeapStatus.OK);
        assertThat(m.bodyType()).isEqualTo("OneZoneStatus");
        assertThat(m.clientTag()).isNull();
        assertThat(m.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":\"200 OK\","
                                         + "\"Url\":\"/zone/5/status\",\"MessageBodyType\":\"OneZoneStatus\"},"
                                         + "\"Body\":{\"ZoneStatus\":{\"href\":\"/zone/5/status\",\"Level\":40,"
                                         + "\"Zone\":{\"href\":\"/zone/5\"}}}}");
    }

    @Test
    void unknownCommuniqueTypeIsKeptAsText() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ExecuteRequest\",\"Header\":{\"Url\":\"/x\"}}");

        assertThat(m.type()).isNull();
        assertThat(m.communiqueType()).isEqualTo("ExecuteRequest");
        assertThat(m.toJson()).isEqualTo("{\"CommuniqueType\":\"ExecuteRequest\",\"Header\":{\"Url\":\"/x\"}}");
    }

    @Test
    void unknownBodyTypeIsKeptAsTree() throws Exception {
        String json = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"MessageBodyType\":\"OneFutureDefinition\","
                      + "\"StatusCode\":\"200 OK\",\"Url\":\"/future/1\"},\"Body\":{\"Future\":{\"Deep\":[1,2.5,"
                      + "{\"x\":null}],\"Flag\":true}}}";
        LeapMessage m = LeapMessage.parse(json);

        assertThat(m.bodyType()).isEqualTo("OneFutureDefinition");
        assertThat(m.body().at("/Future/Deep/1").doubleValue()).isEqualTo(2.5);
        assertThat(m.body().at("/Future/Flag").booleanValue()).isTrue();
        assertThat(tree(m.toJson())).isEqualTo(tree(json));
        assertThat(LeapBodies.zoneStatuses(m)).isEmpty();
        assertThat(LeapBodies.project(m)).isNull();
    }

    @Test
    void unknownHeaderAndTopLevelFieldsTravelThrough() throws Exception {
        String json = "{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/area\",\"Priority\":3},"
                      + "\"Trace\":{\"id\":\"abc\"}}";
        LeapMessage m = LeapMessage.parse(json);

        assertThat(m.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/area\","
                                         + "\"Priority\":3},\"Trace\":{\"id\":\"abc\"}}");
        assertThat(m).isNotEqualTo(LeapRequests.read("/area"));
        assertThat(m.withClientTag("t").toJson()).contains("\"ClientTag\":\"t\",\"Priority\":3");
    }

    @Test
    void missingOrNullBodyIsNull() {
        LeapMessage missing = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{"
                                                + "\"StatusCode\":\"204 NoContent\",\"Url\":\"/device\"}}");
        LeapMessage explicitNull = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{"
                                                     + "\"StatusCode\":\"204 NoContent\",\"Url\":\"/device\"},"
                                                     + "\"Body\":null}");

        assertThat(missing.body()).isNull();
        assertThat(explicitNull).isEqualTo(missing);
        assertThat(missing.toJson()).doesNotContain("Body");
        assertThat(LeapBodies.devices(missing)).isEmpty();
        assertThat(LeapBodies.buttonEvent(missing)).isNull();
        assertThat(LeapBodies.ping(missing)).isNull();
    }

    @Test
    void missingHeaderGivesAnEmptyOne() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\"}");

        assertThat(m.header()).isEqualTo(new LeapHeader(null, null, null, null, null, null));
        assertThat(m.url()).isNull();
        assertThat(m.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{}}");
    }

    @Test
    void lapPairingMessagesHaveNoCommuniqueType() {
        LeapMessage status = LeapMessage.parse("{\"Header\":{\"StatusCode\":\"200 OK\",\"ContentType\":"
                                               + "\"status;plurality=single\"},\"Body\":{\"Status\":{\"Permissions\":"
                                               + "[\"Public\",\"PhysicalAccess\"]}}}");
        assertThat(status.communiqueType()).isNull();
        assertThat(status.type()).isNull();
        assertThat(status.header().contentType()).isEqualTo("status;plurality=single");
        assertThat(status.body().at("/Status/Permissions/1").asText()).isEqualTo("PhysicalAccess");
        assertThat(status.toJson()).startsWith("{\"Header\":{\"StatusCode\":\"200 OK\",\"ContentType\":");

        String csr = "{\"Header\":{\"RequestType\":\"Execute\",\"Url\":\"/pair\",\"ClientTag\":\"get-cert\"},"
                     + "\"Body\":{\"CommandType\":\"CSR\",\"Parameters\":{\"DisplayName\":\"camel\"}}}";
        LeapMessage request = LeapMessage.parse(csr);
        assertThat(request.clientTag()).isEqualTo("get-cert");
        assertThat(LeapMessage.parse(request.toJson())).isEqualTo(request);
        assertThat(request.toJson()).contains("\"RequestType\":\"Execute\"");
    }

    @Test
    void lapExceptionIsAnError() {
        LeapMessage m = LeapMessage.parse("{\"Header\":{\"StatusCode\":\"401 Unauthorized\",\"ClientTag\":\"get-cert\","
                                          + "\"ContentType\":\"exception;plurality=single\"},\"Body\":{\"Exception\":{"
                                          + "\"Message\":\"You are not authorized\"}}}");

        assertThat(m.isError()).isTrue();
        LeapException e = LeapException.of(m);
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.reason()).isEqualTo("Unauthorized");
        assertThat(e.url()).isNull();
        assertThat(e.bridgeMessage()).isEqualTo("You are not authorized");
    }

    @Test
    void exceptionResponseCarriesAllFourParts() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ExceptionResponse\",\"Header\":{\"StatusCode\":"
                                          + "\"400 BadRequest\",\"Url\":\"/zone/99/commandprocessor\","
                                          + "\"MessageBodyType\":\"ExceptionDetail\",\"ClientTag\":\"t1\"},"
                                          + "\"Body\":{\"Message\":\"Zone does not exist\"}}");

        assertThat(m.isError()).isTrue();
        LeapException e = LeapException.of(m);
        assertThat(e).isInstanceOf(RuntimeException.class)
                .hasMessage("LEAP request failed: 400 BadRequest for /zone/99/commandprocessor: Zone does not exist");
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.reason()).isEqualTo("BadRequest");
        assertThat(e.url()).isEqualTo("/zone/99/commandprocessor");
        assertThat(e.bridgeMessage()).isEqualTo("Zone does not exist");
    }

    @Test
    void errorsWithoutStatusOrMessage() {
        LeapMessage noStatus = LeapMessage.parse("{\"CommuniqueType\":\"ExceptionResponse\",\"Header\":{}}");
        assertThat(noStatus.isError()).isTrue();
        assertThat(LeapException.of(noStatus)).hasMessage("LEAP request failed: no status for (no URL)");

        LeapMessage notFound = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{"
                                                 + "\"StatusCode\":\"404 Not Found\",\"Url\":\"/device/3/status\"}}");
        assertThat(notFound.isError()).isTrue();
        assertThat(LeapException.of(notFound)).hasMessage("LEAP request failed: 404 Not Found for /device/3/status");
    }

    @Test
    void errorMessageOfBothShapes() throws Exception {
        assertThat(LeapBodies.errorMessage(tree("{\"Message\":\"m1\"}"))).isEqualTo("m1");
        assertThat(LeapBodies.errorMessage(tree("{\"Exception\":{\"Message\":\"m2\"}}"))).isEqualTo("m2");
        assertThat(LeapBodies.errorMessage(tree("{\"Other\":1}"))).isNull();
        assertThat(LeapBodies.errorMessage(null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "200 OK|200|OK|true|200 OK",
            "201 Created|201|Created|true|201 Created",
            "204 NoContent|204|NoContent|true|204 NoContent",
            "404 NotFound|404|NotFound|false|404 NotFound",
            "404 Not Found|404|Not Found|false|404 Not Found",
            "500 InternalError|500|InternalError|false|500 InternalError",
            "'  200   OK '|200|OK|true|200 OK",
            "299|299|''|true|299",
            "300 Multiple|300|Multiple|false|300 Multiple",
            "199 Early|199|Early|false|199 Early",
            "InternalError|0|InternalError|false|InternalError",
            "200OK|0|200OK|false|200OK",
            "12345678901 Big|0|12345678901 Big|false|12345678901 Big" })
    void statusVariants(String text, int code, String reason, boolean success, String written) {
        LeapStatus status = LeapStatus.parse(text);

        assertThat(status.code()).isEqualTo(code);
        assertThat(status.reason()).isEqualTo(reason);
        assertThat(status.isSuccess()).isEqualTo(success);
        assertThat(status).hasToString(written);
        assertThat(LeapStatus.parse(status.toString())).isEqualTo(status);
    }

    @Test
    void noStatus() {
        assertThat(LeapStatus.parse(null)).isNull();
        assertThat(LeapStatus.parse("  ")).isNull();
        assertThatThrownBy(() -> new LeapStatus(200, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statusGivenAsNumberStillParses() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":200}}");

        assertThat(m.status()).isEqualTo(new LeapStatus(200, ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "{", "not json", "{\"CommuniqueType\":}", "[1,2]", "\"text\"", "42", "null",
            "{\"Header\":{}} {\"Header\":{}}", "{\"Header\":\"x\"}", "{\"Header\":[]}",
            "{\"CommuniqueType\":{\"a\":1}}", "{\"Header\":{\"Url\":[\"/a\"]}}" })
    void invalidInputIsALeapParseException(String text) {
        assertThatThrownBy(() -> LeapMessage.parse(text)).isInstanceOf(LeapParseException.class)
                .isInstanceOf(IllegalArgumentException.class);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LeapMessage.parse(bytes, 0, bytes.length)).isInstanceOf(LeapParseException.class);
    }

    @Test
    void parseErrorQuotesAShortExcerpt() {
        String garbage = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/a\"}, oops " + "x".repeat(5000);

        assertThatThrownBy(() -> LeapMessage.parse(garbage)).isInstanceOf(LeapParseException.class)
                .hasMessageStartingWith("Not valid JSON (")
                .hasMessageContaining(": \"{\"CommuniqueType\":\"ReadResponse\"")
                .hasMessageEndingWith("...\"")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
        assertThatThrownBy(() -> LeapMessage.parse("[1]\r"))
                .hasMessage("LEAP message is not a JSON object: \"[1]\\x0d\"");
        assertThatThrownBy(() -> LeapMessage.parse((String) null)).isInstanceOf(LeapParseException.class);
    }

    @Test
    void parsesASliceOfABuffer() {
        String frame = "{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/zone/1/status\"},"
                       + "\"Body\":{\"Name\":\"K\u00fcche\"}}";
        byte[] buffer = ("xx" + frame + "\r\nyy").getBytes(StandardCharsets.UTF_8);
        int length = frame.getBytes(StandardCharsets.UTF_8).length;

        // the CR is included: white space after the object is harmless
        LeapMessage m = LeapMessage.parse(buffer, 2, length + 1);

        assertThat(m.url()).isEqualTo("/zone/1/status");
        assertThat(m.body().get("Name").asText()).isEqualTo("K\u00fcche");
        assertThat(LeapMessage.parse(buffer, 2, length)).isEqualTo(m);
        assertThatThrownBy(() -> LeapMessage.parse(buffer, 2, length + 4)).isInstanceOf(LeapParseException.class);
        assertThatThrownBy(() -> LeapMessage.parse(buffer, 2, buffer.length))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void untaggedAndTaggedRequests() {
        LeapMessage untagged = LeapRequests.read("/area");
        LeapMessage tagged = untagged.withClientTag("0b6a1f4e");

        assertThat(untagged.clientTag()).isNull();
        assertThat(untagged.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/area\"}}");
        assertThat(tagged.clientTag()).isEqualTo("0b6a1f4e");
        assertThat(tagged.toJson())
                .isEqualTo("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/area\","
                           + "\"ClientTag\":\"0b6a1f4e\"}}");
        assertThat(tagged).isNotEqualTo(untagged);
        assertThat(tagged.withClientTag(null)).isEqualTo(untagged).hasSameHashCodeAs(untagged);
    }

    @Test
    void pagingIsEchoedIntoTheNextRequest() throws Exception {
        LeapMessage page1 = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":"
                                              + "\"200 OK\",\"Url\":\"/device\",\"MessageBodyType\":"
                                              + "\"MultipleDeviceDefinition\",\"ClientTag\":\"a\",\"Paging\":"
                                              + "{\"NextPage\":2,\"Token\":\"t\"}},\"Body\":{\"Devices\":[]}}");
        LeapMessage request = LeapRequests.read("/device").withClientTag("b");

        LeapMessage next = request.withPaging(page1.header().paging());

        assertThat(page1.header().paging()).isEqualTo(tree("{\"NextPage\":2,\"Token\":\"t\"}"));
        assertThat(next.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadRequest\",\"Header\":{\"Url\":\"/device\","
                                            + "\"ClientTag\":\"b\",\"Paging\":{\"NextPage\":2,\"Token\":\"t\"}}}");
        assertThat(request.header().paging()).isNull();
        assertThat(next.withPaging(null)).isEqualTo(request);
        assertThat(LeapMessage.parse(next.toJson())).isEqualTo(next);
    }

    @Test
    void responseBuilderShapesWhatABridgeSends() throws Exception {
        JsonNode body = tree("{\"ButtonStatus\":{\"Button\":{\"href\":\"/button/101\"},\"ButtonEvent\":"
                             + "{\"EventType\":\"Press\"}}}");
        LeapMessage event = LeapMessage.response(CommuniqueType.ReadResponse,
                new LeapHeader("/button/101/status/event", "sub-1", LeapStatus.OK, "OneButtonStatusEvent", null, null),
                body);

        assertThat(event.toJson()).isEqualTo("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":"
                                             + "\"200 OK\",\"Url\":\"/button/101/status/event\",\"MessageBodyType\":"
                                             + "\"OneButtonStatusEvent\",\"ClientTag\":\"sub-1\"},\"Body\":"
                                             + "{\"ButtonStatus\":{\"Button\":{\"href\":\"/button/101\"},"
                                             + "\"ButtonEvent\":{\"EventType\":\"Press\"}}}}");
        assertThat(event.toString())
                .isEqualTo("ReadResponse /button/101/status/event 200 OK OneButtonStatusEvent tag=sub-1");

        ((ObjectNode) body).remove("ButtonStatus");
        assertThat(event.body().has("ButtonStatus")).as("the message holds its own copy").isTrue();
        assertThatThrownBy(() -> LeapMessage.response(null, LeapHeader.of("/a"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeapMessage.response(CommuniqueType.ReadResponse, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestValidatesTypeAndUrl() {
        assertThatThrownBy(() -> LeapMessage.request(CommuniqueType.ReadResponse, "/area", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ReadResponse");
        assertThatThrownBy(() -> LeapMessage.request(null, "/area", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeapMessage.request(CommuniqueType.ReadRequest, "area", null))
                .hasMessage("LEAP URL must start with '/': \"area\"");
        assertThatThrownBy(() -> LeapMessage.request(CommuniqueType.ReadRequest, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LeapMessage.request(CommuniqueType.MetadataRequest, "/zone/1", null).type())
                .isEqualTo(CommuniqueType.MetadataRequest);
    }

    @Test
    void toJsonEscapesLineBreaksSoAFrameStaysOneLine() {
        LeapMessage m = LeapRequests.read("/area/1").withClientTag("a\r\nb");

        assertThat(m.toJson()).doesNotContain("\r").doesNotContain("\n").contains("a\\r\\nb");
        assertThat(LeapMessage.parse(m.toJson()).clientTag()).isEqualTo("a\r\nb");
    }

    @Test
    void equalityCoversEveryPart() {
        LeapMessage a = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"Url\":\"/a\"},"
                                          + "\"Body\":{\"x\":1}}");

        assertThat(a).isEqualTo(LeapMessage.parse("{\"Body\":{\"x\":1},\"Header\":{\"Url\":\"/a\"},"
                                                  + "\"CommuniqueType\":\"ReadResponse\"}"));
        assertThat(a).isNotEqualTo(LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":"
                                                     + "{\"Url\":\"/a\"},\"Body\":{\"x\":2}}"));
        assertThat(a).isNotEqualTo(LeapMessage.parse("{\"CommuniqueType\":\"ReadRequest\",\"Header\":"
                                                     + "{\"Url\":\"/a\"},\"Body\":{\"x\":1}}"));
        assertThat(a).isNotEqualTo(null).isNotEqualTo("a");
    }

    @Test
    void communiqueTypeLookup() {
        assertThat(CommuniqueType.values()).hasSize(15);
        for (CommuniqueType t : CommuniqueType.values()) {
            assertThat(CommuniqueType.of(t.name())).isSameAs(t);
        }
        assertThat(CommuniqueType.of("readrequest")).isNull();
        assertThat(CommuniqueType.of(null)).isNull();
        assertThat(CommuniqueType.SubscribeRequest.isRequest()).isTrue();
        assertThat(CommuniqueType.ExceptionResponse.isRequest()).isFalse();
    }

    /** Found by LeapMessageFuzzTest: "0 X" was read as code 0 with reason X, so every write dropped a "0 ". */
    @Test
    void aStatusThatStartsWithZeroIsWrittenBackAsItCame() {
        LeapMessage m = LeapMessage.parse("{\"CommuniqueType\":\"ReadResponse\",\"Header\":{\"StatusCode\":\"0 0 X\"}}");

        assertThat(m.status()).isEqualTo(new LeapStatus(0, "0 0 X"));
        assertThat(m.toJson()).contains("\"StatusCode\":\"0 0 X\"");
        assertThat(LeapMessage.parse(m.toJson())).isEqualTo(m);
        assertThat(LeapStatus.parse("0")).hasToString("0");
    }
}
