package io.github.camellutron;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.simulator.ButtonScript;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gesture scenarios both schemes' end-to-end tests play against their simulator, button presses timed on the
 * simulator's own loop. The windows are wide for a loaded 2-core machine (taps of 150 ms against a long press of
 * 500 ms, pauses of 150 ms or 2 s against a window of 1 s), so only the counts of repeats are ranges; exact timings
 * are the detector's unit test's.
 * <p>
 * Three routes of one bridge: {@code mock:gestures} takes every event with gestures on, {@code mock:onlyGestures}
 * only {@code ButtonGesture} (routed on the I/O thread), {@code mock:plain} the button events and gestures of an
 * endpoint that leaves gestures off. Whether everything of a scenario has arrived is known from a sentinel, a tap of
 * another button played afterwards: its single tap comes a window after everything the scenario could still make.
 */
public final class GestureScenarios {

    public static final String GESTURES = "buttonGestures=true&doubleTapWindow=1000&longPressTime=500"
                                          + "&holdRepeatInterval=300";
    private static final Duration TAP = Duration.ofMillis(150);
    private static final Duration WAIT = Duration.ofSeconds(15);

    /** Plays a script on one button of the test's simulator: LIP a component of the test's keypad, LEAP a button. */
    public interface Player {
        CompletableFuture<Void> play(int button, ButtonScript script);
    }

    private final CamelContext context;
    private final Player player;
    private final Runnable dropConnections;

    /**
     * @param dropConnections drops every client connection of the simulator, which accepts the reconnect
     */
    public GestureScenarios(CamelContext context, Player player, Runnable dropConnections) {
        this.context = context;
        this.player = player;
        this.dropConnections = dropConnections;
    }

    /** The three routes, {@code uri} making an endpoint URI of the test's bridge from options. */
    public static RouteBuilder routes(Function<String, String> uri) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri.apply(GESTURES)).routeId("gestures").to("mock:gestures");
                from(uri.apply(GESTURES + "&eventTypes=ButtonGesture&usingExecutorService=false"))
                        .routeId("onlyGestures").to("mock:onlyGestures");
                from(uri.apply("eventTypes=ButtonEvent,ButtonGesture")).routeId("plain").to("mock:plain");
            }
        };
    }

    private MockEndpoint mock(String name) {
        return context.getEndpoint("mock:" + name, MockEndpoint.class);
    }

    public void connected() {
        awaitExchange(mock("gestures"), e -> isConnection(e, "Connected"));
    }

    /** A tap, then another 2 s later: two single taps, and the button events each before its gesture. */
    public void singleTaps(int button, int sentinel) {
        connected();
        settle(sentinel, player.play(button, ButtonScript.start().tap(TAP).pause(2000).tap(TAP)));
        assertThat(story(mock("gestures"), button))
                .containsExactly("Press", "Release", "SingleTap", "Press", "Release", "SingleTap");
        List<Exchange> exchanges = ofButton(mock("gestures"), button);
        ButtonEvent release = exchanges.get(1).getMessage().getBody(ButtonEvent.class);
        ButtonGesture single = exchanges.get(2).getMessage().getBody(ButtonGesture.class);
        // the release was not held back for the window: the gesture comes a window later
        assertThat(Duration.between(release.timestamp(), single.timestamp())).isGreaterThanOrEqualTo(
                Duration.ofMillis(900));
        assertNamedAsTheButton(exchanges.get(0), exchanges.get(2));
        assertThat(exchanges.get(2).getMessage().getHeader(LutronConstants.EVENT_TYPE)).isEqualTo("ButtonGesture");
        assertThat(exchanges.get(2).getMessage().getBody(String.class)).startsWith("{\"type\":\"ButtonGesture\"")
                .contains("\"gesture\":\"SingleTap\"");
        assertOnlyGesturesAndNoneWhenOff(button, "SingleTap", "SingleTap");
    }

    /** Two taps 150 ms apart: one double tap at the second press, no single tap. */
    public void doubleTap(int button, int sentinel) {
        connected();
        settle(sentinel, player.play(button, ButtonScript.start().tap(TAP).pause(TAP).tap(TAP)));
        assertThat(story(mock("gestures"), button))
                .containsExactly("Press", "Release", "Press", "DoubleTap", "Release");
        List<Exchange> exchanges = ofButton(mock("gestures"), button);
        assertNamedAsTheButton(exchanges.get(2), exchanges.get(3));
        assertOnlyGesturesAndNoneWhenOff(button, "DoubleTap");
    }

    /** Held 2 s with a long press of 500 ms and repeats every 300 ms: a long press, a few repeats, none after. */
    public void longPressAndRepeats(int button, int sentinel) {
        connected();
        settle(sentinel, player.play(button, ButtonScript.start().press().pause(2000).release()));
        List<String> story = story(mock("gestures"), button);
        assertThat(story).startsWith("Press", "LongPress").endsWith("Release").doesNotContain("SingleTap");
        // nominally 4 or 5 (at 800, 1100, 1400, 1700 and perhaps 2000 ms); a busy machine bunches them
        assertThat(story.subList(2, story.size() - 1)).allMatch("HoldRepeat"::equals).hasSizeBetween(2, 6);
        assertNamedAsTheButton(ofButton(mock("gestures"), button).get(0), ofButton(mock("gestures"), button).get(2));
        List<String> only = story(mock("onlyGestures"), button);
        assertThat(only).startsWith("LongPress").hasSize(story.size() - 2);
    }

    /** A long press of one button and a double tap of another at the same time: each its own gestures. */
    public void buttonsAreIndependent(int held, int doubled, int sentinel) {
        connected();
        settle(sentinel, player.play(held, ButtonScript.start().press().pause(1700).release()),
                player.play(doubled, ButtonScript.start().pause(100).tap(TAP).pause(TAP).tap(TAP)));
        assertThat(story(mock("gestures"), held)).startsWith("Press", "LongPress", "HoldRepeat").endsWith("Release")
                .doesNotContain("SingleTap", "DoubleTap");
        assertThat(story(mock("gestures"), doubled)).containsExactly("Press", "Release", "Press", "DoubleTap",
                "Release");
    }

    /**
     * The bridge's own hold, 100 ms after the press (the timed long press would come at 500 ms): the long press right
     * after it, only once, and the repeats from it.
     */
    public void bridgeHoldIsTheLongPress(int button, int sentinel, String holdAction) {
        connected();
        settle(sentinel, player.play(button, ButtonScript.start().press().pause(100).hold().pause(1500).release()));
        List<String> story = story(mock("gestures"), button);
        assertThat(story).startsWith("Press", holdAction, "LongPress", "HoldRepeat").endsWith("Release");
        assertThat(story.stream().filter("LongPress"::equals)).hasSize(1);
        ButtonEvent hold = ofButton(mock("gestures"), button).get(1).getMessage().getBody(ButtonEvent.class);
        ButtonGesture longPress = ofButton(mock("gestures"), button).get(2).getMessage().getBody(ButtonGesture.class);
        assertThat(longPress.timestamp()).isEqualTo(hold.timestamp());
    }

    /**
     * The bridge's own multi-tap with no second press reported (press, release, multi-tap, release): timing alone
     * would make a single tap of it; the multi-tap makes it the double tap, right after it.
     */
    public void bridgeMultiTapIsTheDoubleTap(int button, int sentinel) {
        connected();
        settle(sentinel, player.play(button, ButtonScript.start().tap(TAP).pause(TAP).multiTap().pause(TAP).release()));
        assertThat(story(mock("gestures"), button))
                .containsExactly("Press", "Release", "MultiTap", "DoubleTap", "Release");
    }

    /** A button held when the link drops: the repeats end with the link, and nothing of the hold comes back. */
    public void disconnectEndsTheHold(int button) {
        connected();
        player.play(button, ButtonScript.start().press());
        MockEndpoint gestures = mock("gestures");
        awaitExchange(gestures, gesture(button, "HoldRepeat"));
        dropConnections.run();
        awaitExchange(gestures, e -> isConnection(e, "Disconnected"));
        // five repeat intervals, through the reconnect: no more repeats of the hold whose release the link lost
        await().during(Duration.ofMillis(1500)).atMost(5, TimeUnit.SECONDS)
                .until(() -> afterDisconnect(gestures).noneMatch(GestureScenarios::isGesture));
        await().atMost(WAIT).until(() -> afterDisconnect(gestures).anyMatch(e -> isConnection(e, "Connected")));
        assertThat(afterDisconnect(gestures).filter(GestureScenarios::isGesture)).isEmpty();
    }

    /** A route suspended while a button is held: no repeats while suspended, none after it resumes either. */
    public void suspendEndsTheHold(int button, int sentinel) throws Exception {
        connected();
        player.play(button, ButtonScript.start().press());
        MockEndpoint gestures = mock("gestures");
        awaitExchange(gestures, gesture(button, "HoldRepeat"));
        context.getRouteController().suspendRoute("gestures");
        int before = gestures.getExchanges().size();
        context.getRouteController().resumeRoute("gestures");
        settle(sentinel);
        List<Exchange> after = List.copyOf(gestures.getExchanges()).subList(before, gestures.getExchanges().size());
        assertThat(after).anyMatch(e -> isConnection(e, "Connected"))
                .noneMatch(e -> e.getMessage().getBody() instanceof ButtonGesture g && g.buttonId() == button);
        // the route that was not suspended still repeats the hold
        assertThat(story(mock("onlyGestures"), button)).startsWith("LongPress").endsWith("HoldRepeat", "HoldRepeat");
    }

    /** The exchanges from the last Disconnected event on. */
    private static Stream<Exchange> afterDisconnect(MockEndpoint mock) {
        List<Exchange> all = List.copyOf(mock.getExchanges());
        int down = 0;
        for (int i = 0; i < all.size(); i++) {
            if (isConnection(all.get(i), "Disconnected")) {
                down = i;
            }
        }
        return all.subList(down, all.size()).stream();
    }

    /** The route with eventTypes=ButtonGesture got exactly the gestures; the route without gestures none. */
    private void assertOnlyGesturesAndNoneWhenOff(int button, String... gestures) {
        assertThat(mock("onlyGestures").getExchanges()).allMatch(GestureScenarios::isGesture);
        assertThat(story(mock("onlyGestures"), button)).containsExactly(gestures);
        MockEndpoint plain = mock("plain");
        assertThat(plain.getExchanges()).isNotEmpty().noneMatch(GestureScenarios::isGesture);
        assertThat(story(plain, button)).doesNotContain(gestures);
    }

    /**
     * Once the scenario's scripts were played, taps the sentinel and waits for its single tap on both gesture routes
     * and its release on the plain one: whatever the scenario makes came before, for its last timer was set before
     * the sentinel's, with no longer a window.
     */
    private void settle(int sentinel, CompletableFuture<?>... scenario) {
        CompletableFuture.allOf(scenario).orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
        player.play(sentinel, ButtonScript.start().tap(Duration.ofMillis(50)));
        awaitExchange(mock("gestures"), gesture(sentinel, "SingleTap"));
        awaitExchange(mock("onlyGestures"), gesture(sentinel, "SingleTap"));
        awaitExchange(mock("plain"), e -> e.getMessage().getBody() instanceof ButtonEvent b
                                          && b.buttonId() == sentinel && b.action() == ButtonAction.Release);
    }

    private static void assertNamedAsTheButton(Exchange buttonEvent, Exchange gesture) {
        for (String header : List.of(LutronConstants.BRIDGE, LutronConstants.DEVICE_ID, LutronConstants.BUTTON_ID,
                LutronConstants.BUTTON_NUMBER, LutronConstants.NAME, LutronConstants.AREA, LutronConstants.LIP_ID)) {
            assertThat(gesture.getMessage().getHeader(header)).as(header)
                    .isEqualTo(buttonEvent.getMessage().getHeader(header));
        }
        assertThat(gesture.getMessage().getHeader(LutronConstants.BUTTON_ID)).isNotNull();
        ButtonGesture g = gesture.getMessage().getBody(ButtonGesture.class);
        assertThat(gesture.getMessage().getHeader(LutronConstants.BUTTON_GESTURE)).isEqualTo(g.gesture().name());
    }

    /** What happened to a button, in the route's order: its button events' actions and its gestures. */
    public static List<String> story(MockEndpoint mock, int button) {
        return ofButton(mock, button).stream().map(e -> e.getMessage().getBody() instanceof ButtonEvent b
                ? b.action().name() : e.getMessage().getBody(ButtonGesture.class).gesture().name()).toList();
    }

    private static List<Exchange> ofButton(MockEndpoint mock, int button) {
        return List.copyOf(mock.getExchanges()).stream().filter(e -> {
            Object body = e.getMessage().getBody();
            return body instanceof ButtonEvent b && b.buttonId() == button
                   || body instanceof ButtonGesture g && g.buttonId() == button;
        }).toList();
    }

    private static Predicate<Exchange> gesture(int button, String gesture) {
        return e -> e.getMessage().getBody() instanceof ButtonGesture g && g.buttonId() == button
                    && g.gesture().name().equals(gesture);
    }

    private static boolean isGesture(Exchange e) {
        return e.getMessage().getBody() instanceof ButtonGesture;
    }

    private static boolean isConnection(Exchange e, String state) {
        return Objects.equals(e.getMessage().getHeader(LutronConstants.CONNECTION_STATE), state);
    }

    private static Exchange awaitExchange(MockEndpoint mock, Predicate<Exchange> match) {
        return await().atMost(WAIT).until(
                () -> List.copyOf(mock.getExchanges()).stream().filter(match).findFirst().orElse(null),
                e -> e != null);
    }
}
