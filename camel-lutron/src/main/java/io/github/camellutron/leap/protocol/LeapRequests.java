package io.github.camellutron.leap.protocol;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camellutron.event.FanSpeed;

/**
 * Builders for the LEAP requests a client sends. Every one returns an untagged {@link LeapMessage} (the client adds
 * the ClientTag) and validates its input first, so a bad value fails before anything reaches the bridge. Commands go
 * as {@code CreateRequest} to {@code .../commandprocessor}, LED and Smart Away states as {@code UpdateRequest}.
 */
public final class LeapRequests {

    /** The fan speeds {@link #goToFanSpeed} accepts, as the bridge spells them. */
    public static final List<String> FAN_SPEEDS = FanSpeed.labels();
    /** The LED states {@link #setLed} accepts. */
    public static final List<String> LED_STATES = List.of("On", "Off");
    /**
     * The colour temperatures the builders accept, in kelvin: the widest any Lutron load reaches (Ketra). Lumaris
     * tunable white is narrower; its zone definition gives the range and the bridge refuses values outside it.
     */
    public static final int MIN_KELVIN = 1400;
    public static final int MAX_KELVIN = 10000;

    static final String PING_URL = "/server/1/status/ping";
    /** Caseta Smart Away: subscribed to, read and updated (LEAP.md 3). */
    public static final String AWAY_STATUS_URL = "/system/away/1/status";
    /** The LIP id list of a bridge that also speaks LIP (Caseta Smart Bridge Pro, RA2 Select). */
    public static final String LIP_IDS_URL = "/server/2/id";

    private LeapRequests() {
    }

    /** {@code ReadRequest} of any resource, {@code /area} or {@code /zone/5/status}. */
    public static LeapMessage read(String url) {
        return LeapMessage.request(CommuniqueType.ReadRequest, url, null);
    }

    /** {@code SubscribeRequest} of a status resource, {@code /zone/status} or {@code /button/101/status/event}. */
    public static LeapMessage subscribe(String url) {
        return LeapMessage.request(CommuniqueType.SubscribeRequest, url, null);
    }

    /** The keep-alive: {@code ReadRequest /server/1/status/ping}. */
    public static LeapMessage ping() {
        return read(PING_URL);
    }

    /**
     * {@code ReadRequest /device/N/status}: a device's status, which tells the battery of a Caseta shade; a device
     * without one is not found (404).
     */
    public static LeapMessage deviceStatus(int deviceId) {
        checkId("Device", deviceId);
        return read(LeapHref.href("device", deviceId) + "/status");
    }

    /** {@code UpdateRequest /system/away/1/status}: turns Caseta Smart Away on or off. */
    public static LeapMessage setSmartAway(boolean enabled) {
        ObjectNode body = LeapJson.object();
        body.putObject("AwayStatus").put("EnabledState", enabled ? "Enabled" : "Disabled");
        return LeapMessage.request(CommuniqueType.UpdateRequest, AWAY_STATUS_URL, body);
    }

    /** {@code GoToLevel}: the generic level command for dimmers, switches and shades, 0-100. */
    public static LeapMessage goToLevel(int zoneId, double level) {
        checkId("Zone", zoneId);
        ObjectNode body = LeapJson.object();
        command(body, "GoToLevel").putArray("Parameter").addObject()
                .put("Type", "Level")
                .set("Value", LeapJson.numberNode(checkPercent("Level", level)));
        return zoneCommand(zoneId, body);
    }

    /**
     * {@code GoToDimmedLevel}: a level with a fade and a delay, for lights.
     *
     * @param fade  the fade time, or null for the zone's default
     * @param delay the delay before the fade starts, or null for none
     */
    public static LeapMessage goToDimmedLevel(int zoneId, double level, Duration fade, Duration delay) {
        checkId("Zone", zoneId);
        ObjectNode body = LeapJson.object();
        ObjectNode params = command(body, "GoToDimmedLevel").putObject("DimmedLevelParameters");
        params.set("Level", LeapJson.numberNode(checkPercent("Level", level)));
        putTime(params, "FadeTime", fade);
        putTime(params, "DelayTime", delay);
        return zoneCommand(zoneId, body);
    }

    /** {@code GoToSwitchedLevel} with {@code On} or {@code Off}, for switched zones. */
    public static LeapMessage goToSwitchedLevel(int zoneId, boolean on) {
        checkId("Zone", zoneId);
        ObjectNode body = LeapJson.object();
        command(body, "GoToSwitchedLevel").putObject("SwitchedLevelParameters").put("SwitchedLevel", on ? "On" : "Off");
        return zoneCommand(zoneId, body);
    }

    /**
     * {@code GoToFanSpeed}, for fan controllers.
     *
     * @param speed one of {@link #FAN_SPEEDS} in any case; it is sent as the bridge spells it
     */
    public static LeapMessage goToFanSpeed(int zoneId, String speed) {
        checkId("Zone", zoneId);
        String canonical = oneOf("Fan speed", speed, FAN_SPEEDS);
        ObjectNode body = LeapJson.object();
        command(body, "GoToFanSpeed").putObject("FanSpeedParameters").put("FanSpeed", canonical);
        return zoneCommand(zoneId, body);
    }

    /** {@code GoToTilt}, 0-100, for tilting blinds. */
    public static LeapMessage goToTilt(int zoneId, double tilt) {
        checkId("Zone", zoneId);
        ObjectNode body = LeapJson.object();
        command(body, "GoToTilt").putObject("TiltParameters")
                .set("Tilt", LeapJson.numberNode(checkPercent("Tilt", tilt)));
        return zoneCommand(zoneId, body);
    }

    /**
     * {@code GoToWhiteTuningLevel}: a colour temperature, for tunable white zones.
     *
     * @param kelvin between {@link #MIN_KELVIN} and {@link #MAX_KELVIN}
     * @param level  the level, or null to keep it
     * @param fade   the fade time, or null for the zone's default
     */
    public static LeapMessage goToWhiteTuning(int zoneId, int kelvin, Double level, Duration fade) {
        checkId("Zone", zoneId);
        checkKelvin(kelvin);
        ObjectNode body = LeapJson.object();
        ObjectNode params = command(body, "GoToWhiteTuningLevel").putObject("WhiteTuningLevelParameters");
        putLevel(params, level);
        putTime(params, "FadeTime", fade);
        params.putObject("WhiteTuningLevel").put("Kelvin", kelvin);
        return zoneCommand(zoneId, body);
    }

    /**
     * {@code GoToSpectrumTuningLevel}, for Ketra and colour zones: a colour as hue and saturation
     * ({@code HSVTuningLevel}), or else a colour temperature ({@code WhiteTuningLevel}).
     *
     * @param  level                    the level, or null to keep it
     * @param  hue                      0-360, given together with saturation, or null
     * @param  saturation               0-100, given together with hue, or null
     * @param  kelvin                   the colour temperature when hue and saturation are null, else null
     * @param  fade                     the fade time, or null for the zone's default
     * @throws IllegalArgumentException unless exactly one of hue with saturation or kelvin is given
     */
    public static LeapMessage goToSpectrumTuning(int zoneId, Double level, Double hue, Double saturation,
                                                 Integer kelvin, Duration fade) {
        checkId("Zone", zoneId);
        if ((hue == null) != (saturation == null)) {
            throw new IllegalArgumentException("Hue and saturation must be given together");
        }
        if ((hue == null) == (kelvin == null)) {
            throw new IllegalArgumentException("Give either hue and saturation or kelvin for a spectrum tuning level");
        }
        ObjectNode body = LeapJson.object();
        ObjectNode params = command(body, "GoToSpectrumTuningLevel").putObject("SpectrumTuningLevelParameters");
        putLevel(params, level);
        putTime(params, "FadeTime", fade);
        ObjectNode color = params.putObject("ColorTuningStatus");
        if (hue != null) {
            color.putObject("HSVTuningLevel")
                    .<ObjectNode> set("Hue", LeapJson.numberNode(checkRange("Hue", hue, 360)))
                    .set("Saturation", LeapJson.numberNode(checkPercent("Saturation", saturation)));
        } else {
            color.putObject("WhiteTuningLevel").put("Kelvin", checkKelvin(kelvin));
        }
        return zoneCommand(zoneId, body);
    }

    /** {@code Raise}: starts moving a shade up (or raising a level) until {@link #stop}. */
    public static LeapMessage raise(int zoneId) {
        return simpleZoneCommand(zoneId, "Raise");
    }

    /** {@code Lower}: starts moving a shade down (or lowering a level) until {@link #stop}. */
    public static LeapMessage lower(int zoneId) {
        return simpleZoneCommand(zoneId, "Lower");
    }

    /** {@code Stop}: stops a raise or lower. */
    public static LeapMessage stop(int zoneId) {
        return simpleZoneCommand(zoneId, "Stop");
    }

    /** {@code ShadeLimitRaise}: moves a shade up past its open limit, to set the limit. */
    public static LeapMessage shadeLimitRaise(int zoneId) {
        return simpleZoneCommand(zoneId, "ShadeLimitRaise");
    }

    /** {@code ShadeLimitLower}: moves a shade down past its closed limit, to set the limit. */
    public static LeapMessage shadeLimitLower(int zoneId) {
        return simpleZoneCommand(zoneId, "ShadeLimitLower");
    }

    /**
     * {@code GoToWarmDim} of a WhiteTune zone: warm dimming along a curve ({@code /curve/N}), or off when the curve is
     * null.
     */
    public static LeapMessage goToWarmDim(int zoneId, Integer curveId) {
        checkId("Zone", zoneId);
        ObjectNode body = LeapJson.object();
        ObjectNode dimming = command(body, "GoToWarmDim").putObject("WarmDimParameters").putObject("CurveDimming");
        if (curveId != null) {
            checkId("Curve", curveId);
            dimming.putObject("Curve").put("href", LeapHref.href("curve", curveId));
        }
        return zoneCommand(zoneId, body);
    }

    /** {@code PressAndRelease} of a keypad or Pico button, as if pressed by hand. */
    public static LeapMessage pressAndRelease(int buttonId) {
        return simpleCommand("button", "Button", buttonId, "PressAndRelease");
    }

    /** {@code PressAndHold} of a button; {@link #release} ends it. */
    public static LeapMessage pressAndHold(int buttonId) {
        return simpleCommand("button", "Button", buttonId, "PressAndHold");
    }

    /** {@code Release} of a held button. */
    public static LeapMessage release(int buttonId) {
        return simpleCommand("button", "Button", buttonId, "Release");
    }

    /** {@code PressAndRelease} of a Caseta virtual button, which activates the scene. */
    public static LeapMessage virtualButtonPress(int virtualButtonId) {
        return simpleCommand("virtualbutton", "Virtual button", virtualButtonId, "PressAndRelease");
    }

    /**
     * {@code UpdateRequest /led/N/status}: turns a keypad LED on or off.
     *
     * @param state {@code On} or {@code Off} in any case
     */
    public static LeapMessage setLed(int ledId, String state) {
        checkId("LED", ledId);
        String canonical = oneOf("LED state", state, LED_STATES);
        ObjectNode body = LeapJson.object();
        body.putObject("LEDStatus").put("State", canonical);
        return LeapMessage.request(CommuniqueType.UpdateRequest, LeapHref.href("led", ledId) + "/status", body);
    }

    private static LeapMessage simpleZoneCommand(int zoneId, String commandType) {
        return simpleCommand("zone", "Zone", zoneId, commandType);
    }

    private static LeapMessage simpleCommand(String resource, String what, int id, String commandType) {
        checkId(what, id);
        ObjectNode body = LeapJson.object();
        command(body, commandType);
        return LeapMessage.request(CommuniqueType.CreateRequest, LeapHref.href(resource, id) + "/commandprocessor",
                body);
    }

    private static LeapMessage zoneCommand(int zoneId, ObjectNode body) {
        return LeapMessage.request(CommuniqueType.CreateRequest, LeapHref.href("zone", zoneId) + "/commandprocessor",
                body);
    }

    /** Adds {@code "Command":{"CommandType":type}} to the body and returns the Command object. */
    private static ObjectNode command(ObjectNode body, String commandType) {
        return body.putObject("Command").put("CommandType", commandType);
    }

    private static void putLevel(ObjectNode params, Double level) {
        if (level != null) {
            params.set("Level", LeapJson.numberNode(checkPercent("Level", level)));
        }
    }

    private static void putTime(ObjectNode params, String field, Duration time) {
        if (time != null) {
            params.put(field, LeapTime.format(time));
        }
    }

    private static void checkId(String what, int id) {
        if (id < 1) {
            throw new IllegalArgumentException(what + " id " + id + " is out of range (must be at least 1)");
        }
    }

    private static double checkPercent(String what, double value) {
        return checkRange(what, value, 100);
    }

    private static double checkRange(String what, double value, int max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(what + " " + value + " is out of range 0-" + max);
        }
        return value;
    }

    private static int checkKelvin(int kelvin) {
        if (kelvin < MIN_KELVIN || kelvin > MAX_KELVIN) {
            throw new IllegalArgumentException("Kelvin " + kelvin + " is out of range " + MIN_KELVIN + "-"
                                               + MAX_KELVIN);
        }
        return kelvin;
    }

    private static String oneOf(String what, String value, List<String> allowed) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required (one of " + String.join(", ", allowed) + ")");
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.toLowerCase(Locale.ROOT).equals(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException(what + " " + LeapMessage.excerpt(value) + " is not one of "
                                           + String.join(", ", allowed));
    }
}
