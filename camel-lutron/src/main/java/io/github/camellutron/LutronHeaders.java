package io.github.camellutron;

import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.event.ZoneStatus;
import java.util.Map;

/** The headers of the contract for a consumed event. */
public final class LutronHeaders {

    private LutronHeaders() {
    }

    public static void populate(Map<String, Object> message, LutronEvent event) {
        message.put(LutronConstants.BRIDGE, event.bridge());
        message.put(LutronConstants.EVENT_TYPE, event.type().name());
        setIfPresent(message, LutronConstants.NAME, event.name());
        setIfPresent(message, LutronConstants.AREA, event.area());
        if (event instanceof ZoneStatus z) {
            message.put(LutronConstants.ZONE_ID, z.zoneId());
            message.put(LutronConstants.LEVEL, z.level());
            message.put(LutronConstants.RESYNC, z.resync());
            setIfPresent(message, LutronConstants.CONTROL_TYPE, z.controlType());
            setIfPresent(message, LutronConstants.FAN_SPEED, z.fanSpeed());
            setIfPresent(message, LutronConstants.TILT, z.tilt());
            setIfPresent(message, LutronConstants.LIP_ID, z.lipId());
        } else if (event instanceof ButtonEvent b) {
            setIfPresent(message, LutronConstants.DEVICE_ID, b.deviceId());
            message.put(LutronConstants.BUTTON_ID, b.buttonId());
            setIfPresent(message, LutronConstants.BUTTON_NUMBER, b.buttonNumber());
            message.put(LutronConstants.BUTTON_EVENT, b.action().name());
            setIfPresent(message, LutronConstants.LIP_ID, b.lipId());
        } else if (event instanceof ButtonGesture g) {
            setIfPresent(message, LutronConstants.DEVICE_ID, g.deviceId());
            message.put(LutronConstants.BUTTON_ID, g.buttonId());
            setIfPresent(message, LutronConstants.BUTTON_NUMBER, g.buttonNumber());
            message.put(LutronConstants.BUTTON_GESTURE, g.gesture().name());
            setIfPresent(message, LutronConstants.LIP_ID, g.lipId());
        } else if (event instanceof LedStatus l) {
            setIfPresent(message, LutronConstants.DEVICE_ID, l.deviceId());
            message.put(LutronConstants.LED_ID, l.ledId());
            message.put(LutronConstants.LED_STATE, l.state().name());
        } else if (event instanceof OccupancyStatus o) {
            setIfPresent(message, LutronConstants.AREA_ID, o.areaId());
            setIfPresent(message, LutronConstants.OCCUPANCY_GROUP_ID, o.occupancyGroupId());
            setIfPresent(message, LutronConstants.DEVICE_ID, o.deviceId());
            message.put(LutronConstants.OCCUPANCY, o.occupancy().name());
        } else if (event instanceof AreaStatus a) {
            message.put(LutronConstants.AREA_ID, a.areaId());
            setIfPresent(message, LutronConstants.LEVEL, a.level());
            if (a.occupancy() != null) {
                message.put(LutronConstants.OCCUPANCY, a.occupancy().name());
            }
        } else if (event instanceof AwayStatus a) {
            message.put(LutronConstants.AWAY_STATE, a.enabledState());
            message.put(LutronConstants.RESYNC, a.resync());
        } else if (event instanceof ConnectionEvent c) {
            message.put(LutronConstants.CONNECTION_STATE, c.state().name());
        } else if (event instanceof TimeclockStatus t) {
            message.put(LutronConstants.TIMECLOCK_ID, t.timeclockId());
            setIfPresent(message, LutronConstants.TIMECLOCK_MODE, t.mode());
            setIfPresent(message, LutronConstants.TIMECLOCK_EVENT, t.executedEvent());
        } else if (event instanceof GreenModeStatus g) {
            message.put(LutronConstants.GREEN_MODE_ID, g.modeId());
            message.put(LutronConstants.GREEN_MODE_STEP, g.step());
        } else if (event instanceof VariableStatus v) {
            message.put(LutronConstants.VARIABLE_ID, v.variableId());
            message.put(LutronConstants.VARIABLE_VALUE, v.value());
        }
    }

    private static void setIfPresent(Map<String, Object> message, String name, Object value) {
        if (value != null) {
            message.put(name, value);
        }
    }
}
