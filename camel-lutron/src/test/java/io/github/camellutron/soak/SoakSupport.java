package io.github.camellutron.soak;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camellutron.AbstractLutronConsumer;
import io.github.camellutron.LutronConstants;
import io.github.camellutron.event.RawEvent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One soak of a scheme against its simulator: {@value #EVENTS} zone events through a Camel route into a counting
 * processor, in bursts of {@value #BURST} lines (one write each), with bad frames after every burst and a dropped
 * connection every {@value #DROP_EVERY} events, under Netty's PARANOID leak detector.
 * <p>
 * Counting is exact and ordered: the route counts live (resync=false) zone events of the flooded zone, and the n-th
 * must carry level {@code (n % BURST) / 100}, so one lost, duplicated or reordered event fails the soak. Before
 * every drop the test waits for a marker sent after the last burst (a line with no normalized form, routed as a
 * {@code Raw} event): events come in the bridge's order, so when the marker is in, everything sent before it is
 * counted, and the count must then be exactly what was sent. After every drop it waits for {@code Connected} and
 * the flooded zone's resync snapshot (marked resync=true, not counted as live) before sending on.
 */
@Tag("soak")
abstract class SoakSupport {

    /** Installed before anything in this JVM makes a Netty buffer: see {@link LeakRecorder}. */
    static final LeakRecorder LEAKS = LeakRecorder.install();

    static final int EVENTS = 1_000_000;
    static final int BURST = 10_000;
    static final int DROP_EVERY = 100_000;
    static final int GARBAGE_LENGTH = 64;

    private static final Logger LOG = LoggerFactory.getLogger(SoakSupport.class);
    private static final Pattern MARKER = Pattern.compile("soakmarker[,/](\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** Bad frames sent: what the connection must count as bad frames. */
    long badFramesSent;

    /** The scheme's name, for the figures. */
    abstract String protocol();

    /** Starts the simulator. */
    abstract void startBridge() throws Exception;

    abstract void closeBridge() throws Exception;

    /** The consumer endpoint for the simulator. */
    abstract String uri();

    /** The zone flooded with level reports. */
    abstract int zone();

    /** The line reporting {@code zone()} at level {@code hundredths / 100}, as the bridge would send it. */
    abstract String zoneLine(int hundredths);

    /** A line with no normalized form that carries {@code soakmarker,N} or {@code soakmarker/N}. */
    abstract String markerLine(int n);

    /** Sends text as one write; the simulator adds the last line end. */
    abstract void inject(String text);

    abstract void sendGarbage(byte[] bytes);

    abstract void dropConnections();

    /**
     * Bad frames to send after a burst, each ended by a line end, counted in {@link #badFramesSent} (what the
     * connection must count and skip); with a line too long for the endpoint's {@code maxLineLength} when
     * {@code tooLong}.
     */
    abstract byte[] badFrames(Random random, boolean tooLong);

    /** Resync events of the flooded zone routes must have got once {@code sessions} sessions were up. */
    abstract long resyncsAfter(int sessions);

    /** Random bytes that are no text of the protocol: no line end, no telnet IAC, starting with a high byte. */
    static byte[] garbage(Random random) {
        byte[] bytes = new byte[GARBAGE_LENGTH];
        for (int i = 0; i < bytes.length; i++) {
            int b;
            do {
                b = i == 0 ? 0x80 + random.nextInt(0x7F) : 1 + random.nextInt(0xFE);
            } while (b == '\r' || b == '\n' || b == 0xFF);
            bytes[i] = (byte) b;
        }
        return bytes;
    }

    static String hundredths(int hundredths) {
        return String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static ConditionFactory fast() {
        return await().atMost(PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1));
    }

    /** Waits for a condition; on timeout, says where the events stand. */
    private static void awaitFor(String what, Counter counter, AbstractLutronConsumer<?, ?> consumer,
                                 Callable<Boolean> condition) {
        try {
            fast().until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No " + what + " within " + PATIENCE + ": " + counter.live.get()
                                     + " live events and marker " + counter.marker.get() + " routed, "
                                     + consumer.getPendingExchangesSize() + " queued, connection "
                                     + consumer.getConnectionState() + ", " + consumer.getBadFrameCount()
                                     + " bad frames", e);
        }
    }

    static long heapUsedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Runs the soak and checks every count, the order, the leak reports and the heap. */
    void soak() throws Exception {
        // the recorder is in effect, and whatever the JVM lost so far is reported
        LEAKS.awaitCanary();
        assertThat(LEAKS.leaks()).as("leaks before the soak").isEmpty();

        startBridge();
        Counter counter = new Counter(zone());
        CamelContext context = new DefaultCamelContext();
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri()).routeId("soak").process(counter);
                }
            });
            context.start();
            AbstractLutronConsumer<?, ?> consumer = (AbstractLutronConsumer<?, ?>) context.getRoute("soak").getConsumer();
            int sessions = 1;
            awaitSession(counter, sessions);

            StringBuilder text = new StringBuilder(BURST * 32);
            for (int j = 0; j < BURST; j++) {
                if (j > 0) {
                    text.append("\r\n");
                }
                text.append(zoneLine(j));
            }
            String burst = text.toString();
            Random random = new Random(20240611);
            long heapBefore = heapUsedAfterGc();
            int markers = 0;
            long sent = 0;
            long started = System.nanoTime();
            for (int b = 0; b < EVENTS / BURST; b++) {
                // at most two bursts on their way: the pipe stays full, the simulator's write buffer bounded
                long mayLag = sent - BURST;
                awaitFor("the route to catch up with " + mayLag + " events", counter, consumer,
                        () -> counter.live.get() >= mayLag);
                inject(burst);
                sent += BURST;
                boolean checkpoint = sent % DROP_EVERY == 0;
                sendGarbage(badFrames(random, checkpoint));
                if (checkpoint) {
                    int marker = ++markers;
                    inject(markerLine(marker));
                    awaitFor("marker " + marker, counter, consumer, () -> counter.marker.get() >= marker);
                    assertThat(counter.problems()).as("problems").isEmpty();
                    assertThat(counter.marker.get()).as("marker").isEqualTo(marker);
                    assertThat(counter.live.get()).as("live events of zone %d after %d sent", zone(), sent)
                            .isEqualTo(sent);
                    assertThat(consumer.getBadFrameCount()).as("bad frames counted").isEqualTo(badFramesSent);
                    dropConnections();
                    awaitSession(counter, ++sessions);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            // the last session replays nothing: after its snapshot, a last marker finds the count unchanged
            int last = ++markers;
            inject(markerLine(last));
            awaitFor("marker " + last, counter, consumer, () -> counter.marker.get() >= last);
            long heapAfter = heapUsedAfterGc();

            assertThat(counter.live.get()).isEqualTo(EVENTS);
            assertThat(counter.problems()).isEmpty();
            assertThat(consumer.getReconnectCount()).as("reconnects").isEqualTo(EVENTS / DROP_EVERY);
            assertThat(counter.disconnected.get()).as("Disconnected events").isEqualTo(EVENTS / DROP_EVERY);
            assertThat(counter.unexpected).as("live events of other kinds or zones").isEmpty();
            LOG.info("SOAK {}: {} events in {} s = {} events/s; {} reconnects, {} bad frames skipped; heap used after"
                     + " GC {} MiB before, {} MiB after; snapshot events by type {}",
                    protocol(), EVENTS, String.format(Locale.ROOT, "%.1f", seconds),
                    String.format(Locale.ROOT, "%.0f", EVENTS / seconds), consumer.getReconnectCount(),
                    badFramesSent, mib(heapBefore), mib(heapAfter), counter.snapshot);
            // generous: the soak must not keep what it routed (100 bridges are budgeted at 64 MiB)
            assertThat(heapAfter - heapBefore).as("heap growth, bytes").isLessThan(32L * 1024 * 1024);
        } finally {
            context.stop();
            closeBridge();
        }
        LEAKS.awaitCanary();
        List<String> leaks = LEAKS.leaks();
        LOG.info("SOAK {}: {} leak reports", protocol(), leaks.size());
        assertThat(leaks).as("Netty leak reports").isEmpty();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    }

    /** Waits for the {@code sessions}-th {@code Connected} and the flooded zone's snapshot of that session. */
    private void awaitSession(Counter counter, int sessions) {
        long resyncs = resyncsAfter(sessions);
        fast().until(() -> counter.connected.get() >= sessions && counter.resync.get() >= resyncs);
        assertThat(counter.connected.get()).as("Connected events").isEqualTo(sessions);
        assertThat(counter.resync.get()).as("resync events of zone %d", zone()).isEqualTo(resyncs);
    }

    /** Counts what the route gets; runs on the consumer's routing thread, one exchange at a time. */
    static final class Counter implements Processor {
        final int zone;
        final AtomicLong live = new AtomicLong();
        final AtomicLong resync = new AtomicLong();
        final AtomicLong connected = new AtomicLong();
        final AtomicLong disconnected = new AtomicLong();
        final AtomicLong marker = new AtomicLong();
        /** Events of the snapshots that are not the flooded zone's, by type (the other zones, subscriptions). */
        final Map<String, LongAdder> snapshot = new ConcurrentHashMap<>();
        /** Live events that nobody sent. */
        final Map<String, LongAdder> unexpected = new ConcurrentHashMap<>();
        private final List<String> problems = new ArrayList<>();

        Counter(int zone) {
            this.zone = zone;
        }

        synchronized List<String> problems() {
            return List.copyOf(problems);
        }

        private synchronized void problem(String problem) {
            if (problems.size() < 20) {
                problems.add(problem);
            }
        }

        @Override
        public void process(Exchange exchange) {
            var message = exchange.getMessage();
            String type = message.getHeader(LutronConstants.EVENT_TYPE, String.class);
            switch (type) {
                case "Connection" -> {
                    if ("Connected".equals(message.getHeader(LutronConstants.CONNECTION_STATE))) {
                        connected.incrementAndGet();
                    } else {
                        disconnected.incrementAndGet();
                    }
                }
                case "ZoneStatus" -> {
                    boolean isResync = Boolean.TRUE.equals(message.getHeader(LutronConstants.RESYNC));
                    Integer id = message.getHeader(LutronConstants.ZONE_ID, Integer.class);
                    if (id != null && id == zone) {
                        if (isResync) {
                            resync.incrementAndGet();
                        } else {
                            long n = live.getAndIncrement();
                            long level = Math.round(message.getHeader(LutronConstants.LEVEL, Double.class) * 100);
                            if (level != n % BURST) {
                                problem("live event " + n + " has level " + level / 100.0 + ", expected "
                                        + (n % BURST) / 100.0);
                            }
                        }
                    } else {
                        (isResync ? snapshot : unexpected).computeIfAbsent("ZoneStatus " + id, k -> new LongAdder())
                                .increment();
                    }
                }
                case "Raw" -> {
                    String text = message.getBody(RawEvent.class).text();
                    Matcher m = MARKER.matcher(text);
                    if (m.find()) {
                        long n = Long.parseLong(m.group(1));
                        if (n != marker.get() + 1) {
                            problem("marker " + n + " after marker " + marker.get());
                        }
                        marker.set(n);
                    } else {
                        unexpected.computeIfAbsent("Raw " + text, k -> new LongAdder()).increment();
                    }
                }
                default -> snapshot.computeIfAbsent(type, k -> new LongAdder()).increment();
            }
        }
    }
}
