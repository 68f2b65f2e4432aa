package io.github.camellutron.lip;

import org.apache.camel.CamelContext;

/**
 * The tests of {@link LipProducerThreadsTest} with {@code replyPoolSize=1}: a bounded reply pool queues answers for
 * its thread, never hands one back to the I/O thread.
 */
class LipBoundedReplyPoolTest extends LipProducerThreadsTest {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getComponent("lutron-lip", LipComponent.class).setReplyPoolSize(1);
        return context;
    }
}
