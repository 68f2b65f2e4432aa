package io.github.camellutron.client;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.Gesture;

/**
 * Turns the button events of a bridge into gestures, each button (device and button) on its own: a single tap, a
 * double tap, a long press and the repeats while it is still held.
 * <ul>
 * <li>{@code SingleTap}: a press released before {@code longPressTime}, once {@code doubleTapWindow} has passed
 * since the release with no second press.</li>
 * <li>{@code DoubleTap}: a second press within {@code doubleTapWindow} of the first tap's release, at that press;
 * neither tap is a single tap, and the second press is not timed for a long press.</li>
 * <li>{@code LongPress}: still held {@code longPressTime} after the press; then {@code HoldRepeat} every
 * {@code holdRepeatInterval} while it is held. The release ends it, with no single tap.</li>
 * </ul>
 * What the bridge reports itself replaces the timing of that press: a {@code Hold} (LIP action 5, HomeWorks QS) or
 * {@code LongHold} (LEAP, HomeWorks QSX) is the {@code LongPress}, at once and only once (the repeats follow it while
 * the button is held), and a {@code MultiTap} (LIP action 6, LEAP) is the {@code DoubleTap}, once per tap sequence
 * whether it comes before or after the second release, and whether or not the second press was reported too.
 * <p>
 * A duplicate press of a button already held is ignored, and so is a release of a button not held. {@link #reset()}
 * forgets every button without a gesture: a disconnect must end every pending gesture, for a release lost with the
 * link would otherwise repeat a hold forever.
 * <p>
 * Confined to one thread: every method must be called on the thread of {@code scheduler}, which runs the timers too
 * (the connection's event loop, where the events are produced), so that no lock is needed and gestures come out in
 * order with the button events they are made of. Timings are measured by the scheduler alone, never by reading a
 * clock, so a scheduler with a virtual clock drives it deterministically.
 */
public final class ButtonGestureDetector {

    private final ScheduledExecutorService scheduler;
    private final Timing timing;
    private final Consumer<ButtonGesture> sink;
    private final Clock clock;
    private final Map<Key, Track> tracks = new HashMap<>();
    private boolean closed;

    /**
     * @param scheduler the thread this detector is confined to, which also runs its timers
     * @param timing    the windows of the gestures
     * @param sink      receives every gesture, on the scheduler's thread
     * @param clock     the timestamps of the gestures a timer makes (those an event makes take the event's)
     */
    public ButtonGestureDetector(ScheduledExecutorService scheduler, Timing timing, Consumer<ButtonGesture> sink,
                                 Clock clock) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ButtonGestureDetector(ScheduledExecutorService scheduler, Timing timing, Consumer<ButtonGesture> sink) {
        this(scheduler, timing, sink, Clock.systemUTC());
    }

    /** Takes one button event; gestures it completes go to the sink before this returns. */
    public void onButton(ButtonEvent event) {
        if (closed) {
            return;
        }
        Track track = tracks.computeIfAbsent(new Key(event.deviceId(), event.buttonId()), k -> new Track());
        switch (event.action()) {
            case Press -> track.press(event);
            case Release -> track.release();
            case Hold, LongHold -> track.bridgeLongPress(event);
            case MultiTap -> track.bridgeDoubleTap(event);
        }
    }

    /** Forgets every button, emitting nothing: what was pending (a tap window, a hold and its repeats) ends. */
    public void reset() {
        tracks.values().forEach(Track::cancelTimers);
        tracks.clear();
    }

    /** {@link #reset()}, and ignores everything from now on. */
    public void close() {
        closed = true;
        reset();
    }

    /** Buttons with a gesture under way (held, or in a tap window): for tests and diagnostics. */
    public int pending() {
        return (int) tracks.values().stream().filter(Track::busy).count();
    }

    /**
     * The windows of the gestures.
     *
     * @param doubleTapWindow    how long after a tap's release a second press makes it a double tap
     * @param longPressTime      how long a press must be held to be a long press
     * @param holdRepeatInterval how often a long press repeats while held
     */
    public record Timing(Duration doubleTapWindow, Duration longPressTime, Duration holdRepeatInterval) {

        public Timing {
            positive(doubleTapWindow, "doubleTapWindow");
            positive(longPressTime, "longPressTime");
            positive(holdRepeatInterval, "holdRepeatInterval");
        }

        private static void positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
        }
    }

    private record Key(Integer deviceId, int buttonId) {
    }

    /** One button's state; lives on the scheduler's thread. */
    private final class Track {
        /** Between a press and its release. */
        boolean pressed;
        /** The press being held was a long press (timed or reported by the bridge). */
        boolean longPressed;
        /** This tap sequence was a double tap: no more single tap, long press or double tap until the next press. */
        boolean doubleTapped;
        /** The press that is held, for the gestures its timers make. */
        ButtonEvent heldPress;
        /** The release that ended a tap, while its window runs. */
        ButtonEvent tap;
        ScheduledFuture<?> longPressTimer;
        ScheduledFuture<?> repeatTimer;
        ScheduledFuture<?> tapTimer;

        void press(ButtonEvent event) {
            if (pressed) {
                return; // a duplicate: the button is held already
            }
            pressed = true;
            longPressed = false;
            heldPress = event;
            if (tapTimer != null) {
                cancelTap();
                doubleTapped = true;
                emit(event, Gesture.DoubleTap, event);
                return;
            }
            doubleTapped = false;
            longPressTimer = schedule(this::longPressTimeReached, timing.longPressTime());
        }

        void release() {
            if (!pressed) {
                return;
            }
            pressed = false;
            cancelHold();
            if (!longPressed && !doubleTapped) {
                tap = heldPress;
                tapTimer = schedule(this::tapWindowPassed, timing.doubleTapWindow());
            }
            heldPress = null;
        }

        /** The bridge says the button is held long: the long press, unless this press had one or was a double tap. */
        void bridgeLongPress(ButtonEvent event) {
            if (!pressed) {
                // a hold with no press heard: a tap in its window was a whole single tap, and the hold a new press
                if (tapTimer != null) {
                    ButtonEvent single = tap;
                    cancelTap();
                    emit(single, Gesture.SingleTap, event);
                }
                pressed = true;
                doubleTapped = false;
                heldPress = event;
            } else if (longPressed || doubleTapped) {
                return;
            }
            startLongPress(event, event);
        }

        /** The bridge says the button was tapped twice: the double tap, unless this tap sequence had one. */
        void bridgeDoubleTap(ButtonEvent event) {
            if (doubleTapped) {
                return;
            }
            doubleTapped = true;
            cancelTap();
            cancelHold();
            emit(event, Gesture.DoubleTap, event);
        }

        void longPressTimeReached() {
            longPressTimer = null;
            if (!closed && pressed && !longPressed) {
                startLongPress(heldPress, null);
            }
        }

        void startLongPress(ButtonEvent named, ButtonEvent at) {
            cancelHold();
            longPressed = true;
            emit(named, Gesture.LongPress, at);
            long interval = timing.holdRepeatInterval().toNanos();
            repeatTimer = scheduler.scheduleAtFixedRate(this::repeat, interval, interval, TimeUnit.NANOSECONDS);
        }

        void repeat() {
            if (!closed && pressed && longPressed) {
                emit(heldPress, Gesture.HoldRepeat, null);
            }
        }

        void tapWindowPassed() {
            tapTimer = null;
            ButtonEvent single = tap;
            tap = null;
            if (!closed && single != null) {
                emit(single, Gesture.SingleTap, null);
            }
        }

        boolean busy() {
            return pressed || tapTimer != null;
        }

        void cancelTap() {
            if (tapTimer != null) {
                tapTimer.cancel(false);
                tapTimer = null;
            }
            tap = null;
        }

        void cancelHold() {
            if (longPressTimer != null) {
                longPressTimer.cancel(false);
                longPressTimer = null;
            }
            if (repeatTimer != null) {
                repeatTimer.cancel(false);
                repeatTimer = null;
            }
        }

        void cancelTimers() {
            cancelTap();
            cancelHold();
            pressed = false;
        }

        private ScheduledFuture<?> schedule(Runnable task, Duration delay) {
            return scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** A gesture named as {@code named} is, at the time of {@code at} or, made by a timer, now. */
        private void emit(ButtonEvent named, Gesture gesture, ButtonEvent at) {
            sink.accept(ButtonGesture.of(named, gesture, at != null ? at.timestamp() : clock.instant()));
        }
    }
}
