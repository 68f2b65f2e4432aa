package io.github.camellutron;

import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.ZoneStatus;
import org.apache.camel.Message;

/** Puts an event and the headers of the contract on a consumed message. */
public final class LutronHeaders {

    private LutronHeaders() {
    }

    public static void populate(Message message, LutronEvent event) {
        message.setBody(event);
        message.setHeader(LutronConstants.BRIDGE, event.bridge());
        message.setHeader(LutronConstants.EVENT_TYPE, event.type().name());
        setIfPresent(message, LutronConstants.NAME, event.name());
        setIfPresent(message, LutronConstants.AREA, event.area());
        if (event instanceof ZoneStatus z) {
            message.setHeader(LutronConstants.ZONE_ID, z.zoneId());
            message.setHeader(LutronConstants.LEVEL, z.level());
            message.setHeader(LutronConstants.RESYNC, z.resync());
            setIfPresent(message, LutronConstants.FAN_SPEED, z.fanSpeed());
        } else if (event instanceof ButtonEvent b) {
            setIfPresent(message, LutronConstants.DEVICE_ID, b.deviceId());
            message.setHeader(LutronConstants.BUTTON_ID, b.buttonId());
            setIfPresent(message, LutronConstants.BUTTON_NUMBER, b.buttonNumber());
            message.setHeader(LutronConstants.BUTTON_EVENT, b.action().name());
        } else if (event instanceof LedStatus l) {
            setIfPresent(message, LutronConstants.DEVICE_ID, l.deviceId());
            message.setHeader(LutronConstants.LED_ID, l.ledId());
            message.setHeader(LutronConstants.LED_STATE, l.state().name());
        } else if (event instanceof OccupancyStatus o) {
            setIfPresent(message, LutronConstants.AREA_ID, o.areaId());
            setIfPresent(message, LutronConstants.OCCUPANCY_GROUP_ID, o.occupancyGroupId());
            message.setHeader(LutronConstants.OCCUPANCY, o.occupancy().name());
        } else if (event instanceof AreaStatus a) {
            message.setHeader(LutronConstants.AREA_ID, a.areaId());
            setIfPresent(message, LutronConstants.LEVEL, a.level());
            if (a.occupancy() != null) {
                message.setHeader(LutronConstants.OCCUPANCY, a.occupancy().name());
            }
        } else if (event instanceof ConnectionEvent c) {
            message.setHeader(LutronConstants.CONNECTION_STATE, c.state().name());
        }
    }

    private static void setIfPresent(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
