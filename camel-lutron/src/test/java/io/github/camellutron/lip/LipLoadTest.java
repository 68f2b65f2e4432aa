package io.github.camellutron.lip;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.lip.client.LipCommandException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many commands at once, and a storm of errors: every answer matched to its command, the session unharmed. */
class LipLoadTest extends LipTestSupport {

    private static final int[] ZONES = { PENDANTS, UNDER_CABINET };

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lip").to(lip(""));
            }
        };
    }

    @Test
    void fourThousandConcurrentRequestsAllGetTheirOwnAnswer() throws Exception {
        template.requestBody("direct:lip", "#OUTPUT,10,1,25");
        template.requestBody("direct:lip", "#OUTPUT,11,1,75");
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            answers.add(template.asyncRequestBody("direct:lip", "?OUTPUT," + ZONES[i % 2] + ",1"));
        }
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get(30, TimeUnit.SECONDS))
                    .isEqualTo(i % 2 == 0 ? "~OUTPUT,10,1,25.00" : "~OUTPUT,11,1,75.00");
        }
        assertThat(simulator.loginCount()).isEqualTo(1);
    }

    @Test
    void aStormOfErrorAnswersFailsEachCommandAndTheSessionGoesOn() throws Exception {
        List<CompletableFuture<Object>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            answers.add(template.asyncRequestBody("direct:lip", "#OUTPUT,9999,1," + (i % 100)));
        }
        for (CompletableFuture<Object> answer : answers) {
            assertThat(answer).failsWithin(30, TimeUnit.SECONDS).withThrowableThat()
                    .havingRootCause().isInstanceOf(LipCommandException.class).withMessageContaining("~ERROR,2");
        }
        assertThat(template.requestBody("direct:lip", "#OUTPUT,10,1,60")).isEqualTo("~OUTPUT,10,1,60.00");
        assertThat(simulator.loginCount()).isEqualTo(1);
    }
}
