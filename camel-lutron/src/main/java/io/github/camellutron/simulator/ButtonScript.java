package io.github.camellutron.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a person does with one button, step by step with the pauses between: press, pause, release, pause, press...
 * A simulator plays it on its own event loop ({@link LipBridgeSimulator#playButton}, {@link
 * LeapBridgeSimulator#playButton}), every step at its offset from the start, so the time between two reports on the
 * wire is the pause written here, whatever the calling thread does meanwhile. Immutable: each method returns a longer
 * script.
 * <pre>{@code
 * ButtonScript doubleTap = ButtonScript.start().press().pause(150).release().pause(150).press().pause(150).release();
 * simulator.playButton(20, 3, doubleTap).join();
 * }</pre>
 */
public final class ButtonScript {

    /** One report of the button. */
    public enum Action {
        /** LIP {@code ~DEVICE,id,component,3}; LEAP {@code Press}. */
        PRESS,
        /** LIP {@code ~DEVICE,id,component,4}; LEAP {@code Release}. */
        RELEASE,
        /**
         * The bridge's own report of a long press: LIP {@code ~DEVICE,id,component,5} (HomeWorks QS only, RadioRA 2
         * and Caseta report no hold); LEAP {@code LongHold} (HomeWorks QSX and RadioRA 3 processors).
         */
        HOLD,
        /**
         * The bridge's own report of a double tap: LIP {@code ~DEVICE,id,component,6} (HomeWorks QS only); LEAP
         * {@code MultiTap}.
         */
        MULTI_TAP
    }

    /**
     * One step.
     *
     * @param action what is reported
     * @param at     when, from the start of the script
     */
    public record Step(Action action, Duration at) {
    }

    private final List<Step> steps;
    private final Duration end;

    private ButtonScript(List<Step> steps, Duration end) {
        this.steps = List.copyOf(steps);
        this.end = end;
    }

    /** A script that does nothing yet: go on with {@link #press()}. */
    public static ButtonScript start() {
        return new ButtonScript(List.of(), Duration.ZERO);
    }

    /** Then a press, after the pauses so far. */
    public ButtonScript press() {
        return then(Action.PRESS);
    }

    /** Then a release. */
    public ButtonScript release() {
        return then(Action.RELEASE);
    }

    /** Then the bridge's own hold report ({@link Action#HOLD}). */
    public ButtonScript hold() {
        return then(Action.HOLD);
    }

    /** Then the bridge's own multi-tap report ({@link Action#MULTI_TAP}). */
    public ButtonScript multiTap() {
        return then(Action.MULTI_TAP);
    }

    /** Then a tap held for {@code held}: a press, the pause, a release. */
    public ButtonScript tap(Duration held) {
        return press().pause(held).release();
    }

    /** Then nothing for {@code pause}. */
    public ButtonScript pause(Duration pause) {
        Objects.requireNonNull(pause, "pause");
        if (pause.isNegative()) {
            throw new IllegalArgumentException("a pause cannot be negative: " + pause);
        }
        return new ButtonScript(steps, end.plus(pause));
    }

    /** Then nothing for {@code millis} milliseconds. */
    public ButtonScript pause(long millis) {
        return pause(Duration.ofMillis(millis));
    }

    /** Then {@code action}, after the pauses so far. */
    public ButtonScript then(Action action) {
        Objects.requireNonNull(action, "action");
        List<Step> longer = new ArrayList<>(steps);
        longer.add(new Step(action, end));
        return new ButtonScript(longer, end);
    }

    /** The steps, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** How long the script takes, its last pause included. */
    public Duration duration() {
        return end;
    }

    /**
     * Schedules {@code actions}, one per step, each at its step's offset from now, all from the same instant so that no
     * drift adds up along the script. Called on {@code loop}, which then runs them.
     *
     * @return completes when the last action ran, or with the first one's failure
     */
    CompletableFuture<Void> playOn(ScheduledExecutorService loop, List<Runnable> actions) {
        if (actions.size() != steps.size()) {
            throw new IllegalArgumentException(actions.size() + " actions for " + steps.size() + " steps");
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (actions.isEmpty()) {
            done.complete(null);
        }
        for (int i = 0; i < actions.size(); i++) {
            Runnable action = actions.get(i);
            boolean last = i == actions.size() - 1;
            loop.schedule(() -> {
                if (done.isDone()) {
                    return;
                }
                try {
                    action.run();
                    if (last) {
                        done.complete(null);
                    }
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            }, steps.get(i).at().toNanos(), TimeUnit.NANOSECONDS);
        }
        return done;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ButtonScript[");
        for (Step step : steps) {
            text.append(step.action()).append('@').append(step.at().toMillis()).append("ms ");
        }
        return text.append("end@").append(end.toMillis()).append("ms]").toString();
    }
}
