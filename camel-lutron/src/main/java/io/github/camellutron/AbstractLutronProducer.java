package io.github.camellutron;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camellutron.catalog.ControlType;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.catalog.Zone;
import io.github.camellutron.client.LutronTimeoutException;
import io.github.camellutron.client.SupervisedConnection;
import io.github.camellutron.event.LedState;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeTimedOutException;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.TimeUtils;

/**
 * What both schemes' producers do: hold the bridge's shared connection while started, check every input before
 * anything is sent, complete the exchange with the bridge's answer or error (a bridge that does not answer in time:
 * Camel's {@link ExchangeTimedOutException}) and continue it on one of the component's reply threads, never on the I/O
 * thread that every bridge of the context shares, and report the connection's readiness. Subclasses turn an exchange
 * into a command.
 *
 * @param <C> the protocol's connection
 * @param <R> the protocol's answer
 */
public abstract class AbstractLutronProducer<C extends SupervisedConnection<?, ?>, R> extends DefaultAsyncProducer {

    /** A number of seconds, {@code 2} or {@code 2.5}. */
    private static final Pattern SECONDS = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?");
    /** Camel's duration syntax: {@code 500ms}, {@code 2s}, {@code 1m30s}, {@code 1h}. */
    private static final Pattern CAMEL_DURATION = Pattern.compile("(\\d{1,9}(ms|s|m|h))+", Pattern.CASE_INSENSITIVE);
    /** ISO-8601, as {@link Duration#toString()} writes it: {@code PT2.5S}. */
    private static final Pattern ISO_DURATION = Pattern.compile("PT(\\d{1,9}H)?(\\d{1,9}M)?(\\d{1,9}(\\.\\d{1,9})?S)?",
            Pattern.CASE_INSENSITIVE);

    /** Makes health check ids unique when several producers send to one bridge. */
    private static final AtomicInteger PRODUCERS = new AtomicInteger();

    private volatile SessionHandle<C> session;
    private volatile ExecutorService replies;
    private LutronHealthCheck healthCheck;
    private WritableHealthCheckRepository healthRepository;

    protected AbstractLutronProducer(AbstractLutronEndpoint<?, C> endpoint) {
        super(endpoint);
    }

    @Override
    @SuppressWarnings("unchecked")
    public AbstractLutronEndpoint<?, C> getEndpoint() {
        return (AbstractLutronEndpoint<?, C>) super.getEndpoint();
    }

    /**
     * Validates the input and sends the command.
     *
     * @return the answer to come, or null when the exchange is already complete (e.g. the catalog)
     */
    protected abstract CompletableFuture<R> send(Exchange exchange, C connection);

    /** Puts the bridge's answer on an out-capable exchange. */
    protected abstract void reply(Exchange exchange, R answer);

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        AbstractLutronEndpoint<?, C> endpoint = getEndpoint();
        // before the session: process() looks at the session only, and then needs the pool
        replies = endpoint.getComponent().replyThreads();
        session = endpoint.openSession();
        healthRepository = HealthCheckHelper.getHealthCheckRepository(
                endpoint.getCamelContext(), "producers", WritableHealthCheckRepository.class);
        if (healthRepository != null) {
            healthCheck = new LutronHealthCheck(endpoint.getComponent().scheme() + "-producer-" + endpoint.getBridge()
                                                + "-" + PRODUCERS.incrementAndGet(), session.connection());
            healthCheck.setEnabled(endpoint.isHealthCheckProducerEnabled());
            healthRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthRepository != null && healthCheck != null) {
            healthRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        SessionHandle<C> handle = session;
        if (handle != null) {
            session = null;
            handle.close();
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        SessionHandle<C> handle = session;
        if (handle == null) {
            exchange.setException(new IllegalStateException("Producer of " + getEndpoint().getBridge() + " is stopped"));
            callback.done(true);
            return true;
        }
        CompletableFuture<R> answer;
        try {
            answer = send(exchange, handle.connection());
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        if (answer == null) {
            callback.done(true);
            return true;
        }
        if (answer.isDone()) {
            // nothing to wait for: the caller's thread goes on, which spares a sync caller a hand-over
            R result = null;
            Throwable error = null;
            try {
                result = answer.getNow(null);
            } catch (CompletionException | CancellationException e) {
                error = e;
            }
            complete(exchange, handle, result, error);
            callback.done(true);
            return true;
        }
        AbstractLutronComponent<?, C> component = getEndpoint().getComponent();
        ExecutorService pool = replies;
        // the I/O thread only hands the answer over: what the route does next (a database insert, say) would hold
        // up the events, keep-alives and answers of every bridge that shares the thread
        answer.whenComplete((result, error) -> {
            Runnable resume = () -> {
                complete(exchange, handle, result, error);
                callback.done(false);
            };
            try {
                pool.execute(resume);
            } catch (RejectedExecutionException e) {
                // the component is stopping and its pool with it; the exchange still ends, off the I/O thread
                component.getCamelContext().getExecutorServiceManager()
                        .newThread(component.scheme() + "-reply", resume).start();
            }
        });
        return false;
    }

    private void complete(Exchange exchange, SessionHandle<C> handle, R result, Throwable error) {
        try {
            if (error != null) {
                exchange.setException(failure(exchange, handle.connection(), error));
            } else if (result != null && exchange.getPattern().isOutCapable()) {
                reply(exchange, result);
            }
        } catch (RuntimeException e) {
            // an answer that cannot be put on the exchange fails it; the callback must still run
            exchange.setException(e);
        }
    }

    private static Throwable failure(Exchange exchange, SupervisedConnection<?, ?> connection, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof LutronTimeoutException timeout) {
            ExchangeTimedOutException timedOut = new ExchangeTimedOutException(exchange,
                    connection.options().responseTimeout().toMillis(), timeout.getMessage());
            timedOut.initCause(timeout);
            return timedOut;
        }
        return cause;
    }

    /**
     * The operation named by the header (its name, case-insensitive, or the enum value), else by the endpoint's
     * option; null when neither names one.
     */
    protected static <O extends Enum<O>> O operation(Message in, O endpointDefault, Class<O> type, String scheme) {
        Object header = in.getHeader(LutronConstants.OPERATION);
        if (header == null) {
            return endpointDefault;
        }
        if (type.isInstance(header)) {
            return type.cast(header);
        }
        String name = header.toString().trim();
        for (O operation : type.getEnumConstants()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("Unknown " + scheme + " operation " + describe(header) + "; known: "
                                           + java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                                                   .collect(Collectors.joining(", ")));
    }

    protected static int requiredInt(Message in, String header) {
        Integer value = optionalInt(in, header);
        if (value == null) {
            throw new IllegalArgumentException("Header " + header + " is required");
        }
        return value;
    }

    protected static Integer optionalInt(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        Integer whole = value instanceof Number n ? wholeInt(n) : null;
        if (whole != null) {
            return whole;
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Header " + header + " must be an integer, was " + describe(value));
        }
    }

    /**
     * The scene of {@code activateScene} given by number: a whole number in the body (or its digits), else the
     * {@code ButtonId} header.
     *
     * @return the number, or null when the body names the scene
     */
    protected static Integer sceneNumber(Message in) {
        Object body = in.getBody();
        if (body instanceof String s && !s.isBlank() && !s.trim().chars().allMatch(Character::isDigit)) {
            return null;
        }
        Integer id = null;
        if (body instanceof Number n) {
            id = wholeInt(n);
        } else if (body instanceof String s && !s.isBlank()) {
            try {
                id = Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                id = null;
            }
        } else {
            id = optionalInt(in, LutronConstants.BUTTON_ID);
            if (id == null) {
                throw new IllegalArgumentException("activateScene needs the scene id or name as the body (or the "
                                                   + LutronConstants.BUTTON_ID + " header)");
            }
        }
        if (id == null || id < 0) {
            throw new IllegalArgumentException("activateScene needs a scene number (0 to 2147483647) or name, was "
                                               + describe(body));
        }
        return id;
    }

    /** The number as an int when it is a whole number an int holds (so 5.0 but not 5.5 or 2^32 + 5), else null. */
    private static Integer wholeInt(Number n) {
        try {
            if (n instanceof BigDecimal b) {
                return b.intValueExact();
            }
            if (n instanceof BigInteger b) {
                return b.intValueExact();
            }
        } catch (ArithmeticException e) {
            return null;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE ? (int) d : null;
        }
        long l = n.longValue();
        return l == (int) l ? (int) l : null;
    }

    /** A number from the header, else from the body; null when neither holds one. */
    protected static Double number(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            value = in.getBody();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The level of {@code goToLevel}: the header, else the body. */
    protected static double level(Message in) {
        Double level = number(in, LutronConstants.LEVEL);
        if (level == null) {
            Object value = in.getHeader(LutronConstants.LEVEL) != null ? in.getHeader(LutronConstants.LEVEL) : in.getBody();
            throw new IllegalArgumentException("goToLevel needs a level 0-100 in the " + LutronConstants.LEVEL
                                               + " header or the body, was " + describe(value));
        }
        return level;
    }

    /** A fade or delay: a {@link Duration}, a number of seconds, or Camel's {@code 2s} syntax. */
    protected static Duration duration(Message in, String header) {
        Object value = in.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Duration d) {
            return d;
        }
        if (value instanceof Number n) {
            return seconds(n.doubleValue(), header, value);
        }
        String text = value.toString().trim();
        try {
            if (SECONDS.matcher(text).matches()) {
                return seconds(Double.parseDouble(text), header, value);
            }
            if (CAMEL_DURATION.matcher(text).matches()) {
                return checked(Duration.ofMillis(TimeUtils.toMilliSeconds(text)), header, value);
            }
            if (ISO_DURATION.matcher(text).matches()) {
                return checked(Duration.parse(text), header, value);
            }
        } catch (RuntimeException e) {
            // refused below, with the same words
        }
        throw new IllegalArgumentException(header + " must be a Duration, a number of seconds or a duration like 2s,"
                                           + " was " + describe(value));
    }

    private static Duration checked(Duration duration, String header, Object value) {
        return seconds(duration.toNanos() / 1e9, header, value);
    }

    private static Duration seconds(double seconds, String header, Object value) {
        if (Double.isNaN(seconds) || seconds < 0 || seconds > 4 * 3600) {
            throw new IllegalArgumentException(header + " must be 0 to 4 hours, was " + describe(value));
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** The LED state of {@code setLed}. */
    protected static LedState ledState(Message in) {
        Object value = in.getHeader(LutronConstants.LED_STATE);
        if (value instanceof LedState s) {
            return s;
        }
        Integer index = value instanceof Number n ? wholeInt(n) : null;
        if (index != null && index >= 0 && index < LedState.values().length) {
            return LedState.values()[index];
        }
        if (value instanceof String s) {
            for (LedState state : LedState.values()) {
                if (state.name().equalsIgnoreCase(s.trim())) {
                    return state;
                }
            }
        }
        throw new IllegalArgumentException("setLed needs the " + LutronConstants.LED_STATE
                                           + " header: Off, On, Flash or RapidFlash, was " + describe(value));
    }

    /**
     * Refuses, before anything is sent, an operation the zone cannot take: a fan speed to a dimmer, a tilt to a
     * switch. A zone the catalog does not know, or whose type it does not know, is given the benefit of the doubt.
     */
    protected static void requireControlType(LutronCatalog catalog, int zoneId, String operation,
                                             Set<ControlType> accepted) {
        Zone zone = catalog.zone(zoneId).orElse(null);
        if (zone != null && zone.controlType() != null && !accepted.contains(zone.controlType())) {
            throw new IllegalArgumentException(operation + " needs a zone of type "
                                               + accepted.stream().map(Enum::name).sorted()
                                                       .collect(Collectors.joining(" or "))
                                               + ", but zone " + zoneId
                                               + (zone.name() != null ? " (" + zone.name() + ")" : "") + " is "
                                               + zone.controlType());
        }
    }

    /** A value quoted for an error message, control characters shown, long ones cut. */
    protected static String describe(Object value) {
        if (value == null) {
            return "missing";
        }
        String text = String.valueOf(value).replace("\r", "\\r").replace("\n", "\\n");
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }
}
