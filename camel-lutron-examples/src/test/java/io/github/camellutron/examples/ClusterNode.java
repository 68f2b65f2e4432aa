package io.github.camellutron.examples;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import io.github.camellutron.LutronConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One node of {@link ZooKeeperClusterTest}, in a JVM of its own: a Camel context with the ZooKeeper cluster service
 * and {@link ClusteredRoutes} for every bridge named on the command line, each in its own namespace. Every event the
 * node consumes is printed as one line, {@code EVENT <node> <bridge> <type> <state or zone> <resync>}, for the test
 * to read from the process's output.
 * <p>
 * Arguments: {@code <node id> <ZooKeeper nodes> <session timeout ms> <name>=<endpoint URI>...}
 */
public final class ClusterNode {

    static final String EVENT = "EVENT";
    static final String STARTED = "STARTED";

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        String id = args[0];
        CamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(id);
        context.addService(ClusteredRoutes.zooKeeperClusterService(id, args[1], "/camel-lutron",
                Duration.ofMillis(Long.parseLong(args[2]))));
        for (int i = 3; i < args.length; i++) {
            String[] bridge = args[i].split("=", 2);
            String name = bridge[0];
            context.addRoutes(new ClusteredRoutes(new BridgeEndpoint(name, bridge[1]), "lutron-" + name,
                    "direct:print-" + name));
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:print-" + name).process(e -> {
                        var m = e.getMessage();
                        Object what = m.getHeader(LutronConstants.CONNECTION_STATE) != null
                                ? m.getHeader(LutronConstants.CONNECTION_STATE) : m.getHeader(LutronConstants.ZONE_ID);
                        print(EVENT + " " + id + " " + name + " " + m.getHeader(LutronConstants.EVENT_TYPE) + " "
                              + what + " " + m.getHeader(LutronConstants.RESYNC) + " "
                              + m.getHeader(LutronConstants.LEVEL));
                    });
                }
            });
        }
        context.start();
        print(STARTED + " " + id);
        // runs until the test kills it; a normal stop (SIGTERM) shuts Camel down
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static synchronized void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
