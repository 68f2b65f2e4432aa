package io.github.camellutron.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.event.ButtonAction;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.Gesture;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.camellutron.event.Gesture.DoubleTap;
import static io.github.camellutron.event.Gesture.HoldRepeat;
import static io.github.camellutron.event.Gesture.LongPress;
import static io.github.camellutron.event.Gesture.SingleTap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The gesture state machine on a virtual clock: an {@link EmbeddedChannel}'s event loop with its time frozen runs the
 * detector's timers only when the test moves time on, so every window is checked to the millisecond.
 */
class ButtonGestureDetectorTest {

    private static final Instant TIMER_TIME = Instant.parse("2026-12-01T00:00:00Z");
    private static final int KEYPAD = 20;
    private static final int OTHER_KEYPAD = 30;

    private final List<ButtonGesture> gestures = new ArrayList<>();
    private EmbeddedChannel channel;
    private ButtonGestureDetector detector;
    private long now;

    @BeforeEach
    void setUp() {
        channel = new EmbeddedChannel();
        channel.freezeTime();
        detector = new ButtonGestureDetector(channel.eventLoop(), new ButtonGestureDetector.Timing(
                Duration.ofMillis(400), Duration.ofMillis(700), Duration.ofMillis(300)), gestures::add,
                Clock.fixed(TIMER_TIME, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        channel.finishAndReleaseAll();
    }

    /** Moves the virtual clock on one millisecond at a time, running every timer that falls due. */
    private void advance(long millis) {
        for (long i = 0; i < millis; i++) {
            channel.advanceTimeBy(1, TimeUnit.MILLISECONDS);
            now++;
            channel.runScheduledPendingTasks();
        }
    }

    private void button(int device, int button, ButtonAction action) {
        detector.onButton(new ButtonEvent("bridge:23", Instant.ofEpochMilli(now), device, button, button, action,
                "Button " + button, "Kitchen", 40 + button));
    }

    private void button(int button, ButtonAction action) {
        button(KEYPAD, button, action);
    }

    private List<Gesture> made() {
        return gestures.stream().map(ButtonGesture::gesture).toList();
    }

    @Test
    void aTapIsASingleTapOnceTheWindowHasPassedSinceItsRelease() {
        button(1, ButtonAction.Press);
        advance(150);
        button(1, ButtonAction.Release);
        advance(399);
        assertThat(gestures).isEmpty();
        advance(1);
        assertThat(made()).containsExactly(SingleTap);
        assertThat(detector.pending()).isZero();
        advance(5000);
        assertThat(made()).containsExactly(SingleTap);
    }

    @Test
    void theGestureIsNamedAsTheButtonsEventsAre() {
        button(3, ButtonAction.Press);
        advance(100);
        button(3, ButtonAction.Release);
        advance(400);
        ButtonGesture single = gestures.get(0);
        assertThat(single).isEqualTo(new ButtonGesture("bridge:23", TIMER_TIME, KEYPAD, 3, 3, SingleTap, "Button 3",
                "Kitchen", 43));
    }

    @Test
    void aSecondPressWithinTheWindowIsADoubleTapAtThatPress() {
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(399);
        button(1, ButtonAction.Press);
        assertThat(made()).containsExactly(DoubleTap);
        assertThat(gestures.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(now));
        // the second press is not timed for a long press, and neither tap is a single one
        advance(2000);
        button(1, ButtonAction.Release);
        advance(2000);
        assertThat(made()).containsExactly(DoubleTap);
    }

    @Test
    void aSecondPressJustAfterTheWindowStartsAnotherTap() {
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(400);
        assertThat(made()).containsExactly(SingleTap);
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(400);
        assertThat(made()).containsExactly(SingleTap, SingleTap);
    }

    @Test
    void threeQuickTapsAreADoubleTapThenATap() {
        for (int i = 0; i < 3; i++) {
            button(1, ButtonAction.Press);
            advance(100);
            button(1, ButtonAction.Release);
            advance(100);
        }
        advance(300);
        assertThat(made()).containsExactly(DoubleTap, SingleTap);
    }

    @Test
    void aPressHeldLongIsALongPressThenRepeatsUntilReleased() {
        button(1, ButtonAction.Press);
        advance(699);
        assertThat(gestures).isEmpty();
        advance(1);
        assertThat(made()).containsExactly(LongPress);
        advance(299);
        assertThat(made()).containsExactly(LongPress);
        advance(1);
        assertThat(made()).containsExactly(LongPress, HoldRepeat);
        advance(300);
        assertThat(made()).containsExactly(LongPress, HoldRepeat, HoldRepeat);
        advance(150);
        button(1, ButtonAction.Release);
        advance(3000);
        assertThat(made()).containsExactly(LongPress, HoldRepeat, HoldRepeat);
        assertThat(detector.pending()).isZero();
    }

    @Test
    void aPressReleasedJustBeforeTheLongPressTimeIsATap() {
        button(1, ButtonAction.Press);
        advance(699);
        button(1, ButtonAction.Release);
        advance(2000);
        assertThat(made()).containsExactly(SingleTap);
    }

    @Test
    void buttonsAreIndependent() {
        button(1, ButtonAction.Press);
        advance(100);
        // another button of the same keypad and the same button of another keypad, tapped while the first is held
        button(2, ButtonAction.Press);
        button(OTHER_KEYPAD, 1, ButtonAction.Press);
        advance(100);
        button(2, ButtonAction.Release);
        button(OTHER_KEYPAD, 1, ButtonAction.Release);
        advance(100);
        button(OTHER_KEYPAD, 1, ButtonAction.Press);
        assertThat(gestures).singleElement().satisfies(g -> {
            assertThat(g.gesture()).isEqualTo(DoubleTap);
            assertThat(g.deviceId()).isEqualTo(OTHER_KEYPAD);
        });
        button(OTHER_KEYPAD, 1, ButtonAction.Release);
        advance(400);
        assertThat(gestures).extracting(ButtonGesture::gesture, ButtonGesture::deviceId, ButtonGesture::buttonId)
                .containsExactly(tuple(DoubleTap, OTHER_KEYPAD, 1), tuple(SingleTap, KEYPAD, 2),
                        tuple(LongPress, KEYPAD, 1));
    }

    @Test
    void theBridgesLongHoldIsTheLongPressAndTheTimedOneDoesNotFollow() {
        button(1, ButtonAction.Press);
        advance(200);
        button(1, ButtonAction.LongHold);
        assertThat(made()).containsExactly(LongPress);
        assertThat(gestures.get(0).timestamp()).isEqualTo(Instant.ofEpochMilli(200));
        advance(600);
        // repeats run from the bridge's long press, and no timed long press comes at 700 ms
        assertThat(made()).containsExactly(LongPress, HoldRepeat, HoldRepeat);
        button(1, ButtonAction.Release);
        advance(2000);
        assertThat(made()).containsExactly(LongPress, HoldRepeat, HoldRepeat);
    }

    @Test
    void aBridgesHoldAfterTheTimedLongPressAddsNothing() {
        button(1, ButtonAction.Press);
        advance(700);
        button(1, ButtonAction.Hold);
        button(1, ButtonAction.Hold);
        advance(300);
        assertThat(made()).containsExactly(LongPress, HoldRepeat);
        button(1, ButtonAction.Release);
        advance(1000);
        assertThat(made()).containsExactly(LongPress, HoldRepeat);
    }

    @Test
    void aHoldWithNoPressHeardIsALongPressAfterTheTapBeforeIt() {
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(100);
        button(1, ButtonAction.Hold);
        assertThat(made()).containsExactly(SingleTap, LongPress);
        advance(300);
        button(1, ButtonAction.Release);
        advance(1000);
        assertThat(made()).containsExactly(SingleTap, LongPress, HoldRepeat);
    }

    @Test
    void theBridgesMultiTapAfterTheFirstTapIsTheDoubleTap() {
        // press, release, multi-tap, release: the second press reported as the multi-tap
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(100);
        button(1, ButtonAction.MultiTap);
        assertThat(made()).containsExactly(DoubleTap);
        advance(100);
        button(1, ButtonAction.Release);
        advance(2000);
        assertThat(made()).containsExactly(DoubleTap);
        assertThat(detector.pending()).isZero();
    }

    @Test
    void theBridgesMultiTapBesideTheSecondPressIsOneDoubleTap() {
        // press, release, press, multi-tap, release
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(100);
        button(1, ButtonAction.Press);
        button(1, ButtonAction.MultiTap);
        advance(100);
        button(1, ButtonAction.Release);
        // press, release, press, release, multi-tap
        button(2, ButtonAction.Press);
        advance(100);
        button(2, ButtonAction.Release);
        advance(100);
        button(2, ButtonAction.Press);
        advance(100);
        button(2, ButtonAction.Release);
        button(2, ButtonAction.MultiTap);
        advance(2000);
        assertThat(gestures).extracting(ButtonGesture::gesture, ButtonGesture::buttonId)
                .containsExactly(tuple(DoubleTap, 1),
                        tuple(DoubleTap, 2));
    }

    @Test
    void theBridgesMultiTapBeyondOurWindowIsStillADoubleTap() {
        // the bridge's window is longer than ours: the first tap was single already, the second is the double tap
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(500);
        button(1, ButtonAction.Press);
        button(1, ButtonAction.MultiTap);
        advance(1000);
        button(1, ButtonAction.Release);
        advance(1000);
        assertThat(made()).containsExactly(SingleTap, DoubleTap);
    }

    @Test
    void aResetEndsAHoldWithoutMoreRepeats() {
        button(1, ButtonAction.Press);
        advance(1000);
        assertThat(made()).containsExactly(LongPress, HoldRepeat);
        detector.reset();
        assertThat(detector.pending()).isZero();
        advance(5000);
        // the release was lost with the link: it comes, or not, and changes nothing
        button(1, ButtonAction.Release);
        advance(1000);
        assertThat(made()).containsExactly(LongPress, HoldRepeat);
        // the button works as before afterwards
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        advance(400);
        assertThat(made()).containsExactly(LongPress, HoldRepeat, SingleTap);
    }

    @Test
    void aResetDropsATapInItsWindowAndAPressNotYetLong() {
        button(1, ButtonAction.Press);
        advance(100);
        button(1, ButtonAction.Release);
        button(2, ButtonAction.Press);
        advance(100);
        detector.reset();
        advance(5000);
        assertThat(gestures).isEmpty();
    }

    @Test
    void aDuplicatePressOfAHeldButtonIsIgnored() {
        button(1, ButtonAction.Press);
        advance(500);
        button(1, ButtonAction.Press);
        advance(200);
        assertThat(made()).containsExactly(LongPress);
        button(1, ButtonAction.Release);
        button(1, ButtonAction.Release);
        advance(1000);
        assertThat(made()).containsExactly(LongPress);
    }

    @Test
    void afterCloseNothingMoreIsMade() {
        button(1, ButtonAction.Press);
        advance(100);
        detector.close();
        advance(2000);
        button(1, ButtonAction.Release);
        button(2, ButtonAction.Press);
        advance(2000);
        assertThat(gestures).isEmpty();
        assertThat(detector.pending()).isZero();
    }

    @Test
    void timingsMustBePositive() {
        assertThatThrownBy(() -> new ButtonGestureDetector.Timing(Duration.ZERO, Duration.ofMillis(1),
                Duration.ofMillis(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(
                        "doubleTapWindow");
        assertThatThrownBy(() -> new ButtonGestureDetector.Timing(Duration.ofMillis(1), Duration.ofMillis(-1),
                Duration.ofMillis(1))).hasMessageContaining("longPressTime");
        assertThatThrownBy(() -> new ButtonGestureDetector.Timing(Duration.ofMillis(1), Duration.ofMillis(1),
                null)).hasMessageContaining("holdRepeatInterval");
    }
}
