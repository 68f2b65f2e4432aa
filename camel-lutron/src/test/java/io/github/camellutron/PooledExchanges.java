package io.github.camellutron;

import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.engine.PooledExchangeFactory;
import org.apache.camel.spi.PooledObjectFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camel's pooled exchange factory for a test's context ({@code camel.main.exchangeFactory=pooled}), with the
 * statistics that show whether every exchange a consumer took went back to the pool once.
 */
public final class PooledExchanges {

    private PooledExchanges() {
    }

    /** Makes the context's consumers take their exchanges from pools; call before the context starts. */
    public static void use(CamelContext context) {
        PooledExchangeFactory factory = new PooledExchangeFactory();
        factory.setStatisticsEnabled(true);
        context.getCamelContextExtension().setExchangeFactory(factory);
    }

    /**
     * Waits until every exchange the context's consumers took is back in a pool (or discarded by a full one) exactly
     * once, and checks that consecutive events reused exchanges rather than each making one.
     */
    public static void awaitEveryExchangeBackOnce(CamelContext context, int events) {
        PooledObjectFactory.Statistics pool = context.getCamelContextExtension().getExchangeFactoryManager()
                .getStatistics();
        await().untilAsserted(() -> assertThat(pool.getReleasedCounter() + pool.getDiscardedCounter())
                .as("exchanges given back, of %d taken", pool.getCreatedCounter() + pool.getAcquiredCounter())
                .isEqualTo(pool.getCreatedCounter() + pool.getAcquiredCounter()));
        assertThat(pool.getAcquiredCounter()).isGreaterThan(events / 2);
    }

    /** What a test compares of a routed event: its connection state, {@code resync}, or {@code zone=level}. */
    public static String describe(Message in) {
        if (in.getHeader(LutronConstants.CONNECTION_STATE) != null) {
            return in.getHeader(LutronConstants.CONNECTION_STATE, String.class);
        }
        if (Boolean.TRUE.equals(in.getHeader(LutronConstants.RESYNC))) {
            return "resync";
        }
        return in.getHeader(LutronConstants.ZONE_ID) + "=" + in.getHeader(LutronConstants.LEVEL);
    }
}
