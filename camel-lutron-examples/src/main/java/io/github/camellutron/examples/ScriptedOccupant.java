package io.github.camellutron.examples;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.camellutron.simulator.LeapBridgeSimulator;
import io.github.camellutron.simulator.LipBridgeSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Somebody living in the demo houses: walks from room to room, presses keypad and Pico buttons and turns
 * lamps at the wall, one step every few seconds, round and round, so the demo always has something to show.
 */
final class ScriptedOccupant implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScriptedOccupant.class);

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "demo-occupant");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> steps;
    private int next;

    ScriptedOccupant(LipBridgeSimulator lip, LeapBridgeSimulator leap) {
        this.steps = List.of(
                () -> lip.setOccupancy(2, true),                              // walks into the kitchen
                () -> lip.pressButton(20, 2),                                 // "Cooking" on the kitchen keypad
                () -> leap.setLevelFromWall(1, 70),                           // Caseta hallway lights at the wall
                () -> lip.setLevelFromWall(18, 70),                           // office desk lights at the wall
                () -> lip.setOccupancy(2, false),
                () -> lip.setOccupancy(HallwayAutomation.HALLWAY, true),      // the hallway route turns its lights on
                () -> leap.pressButton(101),                                  // Caseta Pico in the bathroom
                () -> lip.pressButton(21, 3),                                 // living room Pico: Favorite (YAML route: Movie)
                () -> leap.setOccupancy(2, "Occupied"),                       // Caseta occupancy sensor
                () -> lip.setOccupancy(HallwayAutomation.HALLWAY, false),
                () -> lip.setOccupancy(4, true),                              // goes to bed
                () -> lip.pressButton(22, 4),                                 // bedroom Pico: Off
                () -> leap.setOccupancy(2, "Unoccupied"),
                () -> lip.pressButton(1, 4),                                  // "Goodnight"
                () -> lip.setOccupancy(4, false));
    }

    void start(long periodMillis) {
        clock.scheduleWithFixedDelay(this::step, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    private void step() {
        try {
            steps.get(next).run();
        } catch (RuntimeException e) {
            LOG.warn("Demo occupant step {} failed: {}", next, e.getMessage());
        }
        next = (next + 1) % steps.size();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
