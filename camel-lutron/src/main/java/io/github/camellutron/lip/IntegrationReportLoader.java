package io.github.camellutron.lip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.catalog.IntegrationReports;
import io.github.camellutron.catalog.LutronCatalog;
import io.github.camellutron.client.Backoff;
import io.github.camellutron.client.BridgeListener;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.ConnectionState;
import io.github.camellutron.lip.client.LipConnection;
import io.github.camellutron.lip.client.LipConnectionOptions;
import io.github.camellutron.lip.protocol.LipMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the integration report of one LIP session, so that its events carry names, without ever stopping anything: a
 * report that cannot be read or parsed is logged (once per cause) and tried again with the reconnect backoff while the
 * session runs without names. A local report is read at once, so that the first snapshot already has names; one
 * served over HTTP (a RadioRA 2 repeater serves its own) is read in the background, and again after every reconnect,
 * because a transfer from the programming software may have changed it. Each report that loads and differs from the
 * last one is handed to the connection, which sends a snapshot with the new names while the session is up.
 */
final class IntegrationReportLoader implements AutoCloseable, BridgeListener<LipMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrationReportLoader.class);

    private final CamelContext context;
    private final ScheduledExecutorService background;
    private final LipConnection connection;
    private final Backoff backoff = new Backoff();
    private String report;
    private byte[] loaded;
    private String lastProblem;
    private ScheduledFuture<?> retry;
    /** From a load's scheduling until it succeeds (retries included), so that a reconnect never starts another. */
    private boolean loading;
    private int connects;
    private boolean closed;

    IntegrationReportLoader(CamelContext context, ScheduledExecutorService background, LipConnection connection) {
        this.context = context;
        this.background = background;
        this.connection = connection;
        connection.addListener(this);
    }

    /** The report the session's endpoints name (null for none); a new one replaces the one loading or loaded. */
    synchronized void use(String newReport) {
        if (closed || newReport == null || newReport.isBlank() || newReport.equals(report)) {
            return;
        }
        report = newReport;
        loaded = null;
        loading = false;
        lastProblem = null;
        backoff.reset();
        cancelRetry();
        connection.expectCatalog();
        if (isRemote(newReport)) {
            schedule(0);
        } else {
            load(newReport);
        }
    }

    /** After every reconnect a report served by the bridge is read again: the system may have been reprogrammed. */
    @Override
    public void onEvent(io.github.camellutron.event.LutronEvent event, LipMessage source) {
        if (event instanceof ConnectionEvent c && c.state() == ConnectionState.Connected) {
            synchronized (this) {
                if (++connects > 1 && report != null && isRemote(report) && !loading) {
                    schedule(0);
                }
            }
        }
    }

    private void schedule(long delayMillis) {
        String wanted = report;
        loading = true;
        retry = background.schedule(() -> load(wanted), delayMillis, TimeUnit.MILLISECONDS);
    }

    private void load(String wanted) {
        byte[] bytes;
        LutronCatalog catalog;
        try {
            bytes = read(wanted);
            synchronized (this) {
                if (closed || !wanted.equals(report)) {
                    return;
                }
                retry = null;
                if (Arrays.equals(bytes, loaded)) {
                    loading = false;
                    LOG.debug("Integration report {} of LIP bridge {} is unchanged", wanted, connection.bridge());
                    return;
                }
            }
            catalog = IntegrationReports.parse(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            failed(wanted, e);
            return;
        }
        synchronized (this) {
            if (closed || !wanted.equals(report)) {
                return;
            }
            loaded = bytes;
            loading = false;
            lastProblem = null;
            backoff.reset();
        }
        LOG.info("Names for LIP bridge {} loaded from {}: {} areas, {} zones, {} devices", connection.bridge(), wanted,
                catalog.areas().size(), catalog.zones().size(), catalog.devices().size());
        connection.useCatalog(catalog);
    }

    private synchronized void failed(String wanted, Exception e) {
        if (closed || !wanted.equals(report)) {
            return;
        }
        LipConnectionOptions options = connection.options();
        long delay = backoff.nextDelayMillis(options.reconnectDelay(), options.maxReconnectDelay());
        boolean malformed = e instanceof IllegalArgumentException;
        String problem = (malformed ? "is malformed: " : "cannot be loaded: ") + describe(e);
        connection.catalogFailed(new IllegalStateException("integration report " + wanted + " " + problem));
        if (!problem.equals(lastProblem)) {
            lastProblem = problem;
            String message = "The integration report {} of LIP bridge {} {}; events carry no names until it loads."
                             + " Trying again in {} ms";
            if (malformed) {
                LOG.error(message, wanted, connection.bridge(), problem, delay);
            } else {
                LOG.warn(message, wanted, connection.bridge(), problem, delay);
            }
        } else {
            LOG.debug("Integration report {} of LIP bridge {} still {}; next try in {} ms", wanted, connection.bridge(),
                    problem, delay);
        }
        schedule(delay);
    }

    private byte[] read(String uri) throws IOException {
        if (isRemote(uri)) {
            // a repeater that accepts but never answers must not hold the background thread forever
            URLConnection http = URI.create(uri).toURL().openConnection();
            int timeout = (int) connection.options().responseTimeout().toMillis();
            http.setConnectTimeout(timeout);
            http.setReadTimeout(timeout);
            try (InputStream in = http.getInputStream()) {
                return in.readAllBytes();
            }
        }
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri)) {
            return in.readAllBytes();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message != null ? message : e.getClass().getSimpleName();
    }

    private static boolean isRemote(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:");
    }

    private void cancelRetry() {
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        cancelRetry();
        connection.removeListener(this);
    }

    @Override
    public String toString() {
        return "IntegrationReportLoader[" + connection.bridge() + ", " + Objects.toString(report, "no report") + "]";
    }
}
