package io.github.camellutron.examples;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.github.camellutron.simulator.LipBridgeSimulator;

/**
 * Somebody living in the demo house: walks from room to room, presses keypad and Pico buttons and turns a
 * lamp at the wall, one step every few seconds, round and round, so the demo always has something to show.
 */
final class ScriptedOccupant implements AutoCloseable {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-occupant");
        t.setDaemon(true);
        return t;
    });
    private final List<Consumer<LipBridgeSimulator>> steps = List.of(
            house -> house.setOccupancy(2, true),            // walks into the kitchen
            house -> house.pressButton(20, 2),               // "Cooking" on the kitchen keypad
            house -> house.setLevelFromWall(18, 70),         // turns the office desk lights up at the wall
            house -> house.setOccupancy(2, false),
            house -> house.setOccupancy(DemoRoutes.HALLWAY, true), // the hallway route turns its lights on
            house -> house.pressButton(21, 2),               // living room Pico: On
            house -> house.pressButton(1, 3),                // "Movie" phantom button
            house -> house.setOccupancy(DemoRoutes.HALLWAY, false),
            house -> house.setOccupancy(4, true),            // goes to bed
            house -> house.pressButton(22, 4),               // bedroom Pico: Off
            house -> house.pressButton(1, 4),                // "Goodnight"
            house -> house.setOccupancy(4, false));

    private final LipBridgeSimulator house;
    private int next;

    ScriptedOccupant(LipBridgeSimulator house) {
        this.house = house;
    }

    void start(long periodMillis) {
        clock.scheduleWithFixedDelay(this::step, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void step() {
        steps.get(next).accept(house);
        next = (next + 1) % steps.size();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
