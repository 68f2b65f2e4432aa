package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

class LipCodesTest {

    @Test
    void outputActions() {
        assertThat(OutputAction.of(1)).isEqualTo(OutputAction.SET_LEVEL);
        assertThat(OutputAction.of(6)).isEqualTo(OutputAction.PULSE);
        assertThat(OutputAction.of(10)).isEqualTo(OutputAction.SET_LIFT_AND_TILT);
        assertThat(OutputAction.of(21)).isEqualTo(OutputAction.MOTOR_4_STAGE_JOG_LOWER);
        assertThat(OutputAction.of(32)).isEqualTo(OutputAction.SHADE_POSITION);
        assertThat(OutputAction.of(7)).isNull();
        assertThat(OutputAction.of(33)).isNull();
        assertThat(OutputAction.of(-1)).isNull();
        assertRoundTrip(OutputAction.values(), OutputAction::code, OutputAction::of);
    }

    @Test
    void deviceActions() {
        assertThat(DeviceAction.of(3)).isEqualTo(DeviceAction.PRESS);
        assertThat(DeviceAction.of(4)).isEqualTo(DeviceAction.RELEASE);
        assertThat(DeviceAction.of(9)).isEqualTo(DeviceAction.LED_STATE);
        assertThat(DeviceAction.of(22)).isEqualTo(DeviceAction.BATTERY_STATUS);
        assertThat(DeviceAction.of(32)).isEqualTo(DeviceAction.HOLD_RELEASE);
        assertThat(DeviceAction.of(37)).isEqualTo(DeviceAction.INACTIVE_LED_LEVEL);
        assertThat(DeviceAction.of(8)).isNull();
        assertThat(DeviceAction.of(38)).isNull();
        assertRoundTrip(DeviceAction.values(), DeviceAction::code, DeviceAction::of);
    }

    @Test
    void groupAndAreaCodes() {
        assertThat(GroupAction.of(3)).isEqualTo(GroupAction.OCCUPANCY_STATE);
        assertThat(GroupState.of(3)).isEqualTo(GroupState.OCCUPIED);
        assertThat(GroupState.of(4)).isEqualTo(GroupState.UNOCCUPIED);
        assertThat(GroupState.of(255)).isEqualTo(GroupState.UNKNOWN);
        assertThat(GroupState.of(5)).isNull();
        assertThat(AreaAction.of(6)).isEqualTo(AreaAction.SCENE);
        assertThat(AreaAction.of(8)).isEqualTo(AreaAction.OCCUPANCY_STATE);
        assertThat(AreaAction.of(5)).isNull();
        assertRoundTrip(GroupState.values(), GroupState::code, GroupState::of);
        assertRoundTrip(AreaAction.values(), AreaAction::code, AreaAction::of);
    }

    @Test
    void shadeGroupTimeclockModeSysvarHvac() {
        assertThat(ShadeGroupAction.of(1)).isEqualTo(ShadeGroupAction.SET_LEVEL);
        assertThat(ShadeGroupAction.of(6)).isEqualTo(ShadeGroupAction.PRESET);
        assertThat(ShadeGroupAction.of(5)).isNull();
        assertThat(TimeclockAction.of(5)).isEqualTo(TimeclockAction.EXECUTE_EVENT);
        assertThat(TimeclockAction.of(6)).isEqualTo(TimeclockAction.ENABLE_EVENT);
        assertThat(TimeclockAction.of(7)).isNull();
        assertThat(ModeAction.of(1)).isEqualTo(ModeAction.STEP);
        assertThat(ModeAction.of(2)).isNull();
        assertThat(SysvarAction.of(1)).isEqualTo(SysvarAction.STATE);
        assertThat(HvacAction.of(1)).isEqualTo(HvacAction.CURRENT_TEMPERATURE_F);
        assertThat(HvacAction.of(3)).isEqualTo(HvacAction.OPERATING_MODE);
        assertThat(HvacAction.of(19)).isEqualTo(HvacAction.SINGLE_SETPOINT_C);
        assertThat(HvacAction.of(20)).isNull();
        assertRoundTrip(ShadeGroupAction.values(), ShadeGroupAction::code, ShadeGroupAction::of);
        assertRoundTrip(TimeclockAction.values(), TimeclockAction::code, TimeclockAction::of);
        assertRoundTrip(HvacAction.values(), HvacAction::code, HvacAction::of);
    }

    @Test
    void monitoringTypes() {
        assertThat(MonitoringType.of(3)).isEqualTo(MonitoringType.BUTTON);
        assertThat(MonitoringType.of(11)).isEqualTo(MonitoringType.REPLY);
        assertThat(MonitoringType.of(12)).isEqualTo(MonitoringType.PROMPT);
        assertThat(MonitoringType.of(23)).isEqualTo(MonitoringType.SHADE_GROUP);
        assertThat(MonitoringType.of(27)).isEqualTo(MonitoringType.TEMPERATURE_SENSOR);
        assertThat(MonitoringType.of(255)).isEqualTo(MonitoringType.ALL);
        assertThat(MonitoringType.of(28)).isNull();
        assertThat(MonitoringType.of(256)).isNull();
        assertRoundTrip(MonitoringType.values(), MonitoringType::code, MonitoringType::of);
    }

    @Test
    void systemActionsAndLedCodes() {
        assertThat(SystemAction.of(1)).isEqualTo(SystemAction.TIME);
        assertThat(SystemAction.of(10)).isEqualTo(SystemAction.DATABASE_EXPORT_TIME);
        assertThat(SystemAction.of(3)).isNull();
        assertThat(SystemAction.of(9)).isNull();
        assertThat(LedCode.of(0)).isEqualTo(LedCode.OFF);
        assertThat(LedCode.of(1)).isEqualTo(LedCode.ON);
        assertThat(LedCode.of(2)).isEqualTo(LedCode.FLASH);
        assertThat(LedCode.of(3)).isEqualTo(LedCode.RAPID_FLASH);
        assertThat(LedCode.of(4)).isNull();
        assertRoundTrip(SystemAction.values(), SystemAction::code, SystemAction::of);
        assertRoundTrip(LedCode.values(), LedCode::code, LedCode::of);
    }

    private static <E> void assertRoundTrip(E[] values, ToIntFunction<E> code, IntFunction<E> of) {
        for (E e : values) {
            assertThat(of.apply(code.applyAsInt(e))).isSameAs(e);
        }
    }
}
