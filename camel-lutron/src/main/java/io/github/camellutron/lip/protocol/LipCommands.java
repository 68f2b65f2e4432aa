package io.github.camellutron.lip.protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.camellutron.event.FanSpeed;

/**
 * Builders for the commands and queries clients send, validated before anything reaches the wire: ids and
 * component numbers must not be negative, levels are 0-100 ({@link LipLevel}), times 0-4 h ({@link LipTime}).
 * Optional fade and delay arguments are null when not wanted.
 */
public final class LipCommands {

    /**
     * The guide's default fade, sent when a delay is given without a fade (the delay field must come third). It
     * keeps "no fade given" meaning the same with and without a delay; openHAB sends {@code 0} instead, which
     * would turn a delayed dim into a jump. Shades and blinds ignore the fade anyway.
     */
    static final String DEFAULT_FADE = "1";

    private static final String OUTPUT = "OUTPUT";
    private static final String DEVICE = "DEVICE";

    private LipCommands() {
    }

    /** {@code #OUTPUT,id,1,level}: go to a level with the bridge's default fade. */
    public static LipMessage setLevel(int zoneId, double level) {
        return setLevel(zoneId, level, null, null);
    }

    /** {@code #OUTPUT,id,1,level[,fade[,delay]]}; a delay without a fade sends the default fade of 1 s. */
    public static LipMessage setLevel(int zoneId, double level, Duration fade, Duration delay) {
        return levelCommand(OUTPUT, id(zoneId), OutputAction.SET_LEVEL.code(), fade, delay, LipLevel.format(level));
    }

    /** {@code #OUTPUT,id,2}. */
    public static LipMessage startRaising(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.START_RAISING.code());
    }

    /** {@code #OUTPUT,id,3}. */
    public static LipMessage startLowering(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.START_LOWERING.code());
    }

    /** {@code #OUTPUT,id,4}: stops raising or lowering. */
    public static LipMessage stop(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.STOP.code());
    }

    /** {@code ?OUTPUT,id,1}: the bridge answers {@code ~OUTPUT,id,1,level}. */
    public static LipMessage queryLevel(int zoneId) {
        return LipMessage.query(OUTPUT, id(zoneId), OutputAction.SET_LEVEL.code());
    }

    /**
     * {@code #OUTPUT,id,5[,period[,delay]]}: flashes until the next set level; a null period leaves the bridge's
     * default, and a delay without a period sends the default fade of 1 s as the period.
     */
    public static LipMessage flash(int zoneId, Duration period, Duration delay) {
        return levelCommand(OUTPUT, id(zoneId), OutputAction.START_FLASHING.code(), period, delay);
    }

    /** {@code #OUTPUT,id,6[,time]}: pulses a contact closure output; a null time leaves the bridge's default. */
    public static LipMessage pulse(int zoneId, Duration pulseTime) {
        int id = id(zoneId);
        int action = OutputAction.PULSE.code();
        return pulseTime == null
                ? LipMessage.execute(OUTPUT, id, action)
                : LipMessage.execute(OUTPUT, id, action, LipTime.format(pulseTime));
    }

    /** {@code #OUTPUT,id,9,tilt[,fade[,delay]]}: tilt of a venetian blind, 0-100. */
    public static LipMessage setTilt(int zoneId, double tilt, Duration fade, Duration delay) {
        return levelCommand(OUTPUT, id(zoneId), OutputAction.SET_TILT.code(), fade, delay, LipLevel.format(tilt));
    }

    /** {@code #OUTPUT,id,10,lift,tilt[,fade[,delay]]}: lift and tilt of a venetian blind, each 0-100. */
    public static LipMessage setLiftAndTilt(int zoneId, double lift, double tilt, Duration fade, Duration delay) {
        return levelCommand(OUTPUT, id(zoneId), OutputAction.SET_LIFT_AND_TILT.code(), fade, delay,
                LipLevel.format(lift), LipLevel.format(tilt));
    }

    /** {@code #OUTPUT,id,1,level}: a fan speed, as its level (0, 25, 50, 75 or 100). */
    public static LipMessage setFanSpeed(int zoneId, FanSpeed speed) {
        if (speed == null) {
            throw new IllegalArgumentException("Fan speed is required");
        }
        return setLevel(zoneId, speed.level());
    }

    /** {@code #OUTPUT,id,11}: starts raising the tilt of a blind. */
    public static LipMessage startRaisingTilt(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.RAISE_TILT.code());
    }

    /** {@code #OUTPUT,id,12}: starts lowering the tilt of a blind. */
    public static LipMessage startLoweringTilt(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.LOWER_TILT.code());
    }

    /** {@code #OUTPUT,id,13}: stops raising or lowering the tilt. */
    public static LipMessage stopTilt(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.STOP_TILT.code());
    }

    /** {@code #OUTPUT,id,14}: starts raising the lift of a shade or blind. */
    public static LipMessage startRaisingLift(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.RAISE_LIFT.code());
    }

    /** {@code #OUTPUT,id,15}: starts lowering the lift of a shade or blind. */
    public static LipMessage startLoweringLift(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.LOWER_LIFT.code());
    }

    /** {@code #OUTPUT,id,16}: stops raising or lowering the lift. */
    public static LipMessage stopLift(int zoneId) {
        return LipMessage.execute(OUTPUT, id(zoneId), OutputAction.STOP_LIFT.code());
    }

    /** {@code #DEVICE,id,component,3}: presses a button (closes a CCI). */
    public static LipMessage press(int deviceId, int component) {
        return deviceAction(deviceId, component, DeviceAction.PRESS);
    }

    /** {@code #DEVICE,id,component,4}: releases a button. */
    public static LipMessage release(int deviceId, int component) {
        return deviceAction(deviceId, component, DeviceAction.RELEASE);
    }

    /** {@code #DEVICE,id,component,5}: holds a button (not RadioRA 2). */
    public static LipMessage hold(int deviceId, int component) {
        return deviceAction(deviceId, component, DeviceAction.HOLD);
    }

    /** {@code #DEVICE,id,component,6}: multi-taps a button (not RadioRA 2). */
    public static LipMessage multiTap(int deviceId, int component) {
        return deviceAction(deviceId, component, DeviceAction.MULTI_TAP);
    }

    /** {@code #DEVICE,id,led,9,state}. */
    public static LipMessage setLed(int deviceId, int ledComponent, LedCode state) {
        if (state == null) {
            throw new IllegalArgumentException("LED state is required");
        }
        return LipMessage.execute(DEVICE, id(deviceId), component(ledComponent), DeviceAction.LED_STATE.code(),
                state.code());
    }

    /** {@code ?DEVICE,id,led,9}: the bridge answers {@code ~DEVICE,id,led,9,state}. */
    public static LipMessage queryLed(int deviceId, int ledComponent) {
        return LipMessage.query(DEVICE, id(deviceId), component(ledComponent), DeviceAction.LED_STATE.code());
    }

    /** {@code ?GROUP,id,3}: the bridge answers {@code ~GROUP,id,3,state} (see {@link GroupState}). */
    public static LipMessage queryOccupancy(int groupId) {
        return LipMessage.query("GROUP", id(groupId), GroupAction.OCCUPANCY_STATE.code());
    }

    /** {@code #AREA,id,1,level[,fade[,delay]]}; a delay without a fade sends the default fade of 1 s. */
    public static LipMessage setAreaLevel(int areaId, double level, Duration fade, Duration delay) {
        return levelCommand("AREA", id(areaId), AreaAction.SET_LEVEL.code(), fade, delay, LipLevel.format(level));
    }

    /** {@code #AREA,id,6,scene}: activates an area scene (0 is off). */
    public static LipMessage areaScene(int areaId, int scene) {
        return LipMessage.execute("AREA", id(areaId), AreaAction.SCENE.code(), notNegative("Scene", scene));
    }

    /** {@code #TIMECLOCK,id,1,mode}: selects a timeclock mode (its index, project specific). */
    public static LipMessage timeclockMode(int timeclockId, int mode) {
        return LipMessage.execute("TIMECLOCK", id(timeclockId), TimeclockAction.MODE.code(),
                notNegative("Timeclock mode", mode));
    }

    /**
     * {@code ?TIMECLOCK,id,action} for the mode, sunrise or sunset: the bridge answers {@code ~TIMECLOCK,id,1,mode},
     * {@code ~TIMECLOCK,id,2,HH:MM} or {@code ~TIMECLOCK,id,3,HH:MM}.
     */
    public static LipMessage queryTimeclock(int timeclockId, TimeclockAction action) {
        if (action != TimeclockAction.MODE && action != TimeclockAction.SUNRISE && action != TimeclockAction.SUNSET) {
            throw new IllegalArgumentException("Timeclock action " + action + " cannot be queried");
        }
        return LipMessage.query("TIMECLOCK", id(timeclockId), action.code());
    }

    /** {@code #TIMECLOCK,id,5,event}: runs a timeclock event now (events count from 1). */
    public static LipMessage timeclockExecuteEvent(int timeclockId, int eventIndex) {
        return LipMessage.execute("TIMECLOCK", id(timeclockId), TimeclockAction.EXECUTE_EVENT.code(),
                notNegative("Event index", eventIndex));
    }

    /** {@code #TIMECLOCK,id,6,event,1|2}: enables or disables a timeclock event. */
    public static LipMessage timeclockEnableEvent(int timeclockId, int eventIndex, boolean enable) {
        return LipMessage.execute("TIMECLOCK", id(timeclockId), TimeclockAction.ENABLE_EVENT.code(),
                notNegative("Event index", eventIndex), enable ? 1 : 2);
    }

    /** {@code #MODE,id,1,step}: selects a green mode step. */
    public static LipMessage modeStep(int modeId, int step) {
        return LipMessage.execute("MODE", id(modeId), ModeAction.STEP.code(), notNegative("Mode step", step));
    }

    /** {@code ?MODE,id,1}: the bridge answers {@code ~MODE,id,1,step}. */
    public static LipMessage queryModeStep(int modeId) {
        return LipMessage.query("MODE", id(modeId), ModeAction.STEP.code());
    }

    /** {@code ?SYSVAR,id,1}: the bridge answers {@code ~SYSVAR,id,1,value} (HomeWorks QS). */
    public static LipMessage querySysvar(int sysvarId) {
        return LipMessage.query("SYSVAR", id(sysvarId), SysvarAction.STATE.code());
    }

    /** {@code #SYSVAR,id,1,value}: sets a state variable (HomeWorks QS). */
    public static LipMessage setSysvar(int sysvarId, int value) {
        return LipMessage.execute("SYSVAR", id(sysvarId), SysvarAction.STATE.code(),
                notNegative("Variable state", value));
    }

    /** {@code #MONITORING,type,1} to enable, {@code #MONITORING,type,2} to disable. */
    public static LipMessage monitoring(MonitoringType type, boolean enable) {
        if (type == null) {
            throw new IllegalArgumentException("Monitoring type is required");
        }
        return LipMessage.execute("MONITORING", type.code(), enable ? 1 : 2);
    }

    /** {@code ?SYSTEM,10}: the heartbeat; see {@link LipReports#databaseExportTime(LipMessage)}. */
    public static LipMessage queryDatabaseExportTime() {
        return LipMessage.query("SYSTEM", SystemAction.DATABASE_EXPORT_TIME.code());
    }

    private static LipMessage deviceAction(int deviceId, int component, DeviceAction action) {
        return LipMessage.execute(DEVICE, id(deviceId), component(component), action.code());
    }

    private static LipMessage levelCommand(
            String command, int id, int action, Duration fade, Duration delay, String... levels) {
        String fadeField = fade != null ? LipTime.format(fade) : delay != null ? DEFAULT_FADE : null;
        String delayField = delay != null ? LipTime.format(delay) : null;
        List<Object> fields = new ArrayList<>(levels.length + 4);
        fields.add(id);
        fields.add(action);
        fields.addAll(List.of(levels));
        if (fadeField != null) {
            fields.add(fadeField);
        }
        if (delayField != null) {
            fields.add(delayField);
        }
        return LipMessage.execute(command, fields.toArray());
    }

    private static int id(int integrationId) {
        return notNegative("Integration id", integrationId);
    }

    private static int component(int component) {
        return notNegative("Component number", component);
    }

    private static int notNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " " + value + " must not be negative");
        }
        return value;
    }
}
