package io.github.camellutron.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.IntFunction;

import io.github.camellutron.lip.protocol.AreaAction;
import io.github.camellutron.lip.protocol.DeviceAction;
import io.github.camellutron.lip.protocol.GroupAction;
import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LedCode;
import io.github.camellutron.lip.protocol.LipCommandType;
import io.github.camellutron.lip.protocol.LipError;
import io.github.camellutron.lip.protocol.LipLevel;
import io.github.camellutron.lip.protocol.LipMessage;
import io.github.camellutron.lip.protocol.LipOperation;
import io.github.camellutron.lip.protocol.LipParseException;
import io.github.camellutron.lip.protocol.LipTime;
import io.github.camellutron.lip.protocol.ModeAction;
import io.github.camellutron.lip.protocol.MonitoringType;
import io.github.camellutron.lip.protocol.OutputAction;
import io.github.camellutron.lip.protocol.SystemAction;
import io.github.camellutron.lip.protocol.SysvarAction;
import io.github.camellutron.lip.protocol.TimeclockAction;
import io.github.camellutron.simulator.LipHouse.Area;
import io.github.camellutron.simulator.LipHouse.Button;
import io.github.camellutron.simulator.LipHouse.Device;
import io.github.camellutron.simulator.LipHouse.GreenMode;
import io.github.camellutron.simulator.LipHouse.Timeclock;
import io.github.camellutron.simulator.LipHouse.Variable;
import io.github.camellutron.simulator.LipHouse.Zone;

/**
 * Executes the command lines of a logged-in session against the house. Answers go to the asking session only;
 * state changes are reported to every session that monitors them. A command the bridge refuses is answered with
 * {@code ~ERROR,n} (LIP.md 2.11), which never echoes the command. Runs on the simulator's event loop.
 */
final class CommandInterpreter {

    /** The firmware revision answered to {@code ?SYSTEM,8}. */
    static final String OS_REVISION = "12.7.0";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final String MONITORING = "MONITORING";
    /** Power sources and battery states of {@code ?DEVICE,id,c,22}. */
    private static final int POWERED_BY_BATTERY = 1;
    private static final int POWERED_EXTERNALLY = 2;
    private static final int NO_BATTERY = 0;
    private static final int BATTERY_NORMAL = 1;
    private static final int ENABLE = 1;
    private static final int DISABLE = 2;

    private final SimulatedBridge bridge;
    private final LipHouse house;
    private final HouseState state;

    CommandInterpreter(SimulatedBridge bridge) {
        this.bridge = bridge;
        this.house = bridge.house();
        this.state = bridge.state();
    }

    void execute(LipSession from, String line) {
        try {
            LipMessage command;
            try {
                command = LipMessage.parse(line);
            } catch (LipParseException e) {
                throw new Refusal(LipError.UNSUPPORTED_COMMAND);
            }
            if (command != null) {
                execute(from, command);
            }
        } catch (Refusal r) {
            from.reply(LipMessage.report("ERROR", r.error.code()).toString());
        }
    }

    private void execute(LipSession from, LipMessage command) {
        LipCommandType type = command.commandType();
        if (command.operation() == LipOperation.REPORT || type == null) {
            throw new Refusal(LipError.UNSUPPORTED_COMMAND);
        }
        switch (type) {
            case OUTPUT -> output(from, command);
            case DEVICE -> device(from, command);
            case GROUP -> group(from, command);
            case MONITORING -> monitoring(from, command);
            case SYSTEM -> system(from, command);
            case TIMECLOCK -> timeclock(from, command);
            case MODE -> mode(from, command);
            case AREA -> {
                homeworksOnly(from);
                area(from, command);
            }
            case SYSVAR -> {
                homeworksOnly(from);
                sysvar(from, command);
            }
            case SHADEGRP, HVAC -> {
                // the house model has neither shade groups nor HVAC controllers, so no id exists
                homeworksOnly(from);
                fieldCount(command, 1, Integer.MAX_VALUE);
                integer(command, 0);
                throw new Refusal(LipError.OBJECT_DOES_NOT_EXIST);
            }
            default -> throw new Refusal(LipError.UNSUPPORTED_COMMAND);
        }
    }

    private void output(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        Zone zone = find(m, house::zone);
        OutputAction action = action(m, 1, OutputAction::of);
        if (m.operation() == LipOperation.QUERY) {
            require(action == OutputAction.SET_LEVEL || zone.tilts() && (action == OutputAction.SET_TILT
                    || action == OutputAction.SET_LIFT_AND_TILT), LipError.INVALID_ACTION);
            fieldCount(m, 2, 2);
            int id = zone.id();
            from.reply(switch (action) {
                case SET_TILT -> HouseState.tiltReport(id, state.tilt(id));
                case SET_LIFT_AND_TILT -> HouseState.liftAndTiltReport(id, state.level(id), state.tilt(id));
                default -> HouseState.levelReport(id, state.level(id));
            });
            return;
        }
        switch (action) {
            case SET_LEVEL -> {
                fieldCount(m, 3, 5);
                double level = level(m.field(2));
                state.setLevel(zone, level, fadeAndDelay(m, 3));
            }
            case START_RAISING, START_LOWERING -> {
                fieldCount(m, 2, 2);
                state.startRamp(zone, action == OutputAction.START_RAISING ? 1 : -1);
            }
            case STOP -> {
                fieldCount(m, 2, 2);
                state.stopRamp(zone);
            }
            case START_FLASHING -> {
                require(zone.flashes(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 4);
                state.flash(zone, fadeAndDelay(m, 2));
            }
            case PULSE -> {
                // a pulsed contact closure is not monitorable (LIP.md 5.2): nothing is reported
                require(zone.pulses(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 3);
                if (m.fieldCount() == 3) {
                    time(m.field(2));
                }
            }
            case SET_TILT -> {
                require(zone.tilts(), LipError.INVALID_ACTION);
                fieldCount(m, 3, 5);
                double tilt = level(m.field(2));
                state.setTilt(zone, tilt, fadeAndDelay(m, 3));
            }
            case SET_LIFT_AND_TILT -> {
                require(zone.tilts(), LipError.INVALID_ACTION);
                fieldCount(m, 4, 6);
                double lift = level(m.field(2));
                double tilt = level(m.field(3));
                state.setLiftAndTilt(zone, lift, tilt, fadeAndDelay(m, 4));
            }
            case RAISE_TILT, LOWER_TILT -> {
                require(zone.tilts(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                state.startTiltRamp(zone, action == OutputAction.RAISE_TILT ? 1 : -1);
            }
            case STOP_TILT -> {
                require(zone.tilts(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                state.stopTiltRamp(zone);
            }
            case RAISE_LIFT, LOWER_LIFT -> {
                require(zone.lifts(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                state.startRamp(zone, action == OutputAction.RAISE_LIFT ? 1 : -1);
            }
            case STOP_LIFT -> {
                require(zone.lifts(), LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                state.stopRamp(zone);
            }
            default -> throw new Refusal(LipError.INVALID_ACTION);
        }
    }

    private void device(LipSession from, LipMessage m) {
        fieldCount(m, 3, Integer.MAX_VALUE);
        Device device = find(m, house::device);
        int component = integer(m, 1);
        DeviceAction action = action(m, 2, DeviceAction::of);
        if (action == DeviceAction.BATTERY_STATUS) {
            require(m.operation() == LipOperation.QUERY, LipError.INVALID_ACTION);
            fieldCount(m, 3, 3);
            // pylutron reads power source and battery status from the 5th and 6th field after the id, skipping the
            // 4th and 7th, whose meaning no source records: they are 0 here. Status codes as the guide has them
            // (1 normal, 2 low); ?HELP,?DEVICE,22 adds 0 for a device with no battery (LIP.md 2.4, 2.12)
            boolean battery = device.runsOnBattery();
            from.reply(LipMessage.report("DEVICE", device.id(), component, action.code(), 0,
                    battery ? POWERED_BY_BATTERY : POWERED_EXTERNALLY, battery ? BATTERY_NORMAL : NO_BATTERY, 0)
                    .toString());
            return;
        }
        if (action == DeviceAction.LED_STATE) {
            require(device.buttonByLed(component).isPresent(), LipError.OBJECT_DOES_NOT_EXIST);
            if (m.operation() == LipOperation.QUERY) {
                fieldCount(m, 3, 3);
                from.reply(LipMessage.report("DEVICE", device.id(), component, action.code(),
                        state.led(device.id(), component).code()).toString());
            } else {
                fieldCount(m, 4, 4);
                LedCode led = LedCode.of(integer(m, 3));
                require(led != null, LipError.PARAMETER_OUT_OF_RANGE);
                if (!from.homeworks() && led != LedCode.OFF) {
                    led = LedCode.ON; // RadioRA 2 has no flashing LEDs and reports them as on (LIP.md 2.4)
                }
                state.setLed(device, component, led);
            }
            return;
        }
        require(m.operation() == LipOperation.EXECUTE && (action == DeviceAction.PRESS
                || action == DeviceAction.RELEASE || action == DeviceAction.HOLD
                || action == DeviceAction.MULTI_TAP), LipError.INVALID_ACTION);
        fieldCount(m, 3, 3);
        if (device.isSensor()) {
            require(component == Device.SENSOR_COMPONENT, LipError.OBJECT_DOES_NOT_EXIST);
            require(action == DeviceAction.PRESS || action == DeviceAction.RELEASE, LipError.INVALID_ACTION);
            state.sensor(device, action == DeviceAction.PRESS);
            return;
        }
        Button button = device.button(component).orElseThrow(() -> new Refusal(
                device.buttonByLed(component).isPresent() ? LipError.INVALID_ACTION : LipError.OBJECT_DOES_NOT_EXIST));
        state.button(device, button, action, bridge.echoDeviceTwice() ? 2 : 1);
    }

    private void group(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        Area area = find(m, house::area);
        GroupAction action = action(m, 1, GroupAction::of);
        require(m.operation() == LipOperation.QUERY && action == GroupAction.OCCUPANCY_STATE, LipError.INVALID_ACTION);
        fieldCount(m, 2, 2);
        from.reply(LipMessage.report("GROUP", area.id(), action.code(), state.occupancy(area.id()).code()).toString());
    }

    private void monitoring(LipSession from, LipMessage m) {
        fieldCount(m, 1, Integer.MAX_VALUE);
        MonitoringType type = MonitoringType.of(integer(m, 0));
        require(type != null, LipError.PARAMETER_OUT_OF_RANGE);
        if (m.operation() == LipOperation.QUERY) {
            fieldCount(m, 1, 1);
            from.reply(LipMessage.report(MONITORING, type.code(), from.monitors(type) ? ENABLE : DISABLE).toString());
            return;
        }
        fieldCount(m, 2, 2);
        int value = integer(m, 1);
        require(value == ENABLE || value == DISABLE, LipError.PARAMETER_OUT_OF_RANGE);
        from.setMonitoring(type, value == ENABLE);
        from.reply(LipMessage.report(MONITORING, type.code(), value).toString());
    }

    private void system(LipSession from, LipMessage m) {
        fieldCount(m, 1, Integer.MAX_VALUE);
        SystemAction action = action(m, 0, SystemAction::of);
        if (m.operation() == LipOperation.EXECUTE) {
            fieldCount(m, 2, 2);
            LocalDateTime now = state.now();
            switch (action) {
                case TIME -> state.setClock(now.toLocalDate(), timeOfDay(m.field(1)));
                case DATE -> state.setClock(date(m.field(1)), now.toLocalTime());
                default -> throw new Refusal(LipError.INVALID_ACTION);
            }
            return;
        }
        fieldCount(m, 1, 1);
        Object[] values = switch (action) {
            case TIME -> new Object[] { TIME.format(state.now()) };
            case DATE -> new Object[] { DATE.format(state.now()) };
            case LATITUDE_LONGITUDE -> new Object[] { plain(house.latitude()), plain(house.longitude()) };
            case TIME_ZONE -> {
                int seconds = ZoneId.systemDefault().getRules().getOffset(Instant.now()).getTotalSeconds();
                yield new Object[] { seconds / 3600, Math.abs(seconds % 3600 / 60) };
            }
            case SUNSET -> new Object[] { HOUR_MINUTE.format(house.sunset()) };
            case SUNRISE -> new Object[] { HOUR_MINUTE.format(house.sunrise()) };
            case OS_REVISION -> new Object[] { OS_REVISION };
            case DATABASE_EXPORT_TIME ->
                    new Object[] { DATE.format(house.exportTime()), TIME.format(house.exportTime()) };
            default -> throw new Refusal(LipError.INVALID_ACTION);
        };
        Object[] fields = new Object[values.length + 1];
        fields[0] = action.code();
        System.arraycopy(values, 0, fields, 1, values.length);
        from.reply(LipMessage.report("SYSTEM", fields).toString());
    }

    private void timeclock(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        Timeclock timeclock = find(m, house::timeclock);
        TimeclockAction action = action(m, 1, TimeclockAction::of);
        boolean query = m.operation() == LipOperation.QUERY;
        switch (action) {
            case MODE -> {
                if (query) {
                    fieldCount(m, 2, 2);
                    from.reply(LipMessage.report("TIMECLOCK", timeclock.id(), action.code(),
                            state.timeclockMode(timeclock)).toString());
                } else {
                    fieldCount(m, 3, 3);
                    state.setTimeclockMode(timeclock, atLeast(m, 2, 1));
                }
            }
            case SUNRISE, SUNSET -> {
                require(query, LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                LocalTime time = action == TimeclockAction.SUNRISE ? house.sunrise() : house.sunset();
                from.reply(LipMessage.report("TIMECLOCK", timeclock.id(), action.code(), HOUR_MINUTE.format(time))
                        .toString());
            }
            case EXECUTE_EVENT -> {
                require(!query, LipError.INVALID_ACTION);
                fieldCount(m, 3, 3);
                state.executeTimeclockEvent(timeclock, event(timeclock, m));
            }
            case ENABLE_EVENT -> {
                require(!query, LipError.INVALID_ACTION);
                fieldCount(m, 4, 4);
                int event = event(timeclock, m);
                int enable = integer(m, 3);
                require(enable == ENABLE || enable == DISABLE, LipError.PARAMETER_OUT_OF_RANGE);
                state.enableTimeclockEvent(timeclock, event, enable == ENABLE);
            }
            default -> throw new Refusal(LipError.INVALID_ACTION);
        }
    }

    /**
     * The event index of a timeclock command: from 1, and one of the timeclock's events when the house lists them (a
     * house read from a catalog lists none, so any index is taken and runs nothing).
     */
    private static int event(Timeclock timeclock, LipMessage m) {
        int index = atLeast(m, 2, 1);
        require(timeclock.events().isEmpty() || timeclock.event(index).isPresent(), LipError.PARAMETER_OUT_OF_RANGE);
        return index;
    }

    private void mode(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        GreenMode mode = find(m, house::greenMode);
        ModeAction action = action(m, 1, ModeAction::of);
        if (m.operation() == LipOperation.QUERY) {
            fieldCount(m, 2, 2);
            from.reply(LipMessage.report("MODE", mode.id(), action.code(), state.greenModeStep(mode)).toString());
        } else {
            fieldCount(m, 3, 3);
            state.setGreenModeStep(mode, atLeast(m, 2, 1));
        }
    }

    private void sysvar(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        Variable variable = find(m, house::variable);
        SysvarAction action = action(m, 1, SysvarAction::of);
        if (m.operation() == LipOperation.QUERY) {
            fieldCount(m, 2, 2);
            from.reply(LipMessage.report("SYSVAR", variable.id(), action.code(), state.variable(variable)).toString());
        } else {
            fieldCount(m, 3, 3);
            state.setVariable(variable, atLeast(m, 2, 0));
        }
    }

    private void area(LipSession from, LipMessage m) {
        fieldCount(m, 2, Integer.MAX_VALUE);
        Area area = find(m, house::area);
        AreaAction action = action(m, 1, AreaAction::of);
        boolean query = m.operation() == LipOperation.QUERY;
        switch (action) {
            case SET_LEVEL -> {
                require(!query, LipError.INVALID_ACTION);
                fieldCount(m, 3, 5);
                double level = level(m.field(2));
                Duration delay = fadeAndDelay(m, 3);
                house.zonesIn(area.id()).forEach(z -> state.setLevel(z, level, delay));
            }
            case OCCUPANCY_STATE -> {
                require(query, LipError.INVALID_ACTION);
                fieldCount(m, 2, 2);
                // AREA has no "unknown" state (unlike GROUP): an area no sensor has reported on counts as vacant
                GroupState occupancy = state.occupancy(area.id()) == GroupState.OCCUPIED
                        ? GroupState.OCCUPIED : GroupState.UNOCCUPIED;
                from.reply(LipMessage.report("AREA", area.id(), action.code(), occupancy.code()).toString());
            }
            default -> throw new Refusal(LipError.INVALID_ACTION);
        }
    }

    /** AREA, SHADEGRP, SYSVAR and HVAC exist on HomeWorks QS only; RadioRA 2 and Caseta do not know them. */
    private static void homeworksOnly(LipSession from) {
        require(from.homeworks(), LipError.UNSUPPORTED_COMMAND);
    }

    /** Validates the optional fade (which changes nothing: the target is reported at once) and returns the delay. */
    private static Duration fadeAndDelay(LipMessage m, int fadeIndex) {
        if (m.fieldCount() > fadeIndex) {
            time(m.field(fadeIndex));
        }
        return m.fieldCount() > fadeIndex + 1 ? time(m.field(fadeIndex + 1)) : Duration.ZERO;
    }

    private static <T> T find(LipMessage m, IntFunction<Optional<T>> lookup) {
        return lookup.apply(integer(m, 0)).orElseThrow(() -> new Refusal(LipError.OBJECT_DOES_NOT_EXIST));
    }

    private static <T> T action(LipMessage m, int index, IntFunction<T> of) {
        T action = of.apply(integer(m, index));
        require(action != null, LipError.INVALID_ACTION);
        return action;
    }

    private static void fieldCount(LipMessage m, int min, int max) {
        require(m.fieldCount() >= min && m.fieldCount() <= max, LipError.PARAMETER_COUNT_MISMATCH);
    }

    private static int integer(LipMessage m, int index) {
        try {
            return m.intField(index);
        } catch (LipParseException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
    }

    private static int atLeast(LipMessage m, int index, int min) {
        int value = integer(m, index);
        require(value >= min, LipError.PARAMETER_OUT_OF_RANGE);
        return value;
    }

    /** A level: not a number is malformed (5), a number outside 0-100 is out of range (4). */
    private static double level(String field) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
        require(Double.isNaN(value) || (value >= LipLevel.MIN && value <= LipLevel.MAX),
                LipError.PARAMETER_OUT_OF_RANGE);
        try {
            return LipLevel.parse(field);
        } catch (LipParseException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
    }

    private static Duration time(String field) {
        Duration time;
        try {
            time = LipTime.parse(field);
        } catch (LipParseException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
        require(time.compareTo(LipTime.MAX) <= 0, LipError.PARAMETER_OUT_OF_RANGE);
        return time;
    }

    private static LocalTime timeOfDay(String field) {
        try {
            return LipTime.parseTimeOfDay(field);
        } catch (LipParseException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
    }

    private static LocalDate date(String field) {
        try {
            return LocalDate.parse(field, DATE);
        } catch (DateTimeParseException e) {
            throw new Refusal(LipError.PARAMETER_MALFORMED);
        }
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void require(boolean condition, LipError error) {
        if (!condition) {
            throw new Refusal(error);
        }
    }

    /** The bridge refuses a command with this error; no stack trace, it is flow control. */
    private static final class Refusal extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final LipError error;

        Refusal(LipError error) {
            super(error.meaning(), null, false, false);
            this.error = error;
        }
    }
}
