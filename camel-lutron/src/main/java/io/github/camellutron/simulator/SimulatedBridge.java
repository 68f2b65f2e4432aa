package io.github.camellutron.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camellutron.lip.protocol.MonitoringType;

/**
 * The bridge behind the sockets: settings, fault switches, the open sessions, the house state and the command
 * interpreter. Session handling and every state change run on the simulator's event loop; the fault switches and
 * counters may be read and flipped from any thread.
 */
final class SimulatedBridge {

    private final LipHouse house;
    private final String user;
    private final String password;
    private final boolean doubleLogin;
    private final boolean echoDeviceTwice;
    private final boolean telnetNegotiation;
    private final int levelReportsAfterLogin;
    private final HouseState state;
    private final CommandInterpreter interpreter;
    private final Set<LipSession> sessions = ConcurrentHashMap.newKeySet();
    private final List<String> received = new ArrayList<>();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger loginAttempts = new AtomicInteger();
    private final List<Instant> loginTimes = new ArrayList<>();
    private volatile String prompt;
    private volatile boolean stalled;
    private volatile boolean refusing;
    private final ScheduledExecutorService loop;
    private LipReplay replay;
    private boolean replayAsFastAsPossible;

    SimulatedBridge(LipHouse house, ScheduledExecutorService loop, String user, String password, boolean doubleLogin,
                    String prompt, boolean echoDeviceTwice, boolean telnetNegotiation, int levelReportsAfterLogin,
                    boolean greenModeStepReports) {
        this.house = house;
        this.user = user;
        this.password = password;
        this.doubleLogin = doubleLogin;
        this.prompt = prompt;
        this.echoDeviceTwice = echoDeviceTwice;
        this.telnetNegotiation = telnetNegotiation;
        this.levelReportsAfterLogin = levelReportsAfterLogin;
        this.loop = loop;
        this.state = new HouseState(house, loop, this::report, greenModeStepReports);
        this.interpreter = new CommandInterpreter(this);
    }

    LipHouse house() {
        return house;
    }

    HouseState state() {
        return state;
    }

    CommandInterpreter interpreter() {
        return interpreter;
    }

    /** Replays a recording: its answers to the commands it has, its events to every session that logs in. */
    void replay(LipReplay replay, boolean asFastAsPossible) {
        this.replay = replay;
        this.replayAsFastAsPossible = asFastAsPossible;
    }

    /** The recorded answer to a command line, when a recording is replayed and has one. */
    Optional<List<String>> recordedAnswer(String command) {
        return replay == null ? Optional.empty() : replay.answer(command);
    }

    /**
     * Plays the recording's events to a session that just logged in, if a recording is replayed.
     *
     * @return the timers of the events still to come, for the session to cancel when it closes
     */
    List<ScheduledFuture<?>> replayTo(LipSession session) {
        List<ScheduledFuture<?>> timers = new ArrayList<>();
        if (replay != null) {
            for (Recording.Entry e : replay.events()) {
                timers.add(loop.schedule(() -> session.reply(e.text()), replayAsFastAsPossible ? 0 : e.offsetMillis(),
                        TimeUnit.MILLISECONDS));
            }
        }
        return timers;
    }

    boolean accepts(String user, String password) {
        return this.user.equals(user) && this.password.equals(password);
    }

    boolean doubleLogin() {
        return doubleLogin;
    }

    boolean echoDeviceTwice() {
        return echoDeviceTwice;
    }

    boolean telnetNegotiation() {
        return telnetNegotiation;
    }

    int levelReportsAfterLogin() {
        return levelReportsAfterLogin;
    }

    String prompt() {
        return prompt;
    }

    void prompt(String prompt) {
        this.prompt = prompt;
    }

    boolean stalled() {
        return stalled;
    }

    void stall(boolean stalled) {
        this.stalled = stalled;
    }

    boolean refusing() {
        return refusing;
    }

    void refuse(boolean refusing) {
        this.refusing = refusing;
    }

    void opened(LipSession session) {
        sessions.add(session);
    }

    void closed(LipSession session) {
        sessions.remove(session);
    }

    int connectionCount() {
        return sessions.size();
    }

    void loggedIn() {
        Instant now = Instant.now();
        synchronized (loginTimes) {
            loginTimes.add(now);
        }
        logins.incrementAndGet();
    }

    List<Instant> loginTimes() {
        synchronized (loginTimes) {
            return List.copyOf(loginTimes);
        }
    }

    int loginCount() {
        return logins.get();
    }

    void loginAttempted() {
        loginAttempts.incrementAndGet();
    }

    int loginAttempts() {
        return loginAttempts.get();
    }

    void received(String line) {
        synchronized (received) {
            received.add(line);
        }
    }

    List<String> receivedLines() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    void clearReceived() {
        synchronized (received) {
            received.clear();
        }
    }

    /** Sends a report to every session that monitors its type. */
    void report(MonitoringType type, String line) {
        sessions.forEach(s -> s.report(type, line));
    }

    void inject(String line) {
        sessions.stream().filter(LipSession::loggedIn).forEach(s -> s.reply(line));
    }

    void sendGarbage(byte[] bytes) {
        sessions.stream().filter(LipSession::loggedIn).forEach(s -> s.sendRaw(bytes));
    }

    CompletableFuture<Void> firehose(byte[] burst, long repeats) {
        return Firehose.start(sessions.stream().filter(LipSession::loggedIn).map(LipSession::channel).toList(), burst,
                repeats);
    }

    void dropConnections() {
        sessions.forEach(LipSession::close);
    }
}
