package io.github.camellutron.simulator;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;

/**
 * One telnet session of the simulated bridge: the login dialogue, then commands, with this session's monitoring
 * flags (LIP.md 2.9) deciding which reports it gets. Runs on the simulator's event loop, like every session.
 */
final class LipSession extends SimpleChannelInboundHandler<String> {

    static final String CRLF = "\r\n";
    static final String LOGIN = "login: ";
    static final String PASSWORD = "password: ";

    private static final Logger LOG = LoggerFactory.getLogger(LipSession.class);
    private static final byte[] NEGOTIATION = {
            (byte) TelnetLineDecoder.IAC, (byte) TelnetLineDecoder.DO, (byte) TelnetLineDecoder.SUPPRESS_GO_AHEAD };

    /** What the guide says a user-level login starts with. */
    private static final Set<MonitoringType> USER_DEFAULTS = EnumSet.of(MonitoringType.BUTTON, MonitoringType.LED,
            MonitoringType.ZONE, MonitoringType.OCCUPANCY, MonitoringType.SCENE, MonitoringType.REPLY,
            MonitoringType.PROMPT, MonitoringType.HVAC, MonitoringType.MODE, MonitoringType.SHADE_GROUP);

    /** What {@link MonitoringType#ALL} switches: everything except reply and prompt. */
    private static final Set<MonitoringType> ALL_TYPES = EnumSet.complementOf(
            EnumSet.of(MonitoringType.ALL, MonitoringType.REPLY, MonitoringType.PROMPT));

    private enum Phase { USER, PASSWORD, LOGGED_IN }

    private final SimulatedBridge bridge;
    private final Set<MonitoringType> monitoring = EnumSet.noneOf(MonitoringType.class);
    private Channel channel;
    /** The recording's events still to be played to this session, when the bridge replays one. */
    private List<ScheduledFuture<?>> replayTimers = List.of();
    private Phase phase = Phase.USER;
    private String user;
    private boolean askedTwice;
    private boolean triedLogin;
    private String prompt;

    LipSession(SimulatedBridge bridge) {
        this.bridge = bridge;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        if (bridge.refusing()) {
            LOG.debug("Refusing connection from {}", channel.remoteAddress());
            ctx.close();
            return;
        }
        bridge.opened(this);
        if (bridge.telnetNegotiation()) {
            sendRaw(NEGOTIATION);
        }
        send(LOGIN);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        replayTimers.forEach(t -> t.cancel(false));
        bridge.closed(this);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        if (bridge.stalled()) {
            if (phase == Phase.LOGGED_IN && !line.isBlank()) {
                bridge.received(line);
            }
            return;
        }
        switch (phase) {
            case USER -> {
                if (line.isBlank()) {
                    send(LOGIN);
                } else {
                    user = line;
                    phase = Phase.PASSWORD;
                    send(PASSWORD);
                }
            }
            case PASSWORD -> password(line);
            case LOGGED_IN -> command(line);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Closing session with {} after an error", ctx.channel().remoteAddress(), cause);
        ctx.close();
    }

    boolean loggedIn() {
        return phase == Phase.LOGGED_IN;
    }

    /** True when logged in on a HomeWorks QS processor ({@code QNET> }), which has AREA, SYSVAR and flashing LEDs. */
    boolean homeworks() {
        return loggedIn() && prompt.startsWith("QNET");
    }

    boolean monitors(MonitoringType type) {
        return type == MonitoringType.ALL ? monitoring.containsAll(ALL_TYPES) : monitoring.contains(type);
    }

    void setMonitoring(MonitoringType type, boolean enabled) {
        Set<MonitoringType> types = type == MonitoringType.ALL ? ALL_TYPES : EnumSet.of(type);
        if (enabled) {
            monitoring.addAll(types);
        } else {
            monitoring.removeAll(types);
        }
    }

    /** Sends a line to this session (an answer or an injected line), unless its reply state is off. */
    void reply(String line) {
        send(line + CRLF);
    }

    /** Sends a report when this session is logged in and monitors its type. */
    void report(MonitoringType type, String line) {
        if (loggedIn() && !safeMode() && monitoring.contains(type)) {
            reply(line);
        }
    }

    void sendRaw(byte[] bytes) {
        if (writable()) {
            channel.writeAndFlush(Unpooled.wrappedBuffer(bytes.clone()));
        }
    }

    void close() {
        channel.close();
    }

    Channel channel() {
        return channel;
    }

    private void password(String password) {
        if (!triedLogin) {
            triedLogin = true;
            bridge.loginAttempted();
        }
        if (!bridge.accepts(user, password)) {
            LOG.debug("Wrong user or password from {}", channel.remoteAddress());
            phase = Phase.USER;
            send(LOGIN);
        } else if (bridge.doubleLogin() && !askedTwice) {
            // the Caseta Smart Bridge Pro quirk: the first correct login is answered by a second login prompt
            askedTwice = true;
            phase = Phase.USER;
            send(LOGIN);
        } else {
            phase = Phase.LOGGED_IN;
            prompt = bridge.prompt();
            monitoring.addAll(USER_DEFAULTS);
            bridge.loggedIn();
            LOG.debug("{} logged in from {} ({})", user, channel.remoteAddress(), prompt.strip());
            send(CRLF + prompt);
            reportLevelsAfterLogin();
            replayTimers = bridge.replayTo(this);
        }
    }

    /** What a busy house reports while a client sets its new session up: zone levels, the house's zones in turn. */
    private void reportLevelsAfterLogin() {
        List<Integer> zones = bridge.house().zoneIds();
        for (int i = 0; i < bridge.levelReportsAfterLogin() && !zones.isEmpty(); i++) {
            int zone = zones.get(i % zones.size());
            report(MonitoringType.ZONE, "~OUTPUT," + zone + ",1," + LipLevel.format(bridge.state().level(zone)));
        }
    }

    private void command(String line) {
        if (!line.isBlank()) {
            bridge.received(line);
            if (!safeMode()) {
                Optional<List<String>> recorded = bridge.recordedAnswer(line);
                if (recorded.isPresent()) {
                    recorded.get().forEach(this::reply);
                } else {
                    bridge.interpreter().execute(this, line);
                }
            }
        }
        if (safeMode() || monitoring.contains(MonitoringType.PROMPT)) {
            send(prompt);
        }
    }

    /** A repeater in safe mode takes the login but does nothing (LIP.md 1.3). */
    private boolean safeMode() {
        return prompt.startsWith("SAFE");
    }

    private void send(String text) {
        if (writable()) {
            channel.writeAndFlush(ByteBufUtil.writeAscii(channel.alloc(), text));
        }
    }

    private boolean writable() {
        return !bridge.stalled() && (!loggedIn() || monitoring.contains(MonitoringType.REPLY));
    }
}
