package io.github.camellutron.soak;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.ResourceLeakDetectorFactory;
import io.netty.util.ResourceLeakTracker;

import static org.awaitility.Awaitility.await;

/**
 * Netty's leak detector at {@code PARANOID} (every buffer tracked, every access recorded), with every leak report
 * recorded instead of only logged, so that a test can fail on it.
 * <p>
 * Netty makes its detectors when their classes load ({@code AbstractByteBuf}'s with the first buffer), so
 * {@link #install()} must run before any buffer is made in the JVM: the soak tests run in a JVM of their own (the
 * {@code soak} surefire execution), and {@link #awaitCanary()} proves the recorder is in effect by leaking one
 * buffer on purpose and waiting until it is reported. Since a canary is reported only after a garbage collection
 * that found it unreachable, it also flushes the reports of buffers that were lost before it.
 */
final class LeakRecorder extends ResourceLeakDetectorFactory {

    private static final LeakRecorder INSTANCE = new LeakRecorder();
    private static final String CANARY = "soak-leak-canary-";
    private static final Object PROBE = new Object();

    private final List<ResourceLeakDetector<?>> detectors = new CopyOnWriteArrayList<>();
    private final List<String> leaks = new CopyOnWriteArrayList<>();
    private final Set<String> canariesReported = ConcurrentHashMap.newKeySet();
    private final AtomicInteger canaries = new AtomicInteger();

    private LeakRecorder() {
    }

    /** Sets PARANOID and this factory, once per JVM; call before any Netty buffer is made. */
    static synchronized LeakRecorder install() {
        if (ResourceLeakDetectorFactory.instance() != INSTANCE) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
            ResourceLeakDetectorFactory.setResourceLeakDetectorFactory(INSTANCE);
        }
        return INSTANCE;
    }

    @Override
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval, long maxActive) {
        return newResourceLeakDetector(resource, samplingInterval);
    }

    @Override
    public <T> ResourceLeakDetector<T> newResourceLeakDetector(Class<T> resource, int samplingInterval) {
        ResourceLeakDetector<T> detector = new Recording<>(resource, samplingInterval);
        detectors.add(detector);
        return detector;
    }

    /** Every leak reported so far, canaries left out: the resource type and the access records. */
    List<String> leaks() {
        return List.copyOf(leaks);
    }

    /**
     * Leaks one buffer on purpose, then collects garbage until the detector reports it (at most 60 s), and does it
     * once more so that the reports of everything lost before the first canary are in too.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when the canary is never reported: the recorder is not in
     *         effect (a buffer was made in this JVM before {@link #install()})
     */
    void awaitCanary() {
        for (int round = 0; round < 2; round++) {
            String canary = CANARY + canaries.incrementAndGet();
            leakOneBuffer(canary);
            await("the leak detector reports the canary " + canary
                  + " (if never: a Netty buffer was made in this JVM before LeakRecorder.install())")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        System.gc();
                        drain();
                        return canariesReported.contains(canary);
                    });
        }
    }

    /** A pooled buffer, as channels allocate them, made unreachable without being released. */
    private static void leakOneBuffer(String hint) {
        ByteBuf buffer = ByteBufAllocator.DEFAULT.buffer(16);
        buffer.writeInt(42);
        buffer.touch(hint);
    }

    /** Makes every detector look at the references the collector cleared: detectors report on their next track. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private void drain() {
        for (ResourceLeakDetector detector : detectors) {
            ResourceLeakTracker tracker = detector.track(PROBE);
            if (tracker != null) {
                tracker.close(PROBE);
            }
        }
    }

    private void record(String resourceType, String records) {
        int at = records.indexOf(CANARY);
        if (at >= 0) {
            int end = at + CANARY.length();
            while (end < records.length() && Character.isDigit(records.charAt(end))) {
                end++;
            }
            canariesReported.add(records.substring(at, end));
        } else {
            leaks.add("LEAK of " + resourceType + (records.isEmpty() ? " (no records)" : ":" + records));
        }
    }

    private final class Recording<T> extends ResourceLeakDetector<T> {

        Recording(Class<?> resourceType, int samplingInterval) {
            super(resourceType, samplingInterval);
        }

        @Override
        protected boolean needReport() {
            return true;
        }

        @Override
        protected void reportTracedLeak(String resourceType, String records) {
            record(resourceType, records);
        }

        @Override
        protected void reportUntracedLeak(String resourceType) {
            record(resourceType, "");
        }
    }
}
