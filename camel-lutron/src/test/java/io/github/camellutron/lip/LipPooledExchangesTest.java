package io.github.camellutron.lip;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.github.camellutron.PooledExchanges;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.awaitility.Awaitility.await;

/**
 * With Camel's pooled exchange factory, a consumer gives every exchange back to its pool once, after its route is
 * done with it: an exchange given back twice would sit in the pool twice and be routed for two events at once.
 */
class LipPooledExchangesTest extends LipTestSupport {

    private static final int EVENTS = 100;

    private final List<String> routed = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PooledExchanges.use(context);
        return context;
    }

    @ParameterizedTest(name = "usingExecutorService={0}")
    @ValueSource(booleans = { true, false })
    void everyExchangeGoesBackToItsPoolOnce(boolean usingExecutorService) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(lip("eventTypes=Connection,ZoneStatus&usingExecutorService=" + usingExecutorService))
                        .process(e -> routed.add(PooledExchanges.describe(e.getMessage())));
            }
        });
        await().until(() -> routed.contains("Connected"));
        IntStream.rangeClosed(1, EVENTS).forEach(level -> simulator.setLevelFromWall(PENDANTS, level));

        List<String> expected = IntStream.rangeClosed(1, EVENTS).mapToObj(level -> PENDANTS + "=" + (double) level)
                .toList();
        await().until(() -> routed.stream().filter(expected::contains).toList(), expected::equals);
        PooledExchanges.awaitEveryExchangeBackOnce(context, EVENTS);
    }
}
