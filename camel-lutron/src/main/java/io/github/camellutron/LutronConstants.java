package io.github.camellutron;

import org.apache.camel.spi.Metadata;

/** The exchange headers of both Lutron components. */
public final class LutronConstants {

    @Metadata(label = "consumer", description = "The bridge the event came from, as host:port.", javaType = "String")
    public static final String BRIDGE = "CamelLutronBridge";
    @Metadata(label = "consumer", description = "The kind of event.", javaType = "String",
              enums = "ZoneStatus,ButtonEvent,ButtonGesture,OccupancyStatus,LedStatus,AreaStatus,Connection,Raw,"
                      + "AwayStatus,TimeclockStatus,GreenModeStatus,VariableStatus",
              important = true)
    public static final String EVENT_TYPE = "CamelLutronEventType";
    @Metadata(label = "consumer", description = "On Connection events: the new state of the link (the reason of a"
                                                + " disconnect is in the body).",
              javaType = "String", enums = "Connected,Disconnected")
    public static final String CONNECTION_STATE = "CamelLutronConnectionState";
    @Metadata(description = "The zone: on LIP the integration id of the output, on LEAP the zone id. Set on zone"
                            + " events; input of zone commands.",
              javaType = "Integer", important = true)
    public static final String ZONE_ID = "CamelLutronZoneId";
    @Metadata(description = "Zone level 0-100. Set on zone events; input of goToLevel.", javaType = "Double",
              important = true)
    public static final String LEVEL = "CamelLutronLevel";
    @Metadata(description = "The device: on LIP its integration id, on LEAP the device owning the button group or"
                            + " LED. Set on button and LED events; input of LIP button and LED commands.",
              javaType = "Integer")
    public static final String DEVICE_ID = "CamelLutronDeviceId";
    @Metadata(description = "The button: on LIP the component number, on LEAP the button id. Set on button events;"
                            + " input of button commands.",
              javaType = "Integer")
    public static final String BUTTON_ID = "CamelLutronButtonId";
    @Metadata(label = "consumer", description = "The button's number on its keypad or Pico.", javaType = "Integer")
    public static final String BUTTON_NUMBER = "CamelLutronButtonNumber";
    @Metadata(label = "consumer", description = "What happened to the button.", javaType = "String",
              enums = "Press,Release,Hold,MultiTap,LongHold")
    public static final String BUTTON_EVENT = "CamelLutronButtonEvent";
    @Metadata(description = "The LED: on LIP its component number, on LEAP the LED id. Set on LED events; input"
                            + " of setLed.",
              javaType = "Integer")
    public static final String LED_ID = "CamelLutronLedId";
    @Metadata(description = "LED state. Set on LED events; input of setLed.", javaType = "String",
              enums = "Off,On,Flash,RapidFlash")
    public static final String LED_STATE = "CamelLutronLedState";
    @Metadata(label = "consumer", description = "Occupancy of the area or occupancy group.", javaType = "String",
              enums = "Occupied,Unoccupied,Unknown")
    public static final String OCCUPANCY = "CamelLutronOccupancy";
    @Metadata(label = "consumer", description = "The area: on LIP the GROUP id, which is the area's integration id;"
                                                + " on LEAP the area id.",
              javaType = "Integer")
    public static final String AREA_ID = "CamelLutronAreaId";
    @Metadata(label = "consumer", description = "The Caseta LEAP occupancy group id.", javaType = "Integer")
    public static final String OCCUPANCY_GROUP_ID = "CamelLutronOccupancyGroupId";
    @Metadata(label = "consumer", description = "Name of the zone, button or device from the catalog, when known.",
              javaType = "String")
    public static final String NAME = "CamelLutronName";
    @Metadata(label = "consumer", description = "Name of the area, when known.", javaType = "String")
    public static final String AREA = "CamelLutronArea";
    @Metadata(label = "consumer", description = "True on the state snapshot emitted after every connect (zone and"
                                                + " Smart Away events).",
              javaType = "Boolean")
    public static final String RESYNC = "CamelLutronResync";
    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's operation"
                                                + " option.",
              javaType = "String")
    public static final String OPERATION = "CamelLutronOperation";
    @Metadata(label = "producer", description = "LEAP resource URL for read and subscribe, e.g. /zone/5/status.",
              javaType = "String")
    public static final String URL = "CamelLutronUrl";
    @Metadata(label = "producer", description = "Fade time of goToLevel: a java.time.Duration or a number of"
                                                + " seconds.",
              javaType = "Object")
    public static final String FADE_TIME = "CamelLutronFadeTime";
    @Metadata(label = "producer", description = "Delay before goToLevel starts: a java.time.Duration or a number of"
                                                + " seconds.",
              javaType = "Object")
    public static final String DELAY_TIME = "CamelLutronDelayTime";

    @Metadata(label = "producer", description = "LEAP goToWhiteTuning and goToSpectrumTuning: colour temperature in"
                                                + " kelvin.",
              javaType = "Integer")
    public static final String KELVIN = "CamelLutronKelvin";
    @Metadata(label = "producer", description = "LEAP goToSpectrumTuning: hue in degrees.", javaType = "Double")
    public static final String HUE = "CamelLutronHue";
    @Metadata(label = "producer", description = "LEAP goToSpectrumTuning: saturation 0-100.", javaType = "Double")
    public static final String SATURATION = "CamelLutronSaturation";
    @Metadata(description = "Fan speed: Off, Low, Medium, MediumHigh or High. Set on zone events of fans; input"
                            + " of goToFanSpeed (else the body).",
              javaType = "String", enums = "Off,Low,Medium,MediumHigh,High")
    public static final String FAN_SPEED = "CamelLutronFanSpeed";
    @Metadata(label = "consumer", description = "The gesture made with the button (consumer option buttonGestures).",
              javaType = "String", enums = "SingleTap,DoubleTap,LongPress,HoldRepeat")
    public static final String BUTTON_GESTURE = "CamelLutronButtonGesture";
    @Metadata(description = "Tilt of a blind 0-100. Set on zone events of blinds that report it; input of"
                            + " goToLiftAndTilt (the lift is the level).",
              javaType = "Double")
    public static final String TILT = "CamelLutronTilt";
    @Metadata(label = "consumer", description = "What the zone is, from the catalog.", javaType = "String",
              enums = "Dimmed,Switched,FanSpeed,Shade,Tilt,ShadeWithTilt,WhiteTune,SpectrumTune,ColorTune,CCO,"
                      + "Receptacle")
    public static final String CONTROL_TYPE = "CamelLutronControlType";
    @Metadata(label = "consumer", description = "On LEAP events of a bridge that also speaks LIP (Caseta Smart Bridge"
                                                + " Pro, RA2 Select): the LIP integration id of the zone or device,"
                                                + " so routes on both schemes can be joined.",
              javaType = "Integer")
    public static final String LIP_ID = "CamelLutronLipId";
    @Metadata(description = "Caseta Smart Away: Enabled or Disabled. Set on AwayStatus events; input of LEAP"
                            + " setSmartAway (else the body; true and false are taken too).",
              javaType = "String", enums = "Enabled,Disabled")
    public static final String AWAY_STATE = "CamelLutronAwayState";
    @Metadata(label = "producer", description = "Answer of LEAP readBattery: the battery's LevelState as the bridge"
                                                + " gives it (Good, Low), or None when the device has no battery"
                                                + " status (the bridge answers 404).",
              javaType = "String")
    public static final String BATTERY_STATUS = "CamelLutronBatteryStatus";

    @Metadata(description = "LIP timeclock integration id. Set on TimeclockStatus events; input of the timeclock"
                            + " operations.",
              javaType = "Integer")
    public static final String TIMECLOCK_ID = "CamelLutronTimeclockId";
    @Metadata(description = "LIP timeclock mode (its index in the project). Set on TimeclockStatus events that report"
                            + " a mode and on the answer of readTimeclockMode; input of setTimeclockMode.",
              javaType = "Integer")
    public static final String TIMECLOCK_MODE = "CamelLutronTimeclockMode";
    @Metadata(description = "LIP timeclock event index (from 1). Set on TimeclockStatus events of an executed event;"
                            + " input of executeTimeclockEvent, enableTimeclockEvent and disableTimeclockEvent.",
              javaType = "Integer")
    public static final String TIMECLOCK_EVENT = "CamelLutronTimeclockEvent";
    @Metadata(description = "LIP green mode integration id. Set on GreenModeStatus events; input of setGreenModeStep"
                            + " and readGreenModeStep.",
              javaType = "Integer")
    public static final String GREEN_MODE_ID = "CamelLutronGreenModeId";
    @Metadata(description = "LIP green mode step. Set on GreenModeStatus events and on the answer of"
                            + " readGreenModeStep; input of setGreenModeStep.",
              javaType = "Integer")
    public static final String GREEN_MODE_STEP = "CamelLutronGreenModeStep";
    @Metadata(description = "HomeWorks QS system variable integration id. Set on VariableStatus events; input of"
                            + " setVariable and readVariable.",
              javaType = "Integer")
    public static final String VARIABLE_ID = "CamelLutronVariableId";
    @Metadata(description = "HomeWorks QS system variable value. Set on VariableStatus events and on the answer of"
                            + " readVariable; input of setVariable.",
              javaType = "Integer")
    public static final String VARIABLE_VALUE = "CamelLutronVariableValue";
    @Metadata(label = "producer", description = "LIP pulse: how long a contact closure output closes, a"
                                                + " java.time.Duration or a number of seconds; the bridge's default"
                                                + " when absent.",
              javaType = "Object")
    public static final String PULSE_TIME = "CamelLutronPulseTime";
    @Metadata(label = "producer", description = "On the answer of LIP readSunrise and readSunset: the time of day,"
                                                + " HH:MM.",
              javaType = "String")
    public static final String TIME = "CamelLutronTime";

    private LutronConstants() {
    }
}
