package io.github.camellutron;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import io.github.camellutron.event.AreaStatus;
import io.github.camellutron.event.AwayStatus;
import io.github.camellutron.event.ButtonEvent;
import io.github.camellutron.event.ButtonGesture;
import io.github.camellutron.event.ConnectionEvent;
import io.github.camellutron.event.EventType;
import io.github.camellutron.event.GreenModeStatus;
import io.github.camellutron.event.LedStatus;
import io.github.camellutron.event.LutronEvent;
import io.github.camellutron.event.OccupancyStatus;
import io.github.camellutron.event.TimeclockStatus;
import io.github.camellutron.event.VariableStatus;
import io.github.camellutron.event.ZoneStatus;

import static io.github.camellutron.LutronConstants.*;

/**
 * The headers of the contract for a consumed event: one table per event type of which header takes which of the
 * event's fields. A header whose field is null is not set. {@link #value} reads one header straight from the event,
 * so that a route reading a few headers never pays for a header map; {@link #populate} makes the map.
 */
public final class LutronHeaders {

    private static final Map<EventType, Table> TABLES = new EnumMap<>(EventType.class);

    static {
        table(EventType.ZoneStatus, ZoneStatus.class, t -> t
                .with(ZONE_ID, ZoneStatus::zoneId).with(LEVEL, ZoneStatus::level).with(RESYNC, ZoneStatus::resync)
                .with(CONTROL_TYPE, ZoneStatus::controlType).with(FAN_SPEED, ZoneStatus::fanSpeed)
                .with(TILT, ZoneStatus::tilt).with(LIP_ID, ZoneStatus::lipId));
        table(EventType.ButtonEvent, ButtonEvent.class, t -> t
                .with(DEVICE_ID, ButtonEvent::deviceId).with(BUTTON_ID, ButtonEvent::buttonId)
                .with(BUTTON_NUMBER, ButtonEvent::buttonNumber).with(BUTTON_EVENT, b -> b.action().name())
                .with(LIP_ID, ButtonEvent::lipId));
        table(EventType.ButtonGesture, ButtonGesture.class, t -> t
                .with(DEVICE_ID, ButtonGesture::deviceId).with(BUTTON_ID, ButtonGesture::buttonId)
                .with(BUTTON_NUMBER, ButtonGesture::buttonNumber).with(BUTTON_GESTURE, g -> g.gesture().name())
                .with(LIP_ID, ButtonGesture::lipId));
        table(EventType.LedStatus, LedStatus.class, t -> t
                .with(DEVICE_ID, LedStatus::deviceId).with(LED_ID, LedStatus::ledId)
                .with(LED_STATE, l -> l.state().name()));
        table(EventType.OccupancyStatus, OccupancyStatus.class, t -> t
                .with(AREA_ID, OccupancyStatus::areaId).with(OCCUPANCY_GROUP_ID, OccupancyStatus::occupancyGroupId)
                .with(DEVICE_ID, OccupancyStatus::deviceId).with(OCCUPANCY, o -> o.occupancy().name()));
        table(EventType.AreaStatus, AreaStatus.class, t -> t
                .with(AREA_ID, AreaStatus::areaId).with(LEVEL, AreaStatus::level)
                .with(OCCUPANCY, a -> a.occupancy() != null ? a.occupancy().name() : null));
        table(EventType.AwayStatus, AwayStatus.class, t -> t
                .with(AWAY_STATE, AwayStatus::enabledState).with(RESYNC, AwayStatus::resync));
        table(EventType.Connection, ConnectionEvent.class, t -> t.with(CONNECTION_STATE, c -> c.state().name()));
        table(EventType.TimeclockStatus, TimeclockStatus.class, t -> t
                .with(TIMECLOCK_ID, TimeclockStatus::timeclockId).with(TIMECLOCK_MODE, TimeclockStatus::mode)
                .with(TIMECLOCK_EVENT, TimeclockStatus::executedEvent));
        table(EventType.GreenModeStatus, GreenModeStatus.class, t -> t
                .with(GREEN_MODE_ID, GreenModeStatus::modeId).with(GREEN_MODE_STEP, GreenModeStatus::step));
        table(EventType.VariableStatus, VariableStatus.class, t -> t
                .with(VARIABLE_ID, VariableStatus::variableId).with(VARIABLE_VALUE, VariableStatus::value));
        table(EventType.Raw, LutronEvent.class, t -> t);
        if (TABLES.size() != EventType.values().length) {
            throw new ExceptionInInitializerError("an event type without its header table");
        }
    }

    private LutronHeaders() {
    }

    /** Puts every header the event has into the map. */
    public static void populate(Map<String, Object> message, LutronEvent event) {
        for (Header header : TABLES.get(event.type()).headers) {
            Object value = header.value.apply(event);
            if (value != null) {
                message.put(header.name, value);
            }
        }
    }

    /** The value of one header for the event (Camel's header names are case-insensitive); null when it has none. */
    public static Object value(LutronEvent event, String name) {
        Table table = TABLES.get(event.type());
        Header header = table.byName.get(name);
        if (header == null) {
            header = table.byNameIgnoringCase.get(name);
        }
        return header != null ? header.value.apply(event) : null;
    }

    /** The table of an event type: the headers every event has, then the type's own. */
    private static <E extends LutronEvent> void table(EventType type, Class<E> events,
                                                      UnaryOperator<TableBuilder<E>> own) {
        TableBuilder<E> builder = new TableBuilder<E>(events).with(BRIDGE, LutronEvent::bridge)
                .with(EVENT_TYPE, e -> e.type().name()).with(NAME, LutronEvent::name).with(AREA, LutronEvent::area);
        TABLES.put(type, new Table(own.apply(builder).headers));
    }

    private record Header(String name, Function<LutronEvent, Object> value) {
    }

    private static final class Table {
        final Header[] headers;
        final Map<String, Header> byName = new HashMap<>();
        final Map<String, Header> byNameIgnoringCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Table(List<Header> headers) {
            this.headers = headers.toArray(Header[]::new);
            for (Header header : headers) {
                byName.put(header.name, header);
                byNameIgnoringCase.put(header.name, header);
            }
        }
    }

    private static final class TableBuilder<E extends LutronEvent> {
        private final Class<E> events;
        private final List<Header> headers = new ArrayList<>();

        TableBuilder(Class<E> events) {
            this.events = events;
        }

        TableBuilder<E> with(String name, Function<? super E, ?> value) {
            headers.add(new Header(name, event -> value.apply(events.cast(event))));
            return this;
        }
    }
}
