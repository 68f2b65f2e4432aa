package io.github.camellutron.simulator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import io.github.camellutron.lip.protocol.DeviceAction;
import io.github.camellutron.lip.protocol.GroupAction;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.ModeAction;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.github.camellutron.lip.protocol.OutputAction;
import io.github.camellutron.lip.protocol.SysvarAction;
import io.github.camellutron.lip.protocol.TimeclockAction;
import io.github.camellutron.simulator.LipHouse.Area;
import io.github.camellutron.simulator.LipHouse.Button;
import io.github.camellutron.simulator.LipHouse.Device;
import io.github.camellutron.simulator.LipHouse.Timeclock;
import io.github.camellutron.simulator.LipHouse.Variable;
import io.github.camellutron.simulator.LipHouse.Zone;

/**
 * What the simulated installation is doing now: zone levels, blind tilts, flashing lights, LEDs, occupancy, timeclock
 * modes and events, green mode steps and state variables, and the effects of buttons and timeclock events. Every
 * method except the reads tests make (level, tilt, flashing, LED, occupancy, timeclock event enabled) runs on the
 * simulator's event loop; what those read is concurrent so tests can read it from any thread. Changes are reported
 * through {@code reports} exactly as a bridge reports them.
 */
final class HouseState {

    /** How often a raising or lowering zone moves one step. */
    private static final Duration RAMP_PERIOD = Duration.ofMillis(250);

    private static final double SAME_LEVEL = 0.005;
    /** How far one tilt step moves a blind's slats. */
    private static final double TILT_STEP = 10;
    private static final int RAISE = 1;
    private static final int LOWER = -1;
    private static final int PICO_ON = 2;
    private static final int PICO_FAVORITE = 3;
    private static final int PICO_OFF = 4;
    private static final int PICO_RAISE = 5;
    private static final int PICO_LOWER = 6;

    private final LipHouse house;
    private final ScheduledExecutorService loop;
    private final BiConsumer<MonitoringType, String> reports;
    private final Map<Integer, Double> levels = new ConcurrentHashMap<>();
    private final Map<Integer, Double> tilts = new ConcurrentHashMap<>();
    private final Map<Long, LedCode> leds = new ConcurrentHashMap<>();
    private final Map<Integer, GroupState> occupancy = new ConcurrentHashMap<>();
    private final Set<Integer> flashing = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> timeclockModes = new HashMap<>();
    private final Map<Integer, Integer> greenModeSteps = new HashMap<>();
    private final Map<Integer, Integer> variables = new HashMap<>();
    private final Map<Integer, List<SceneLed>> sceneLedsByZone = new HashMap<>();
    private final Map<Integer, ScheduledFuture<?>> ramps = new HashMap<>();
    private final Map<Integer, ScheduledFuture<?>> tiltRamps = new HashMap<>();
    /** Timeclock events switched off by {@code #TIMECLOCK,id,6,event,2}: timeclock id and event index. */
    private final Set<Long> disabledEvents = ConcurrentHashMap.newKeySet();
    private final boolean greenModeStepReports;
    private Duration clockOffset = Duration.ZERO;

    /** A button with an LED and a scene: its LED is on exactly while its scene is active. */
    private record SceneLed(Device device, Button button) {
    }

    HouseState(LipHouse house, ScheduledExecutorService loop, BiConsumer<MonitoringType, String> reports,
               boolean greenModeStepReports) {
        this.house = house;
        this.loop = loop;
        this.reports = reports;
        this.greenModeStepReports = greenModeStepReports;
        house.zones().forEach(z -> levels.put(z.id(), z.accept(z.level())));
        house.zones().stream().filter(Zone::tilts).forEach(z -> tilts.put(z.id(), z.tilt()));
        house.areas().forEach(a -> occupancy.put(a.id(), a.occupancy()));
        house.timeclocks().forEach(t -> timeclockModes.put(t.id(), t.mode()));
        house.greenModes().forEach(g -> greenModeSteps.put(g.id(), g.step()));
        house.variables().forEach(v -> variables.put(v.id(), v.value()));
        for (Device device : house.devices()) {
            for (Button button : device.buttons()) {
                if (button.led() == null) {
                    continue;
                }
                boolean sceneLed = !button.scene().isEmpty();
                if (sceneLed) {
                    SceneLed entry = new SceneLed(device, button);
                    button.scene().keySet().forEach(z -> sceneLedsByZone.computeIfAbsent(z, k -> new ArrayList<>())
                            .add(entry));
                }
                leds.put(key(device.id(), button.led()),
                        sceneLed && sceneActive(button) ? LedCode.ON : LedCode.OFF);
            }
        }
    }

    static String levelReport(int zoneId, double level) {
        return LipMessage.report("OUTPUT", zoneId, OutputAction.SET_LEVEL.code(), LipLevel.format(level)).toString();
    }

    static String tiltReport(int zoneId, double tilt) {
        return LipMessage.report("OUTPUT", zoneId, OutputAction.SET_TILT.code(), LipLevel.format(tilt)).toString();
    }

    static String liftAndTiltReport(int zoneId, double lift, double tilt) {
        return LipMessage.report("OUTPUT", zoneId, OutputAction.SET_LIFT_AND_TILT.code(), LipLevel.format(lift),
                LipLevel.format(tilt)).toString();
    }

    double level(int zoneId) {
        return levels.get(zoneId);
    }

    /** The tilt of a blind. */
    double tilt(int zoneId) {
        return tilts.get(zoneId);
    }

    LedCode led(int deviceId, int led) {
        return leds.get(key(deviceId, led));
    }

    GroupState occupancy(int areaId) {
        return occupancy.get(areaId);
    }

    boolean flashing(int zoneId) {
        return flashing.contains(zoneId);
    }

    /**
     * Starts flashing a zone now, or after {@code delay}, until its level is set again. Nothing is reported: the level
     * a client reads does not change, and the notes record no report of the flashing itself.
     */
    void flash(Zone zone, Duration delay) {
        later(delay, () -> flashing.add(zone.id()));
    }

    /** Sets a zone now, or after {@code delay}; the target is reported at once whatever the fade. */
    void setLevel(Zone zone, double requested, Duration delay) {
        later(delay, () -> setLevel(zone, requested));
    }

    void setLevel(Zone zone, double requested) {
        cancelRamp(zone.id());
        apply(zone, requested);
        refreshLeds(List.of(zone.id()));
    }

    /** Raises ({@code direction} 1) or lowers (-1) a zone one step now and one more every {@link #RAMP_PERIOD}. */
    void startRamp(Zone zone, int direction) {
        cancelRamp(zone.id());
        flashing.remove(zone.id());
        if (step(zone, direction)) {
            stopRamp(zone);
            return;
        }
        long period = RAMP_PERIOD.toNanos();
        ramps.put(zone.id(), loop.scheduleAtFixedRate(() -> {
            if (step(zone, direction)) {
                stopRamp(zone);
            }
        }, period, period, TimeUnit.NANOSECONDS));
    }

    /** Ends raising or lowering and reports where the zone stopped. */
    void stopRamp(Zone zone) {
        cancelRamp(zone.id());
        reports.accept(MonitoringType.ZONE, levelReport(zone.id(), levels.get(zone.id())));
        refreshLeds(List.of(zone.id()));
    }

    /** Sets a blind's tilt now, or after {@code delay}, reported as {@code ~OUTPUT,id,9,tilt}. */
    void setTilt(Zone blind, double tilt, Duration delay) {
        later(delay, () -> {
            cancel(tiltRamps, blind.id());
            tilts.put(blind.id(), tilt);
            reports.accept(MonitoringType.ZONE, tiltReport(blind.id(), tilt));
        });
    }

    /** Sets a blind's lift and tilt now, or after {@code delay}, in one {@code ~OUTPUT,id,10,lift,tilt} report. */
    void setLiftAndTilt(Zone blind, double lift, double tilt, Duration delay) {
        later(delay, () -> {
            cancelRamp(blind.id());
            cancel(tiltRamps, blind.id());
            levels.put(blind.id(), blind.accept(lift));
            tilts.put(blind.id(), tilt);
            reports.accept(MonitoringType.ZONE, liftAndTiltReport(blind.id(), levels.get(blind.id()), tilt));
            refreshLeds(List.of(blind.id()));
        });
    }

    /** Tilts a blind up ({@code direction} 1) or down (-1) one step now and one more every {@link #RAMP_PERIOD}. */
    void startTiltRamp(Zone blind, int direction) {
        cancel(tiltRamps, blind.id());
        if (tiltStep(blind, direction)) {
            stopTiltRamp(blind);
            return;
        }
        long period = RAMP_PERIOD.toNanos();
        tiltRamps.put(blind.id(), loop.scheduleAtFixedRate(() -> {
            if (tiltStep(blind, direction)) {
                stopTiltRamp(blind);
            }
        }, period, period, TimeUnit.NANOSECONDS));
    }

    /** Ends tilting and reports where the tilt stopped. */
    void stopTiltRamp(Zone blind) {
        cancel(tiltRamps, blind.id());
        reports.accept(MonitoringType.ZONE, tiltReport(blind.id(), tilts.get(blind.id())));
    }

    void cancelAllRamps() {
        ramps.values().forEach(f -> f.cancel(false));
        ramps.clear();
        tiltRamps.values().forEach(f -> f.cancel(false));
        tiltRamps.clear();
    }

    /**
     * A button action, reported {@code echoes} times to button monitoring, with its effects: a scene runs on press,
     * a phantom button without a scene lights its LED, Pico buttons act on release (on, favourite, off) or raise and
     * lower while pressed.
     */
    void button(Device device, Button button, DeviceAction action, int echoes) {
        String line = LipMessage.report("DEVICE", device.id(), button.number(), action.code()).toString();
        for (int i = 0; i < echoes; i++) {
            reports.accept(MonitoringType.BUTTON, line);
        }
        if (action == DeviceAction.PRESS) {
            press(device, button);
        } else if (action == DeviceAction.RELEASE && device.isPico()) {
            picoRelease(device, button);
        }
    }

    /** An occupancy sensor saw its area occupied or vacated. */
    void sensor(Device sensor, boolean occupied) {
        reports.accept(MonitoringType.OCCUPANCY, sensorReport(sensor.id(), occupied));
        for (Area area : house.areas()) {
            if (area.sensors().contains(sensor.id())) {
                setGroup(area, occupied);
            }
        }
    }

    /** The area's occupancy changed: every sensor of the area reports, then the group. */
    void setOccupancy(Area area, boolean occupied) {
        for (int sensor : area.sensors()) {
            reports.accept(MonitoringType.OCCUPANCY, sensorReport(sensor, occupied));
        }
        setGroup(area, occupied);
    }

    void setLed(Device device, int led, LedCode state) {
        leds.put(key(device.id(), led), state);
        reports.accept(MonitoringType.LED, LipMessage.report("DEVICE", device.id(), led,
                DeviceAction.LED_STATE.code(), state.code()).toString());
    }

    int timeclockMode(Timeclock timeclock) {
        return timeclockModes.get(timeclock.id());
    }

    void setTimeclockMode(Timeclock timeclock, int mode) {
        timeclockModes.put(timeclock.id(), mode);
        reports.accept(MonitoringType.TIMECLOCK, LipMessage.report("TIMECLOCK", timeclock.id(),
                TimeclockAction.MODE.code(), mode).toString());
    }

    /**
     * Runs a timeclock event now, as its schedule or {@code #TIMECLOCK,id,5,event} does, whether it is enabled or not
     * (enabling only concerns the schedule): reported as {@code ~TIMECLOCK,id,5,event}, then its scene, if the house
     * gives it one, sets its zones.
     */
    void executeTimeclockEvent(Timeclock timeclock, int index) {
        reports.accept(MonitoringType.TIMECLOCK, LipMessage.report("TIMECLOCK", timeclock.id(),
                TimeclockAction.EXECUTE_EVENT.code(), index).toString());
        timeclock.event(index).ifPresent(event -> {
            event.scene().forEach((zoneId, level) -> {
                cancelRamp(zoneId);
                apply(zone(zoneId), level);
            });
            refreshLeds(event.scene().keySet());
        });
    }

    void enableTimeclockEvent(Timeclock timeclock, int index, boolean enabled) {
        if (enabled) {
            disabledEvents.remove(key(timeclock.id(), index));
        } else {
            disabledEvents.add(key(timeclock.id(), index));
        }
    }

    boolean timeclockEventEnabled(int timeclockId, int index) {
        return !disabledEvents.contains(key(timeclockId, index));
    }

    int greenModeStep(LipHouse.GreenMode mode) {
        return greenModeSteps.get(mode.id());
    }

    /**
     * Reported to mode monitoring (18), unless the bridge plays the ones openHAB saw that do not push step changes
     * (LIP.md 2.8), so that clients poll them.
     */
    void setGreenModeStep(LipHouse.GreenMode mode, int step) {
        greenModeSteps.put(mode.id(), step);
        if (greenModeStepReports) {
            reports.accept(MonitoringType.MODE, LipMessage.report("MODE", mode.id(), ModeAction.STEP.code(), step)
                    .toString());
        }
    }

    int variable(Variable variable) {
        return variables.get(variable.id());
    }

    void setVariable(Variable variable, int value) {
        variables.put(variable.id(), value);
        reports.accept(MonitoringType.SYSTEM_VARIABLE,
                LipMessage.report("SYSVAR", variable.id(), SysvarAction.STATE.code(), value).toString());
    }

    /** The bridge's clock, which {@code #SYSTEM,1} and {@code #SYSTEM,2} move away from the host's. */
    LocalDateTime now() {
        return LocalDateTime.now().plus(clockOffset);
    }

    void setClock(LocalDate date, LocalTime time) {
        clockOffset = Duration.between(LocalDateTime.now(), LocalDateTime.of(date, time));
    }

    private void press(Device device, Button button) {
        if (!button.scene().isEmpty()) {
            button.scene().forEach((zoneId, level) -> {
                Zone zone = zone(zoneId);
                cancelRamp(zoneId);
                apply(zone, level);
            });
            refreshLeds(button.scene().keySet());
        } else if (device.isRepeater() && button.led() != null) {
            lightOnly(device, button);
        }
        if (device.isPico() && (button.number() == PICO_RAISE || button.number() == PICO_LOWER)) {
            int direction = button.number() == PICO_RAISE ? RAISE : LOWER;
            device.controls().forEach(z -> startRamp(zone(z), direction));
        }
    }

    private void picoRelease(Device pico, Button button) {
        switch (button.number()) {
            case PICO_ON -> pico.controls().forEach(z -> setLevel(zone(z), LipLevel.MAX));
            case PICO_FAVORITE -> pico.controls().forEach(z -> setLevel(zone(z), pico.favorite()));
            case PICO_OFF -> pico.controls().forEach(z -> setLevel(zone(z), LipLevel.MIN));
            case PICO_RAISE, PICO_LOWER -> pico.controls().forEach(z -> stopRamp(zone(z)));
            default -> {
                // other Pico buttons (4-button models) only report
            }
        }
    }

    /** A phantom button without a scene: its LED goes on and the others of that kind on the device go off. */
    private void lightOnly(Device device, Button pressed) {
        for (Button other : device.buttons()) {
            if (other != pressed && other.led() != null && other.scene().isEmpty()
                && led(device.id(), other.led()) != LedCode.OFF) {
                setLed(device, other.led(), LedCode.OFF);
            }
        }
        setLed(device, pressed.led(), LedCode.ON);
    }

    private void apply(Zone zone, double requested) {
        flashing.remove(zone.id());
        double level = zone.accept(requested);
        levels.put(zone.id(), level);
        reports.accept(MonitoringType.ZONE, levelReport(zone.id(), level));
    }

    /** Moves a zone one step without reporting it; true when it reached 0 or 100. */
    private boolean step(Zone zone, int direction) {
        double next = Math.max(LipLevel.MIN,
                Math.min(LipLevel.MAX, levels.get(zone.id()) + direction * zone.rampStep()));
        levels.put(zone.id(), zone.accept(next));
        return next == LipLevel.MIN || next == LipLevel.MAX;
    }

    /** Moves a blind's tilt one step without reporting it; true when it reached 0 or 100. */
    private boolean tiltStep(Zone blind, int direction) {
        double next = Math.max(LipLevel.MIN, Math.min(LipLevel.MAX, tilts.get(blind.id()) + direction * TILT_STEP));
        tilts.put(blind.id(), next);
        return next == LipLevel.MIN || next == LipLevel.MAX;
    }

    /**
     * Runs a task now, or on the loop after {@code delay}. A delayed one is not cancelled by close(): it only ends in a
     * report to no one.
     */
    private void later(Duration delay, Runnable task) {
        if (delay.isZero()) {
            task.run();
        } else {
            loop.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void cancelRamp(int zoneId) {
        cancel(ramps, zoneId);
    }

    private static void cancel(Map<Integer, ScheduledFuture<?>> ramps, int zoneId) {
        ScheduledFuture<?> ramp = ramps.remove(zoneId);
        if (ramp != null) {
            ramp.cancel(false);
        }
    }

    private void refreshLeds(Collection<Integer> zones) {
        Set<SceneLed> affected = new LinkedHashSet<>();
        zones.forEach(z -> affected.addAll(sceneLedsByZone.getOrDefault(z, List.of())));
        for (SceneLed s : affected) {
            LedCode target = sceneActive(s.button()) ? LedCode.ON : LedCode.OFF;
            if (led(s.device().id(), s.button().led()) != target) {
                setLed(s.device(), s.button().led(), target);
            }
        }
    }

    private boolean sceneActive(Button button) {
        for (Map.Entry<Integer, Double> e : button.scene().entrySet()) {
            if (Math.abs(levels.get(e.getKey()) - zone(e.getKey()).accept(e.getValue())) > SAME_LEVEL) {
                return false;
            }
        }
        return true;
    }

    private void setGroup(Area area, boolean occupied) {
        GroupState state = occupied ? GroupState.OCCUPIED : GroupState.UNOCCUPIED;
        occupancy.put(area.id(), state);
        reports.accept(MonitoringType.OCCUPANCY, LipMessage.report("GROUP", area.id(),
                GroupAction.OCCUPANCY_STATE.code(), state.code()).toString());
    }

    private static String sensorReport(int sensorId, boolean occupied) {
        DeviceAction action = occupied ? DeviceAction.PRESS : DeviceAction.RELEASE;
        return LipMessage.report("DEVICE", sensorId, Device.SENSOR_COMPONENT, action.code()).toString();
    }

    private Zone zone(int id) {
        return house.zone(id).orElseThrow();
    }

    private static long key(int deviceId, int component) {
        return ((long) deviceId << 32) | (component & 0xFFFF_FFFFL);
    }
}
