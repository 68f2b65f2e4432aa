package io.github.camellutron.lip.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LipMessageTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "~OUTPUT,3,1,90.00", "#OUTPUT,1,1,75,01:30", "?OUTPUT,3,1", "#OUTPUT,75,6,0.50",
            "~DEVICE,1,101,9", "#DEVICE,1,5,3", "~DEVICE,12,2,3",
            "?GROUP,5,3", "~GROUP,5,3,255",
            "?AREA,2,6", "~AREA,2,6,2",
            "#SHADEGRP,2,1,70,2", "~SHADEGRP,2,6,2",
            "#TIMECLOCK,1,6,2,1", "~TIMECLOCK,4,2,05:32",
            "#MODE,22,1,2", "#SYSVAR,80,1,2",
            "#HVAC,1,2,68,72", "~HVAC,1,9,1,2,08,00,65,78",
            "#MONITORING,12,2", "~MONITORING,5,1",
            "~SYSTEM,10,05/12/2026,14:03:11", "~ERROR,4",
            "?HELP", "~DETAILS,1,SN,0x0123" })
    void parsesAndFormatsEveryFamilyUnchanged(String line) {
        assertThat(LipMessage.parse(line)).hasToString(line);
        assertThat(LipMessage.parse(line + "\r\n")).isEqualTo(LipMessage.parse(line));
    }

    @Test
    void outputReport() {
        LipMessage m = LipMessage.parse("~OUTPUT,3,1,90.00");

        assertThat(m.operation()).isEqualTo(LipOperation.REPORT);
        assertThat(m.command()).isEqualTo("OUTPUT");
        assertThat(m.commandType()).isEqualTo(LipCommandType.OUTPUT);
        assertThat(m.fields()).containsExactly("3", "1", "90.00");
        assertThat(m.fieldCount()).isEqualTo(3);
        assertThat(m.integrationId()).isEqualTo(3);
        assertThat(OutputAction.of(m.intField(1))).isEqualTo(OutputAction.SET_LEVEL);
        assertThat(m.doubleField(2)).isEqualTo(90.0);
        assertThat(m.field(3)).isNull();
        assertThat(m.is(LipOperation.REPORT, LipCommandType.OUTPUT)).isTrue();
        assertThat(m.is(LipOperation.QUERY, LipCommandType.OUTPUT)).isFalse();
        assertThat(m.is(LipOperation.REPORT, LipCommandType.DEVICE)).isFalse();
    }

    @Test
    void outputExecuteWithFadeTime() {
        LipMessage m = LipMessage.parse("#OUTPUT,1,1,75,01:30");

        assertThat(m.operation()).isEqualTo(LipOperation.EXECUTE);
        assertThat(m.integrationId()).isEqualTo(1);
        assertThat(LipLevel.parse(m.field(2))).isEqualTo(75.0);
        assertThat(LipTime.parse(m.field(3))).hasSeconds(90);
    }

    @Test
    void deviceLedReport() {
        LipMessage m = LipMessage.parse("~DEVICE,1,101,9");

        assertThat(m.commandType()).isEqualTo(LipCommandType.DEVICE);
        assertThat(m.integrationId()).isEqualTo(1);
        assertThat(m.intField(1)).isEqualTo(101);
        assertThat(DeviceAction.of(m.intField(2))).isEqualTo(DeviceAction.LED_STATE);
        assertThat(m.field(3)).isNull();
    }

    @Test
    void groupQueryAndReport() {
        LipMessage query = LipMessage.parse("?GROUP,5,3");
        LipMessage report = LipMessage.parse("~GROUP,5,3,255");

        assertThat(query).isEqualTo(LipCommands.queryOccupancy(5));
        assertThat(report.is(LipOperation.REPORT, LipCommandType.GROUP)).isTrue();
        assertThat(GroupAction.of(report.intField(1))).isEqualTo(GroupAction.OCCUPANCY_STATE);
        assertThat(GroupState.of(report.intField(2))).isEqualTo(GroupState.UNKNOWN);
    }

    @Test
    void areaSceneQueryAndReport() {
        LipMessage query = LipMessage.parse("?AREA,2,6");
        LipMessage report = LipMessage.parse("~AREA,2,6,2");

        assertThat(query.operation()).isEqualTo(LipOperation.QUERY);
        assertThat(query.commandType()).isEqualTo(LipCommandType.AREA);
        assertThat(AreaAction.of(report.intField(1))).isEqualTo(AreaAction.SCENE);
        assertThat(report.intField(2)).isEqualTo(2);
    }

    @Test
    void shadeGroupPresetReport() {
        LipMessage m = LipMessage.parse("~SHADEGRP,2,6,2");

        assertThat(m.commandType()).isEqualTo(LipCommandType.SHADEGRP);
        assertThat(ShadeGroupAction.of(m.intField(1))).isEqualTo(ShadeGroupAction.PRESET);
        assertThat(m.intField(2)).isEqualTo(2);
    }

    @Test
    void timeclockEnableEventAndSunrise() {
        LipMessage enable = LipMessage.parse("#TIMECLOCK,1,6,2,1");
        LipMessage sunrise = LipMessage.parse("~TIMECLOCK,4,2,05:32");

        assertThat(enable).isEqualTo(LipCommands.timeclockEnableEvent(1, 2, true));
        assertThat(TimeclockAction.of(sunrise.intField(1))).isEqualTo(TimeclockAction.SUNRISE);
        assertThat(LipTime.parseTimeOfDay(sunrise.field(2))).hasToString("05:32");
    }

    @Test
    void modeAndSysvar() {
        LipMessage mode = LipMessage.parse("#MODE,22,1,2");
        LipMessage sysvar = LipMessage.parse("#SYSVAR,80,1,2");

        assertThat(mode.commandType()).isEqualTo(LipCommandType.MODE);
        assertThat(mode).isEqualTo(LipCommands.modeStep(22, 2));
        assertThat(sysvar.commandType()).isEqualTo(LipCommandType.SYSVAR);
        assertThat(sysvar.integrationId()).isEqualTo(80);
        assertThat(sysvar).isEqualTo(LipCommands.setSysvar(80, 2));
    }

    @Test
    void hvacScheduleEventReport() {
        LipMessage m = LipMessage.parse("~HVAC,1,9,1,2,08,00,65,78");

        assertThat(m.commandType()).isEqualTo(LipCommandType.HVAC);
        assertThat(m.commandType().hasIntegrationId()).isTrue();
        assertThat(HvacAction.of(m.intField(1))).isEqualTo(HvacAction.SCHEDULE_EVENT);
        assertThat(m.fields()).containsExactly("1", "9", "1", "2", "08", "00", "65", "78");
        assertThat(m.intField(4)).isEqualTo(8);
    }

    @Test
    void monitoringHasNoIntegrationId() {
        LipMessage m = LipMessage.parse("#MONITORING,12,2");

        assertThat(m.commandType()).isEqualTo(LipCommandType.MONITORING);
        assertThat(m.commandType().hasIntegrationId()).isFalse();
        assertThat(MonitoringType.of(m.intField(0))).isEqualTo(MonitoringType.PROMPT);
        assertThat(m).isEqualTo(LipCommands.monitoring(MonitoringType.PROMPT, false));
    }

    @Test
    void systemDatabaseExportTime() {
        LipMessage m = LipMessage.parse("~SYSTEM,10,05/12/2026,14:03:11");

        assertThat(m.commandType()).isEqualTo(LipCommandType.SYSTEM);
        assertThat(SystemAction.of(m.intField(0))).isEqualTo(SystemAction.DATABASE_EXPORT_TIME);
        assertThat(m.fields()).containsExactly("10", "05/12/2026", "14:03:11");
    }

    @Test
    void error() {
        LipMessage m = LipMessage.parse("~ERROR,4");

        assertThat(m.commandType()).isEqualTo(LipCommandType.ERROR);
        assertThat(LipError.of(m.intField(0))).isEqualTo(LipError.PARAMETER_OUT_OF_RANGE);
    }

    @Test
    void unknownCommandWordIsKeptWithItsFields() {
        LipMessage m = LipMessage.parse("~ETHERNET,0,192.168.1.20");

        assertThat(m.commandType()).isNull();
        assertThat(m.command()).isEqualTo("ETHERNET");
        assertThat(m.fields()).containsExactly("0", "192.168.1.20");
        assertThat(m).hasToString("~ETHERNET,0,192.168.1.20");
    }

    @Test
    void lineWithoutFields() {
        LipMessage m = LipMessage.parse("?HELP");

        assertThat(m.fields()).isEmpty();
        assertThat(m.field(0)).isNull();
    }

    @Test
    void emptyTrailingFieldIsKept() {
        assertThat(LipMessage.parse("~OUTPUT,1,").fields()).containsExactly("1", "");
    }

    @Test
    void fieldsMayHoldSpacesAndNames() {
        LipMessage m = LipMessage.parse("~DEVICE,Master - 05 Sliding,0,14,100.00");

        assertThat(m.field(0)).isEqualTo("Master - 05 Sliding");
        assertThatThrownBy(m::integrationId)
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP field 0 is not an integer: \"~DEVICE,Master - 05 Sliding,0,14,100.00\"");
    }

    @Test
    void stripsPromptGluedInFront() {
        assertThat(LipMessage.parse("GNET> ~OUTPUT,2,1,50.00")).hasToString("~OUTPUT,2,1,50.00");
        assertThat(LipMessage.parse("QNET> ~DEVICE,4,2,3")).hasToString("~DEVICE,4,2,3");
        assertThat(LipMessage.parse("SAFE> ~ERROR,1")).hasToString("~ERROR,1");
        assertThat(LipMessage.parse("QSE>QSE>~DEVICE,4,0,14,100.00")).hasToString("~DEVICE,4,0,14,100.00");
        assertThat(LipMessage.parse("GNET>~OUTPUT,2,1,50.00")).hasToString("~OUTPUT,2,1,50.00");
    }

    @Test
    void stripsSeveralPrompts() {
        assertThat(LipMessage.parse("GNET> GNET> ~OUTPUT,2,1,0.00")).hasToString("~OUTPUT,2,1,0.00");
        assertThat(LipMessage.parse("GNET> QNET>  ~GROUP,5,3,3")).hasToString("~GROUP,5,3,3");
    }

    @Test
    void stripsTrailingWhiteSpaceAndLineEnd() {
        assertThat(LipMessage.parse("~OUTPUT,3,1,90.00\r")).hasToString("~OUTPUT,3,1,90.00");
        assertThat(LipMessage.parse("~OUTPUT,3,1,90.00 \t\r\n")).hasToString("~OUTPUT,3,1,90.00");
        assertThat(LipMessage.parse("  ~OUTPUT,3,1,90.00")).hasToString("~OUTPUT,3,1,90.00");
    }

    @Test
    void emptyBlankAndPromptOnlyLinesAreNull() {
        assertThat(LipMessage.parse("")).isNull();
        assertThat(LipMessage.parse("   ")).isNull();
        assertThat(LipMessage.parse("\r\n")).isNull();
        assertThat(LipMessage.parse("GNET> ")).isNull();
        assertThat(LipMessage.parse("QNET> QNET> \r")).isNull();
    }

    @Test
    void lowerCaseCommandWordIsUpperCased() {
        LipMessage m = LipMessage.parse("~output,3,1,90.00");

        assertThat(m.command()).isEqualTo("OUTPUT");
        assertThat(m.commandType()).isEqualTo(LipCommandType.OUTPUT);
        assertThat(m).hasToString("~OUTPUT,3,1,90.00");
        assertThat(m).isEqualTo(LipMessage.parse("~OUTPUT,3,1,90.00"));
        assertThat(m.hashCode()).isEqualTo(LipMessage.parse("~OUTPUT,3,1,90.00").hashCode());
    }

    @Test
    void isPrompt() {
        assertThat(LipMessage.isPrompt("GNET> ")).isTrue();
        assertThat(LipMessage.isPrompt("QNET>")).isTrue();
        assertThat(LipMessage.isPrompt("SAFE> ")).isTrue();
        assertThat(LipMessage.isPrompt("GNET> ~OUTPUT,1,1,0.00")).isFalse();
        assertThat(LipMessage.isPrompt("login: ")).isFalse();
        assertThat(LipMessage.isPrompt("")).isFalse();
        assertThat(LipMessage.isPrompt("  ")).isFalse();
    }

    @Test
    void rejectsLinesThatAreNotLip() {
        assertThatThrownBy(() -> LipMessage.parse("hello"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Not a LIP line (must start with #, ? or ~): \"hello\"");
        assertThatThrownBy(() -> LipMessage.parse("login: "))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Not a LIP line");
    }

    @Test
    void rejectsOperationWithoutCommandWord() {
        assertThatThrownBy(() -> LipMessage.parse("~"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP line has no command word: \"~\"");
        assertThatThrownBy(() -> LipMessage.parse("#,1,2"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP line has no command word: \"#,1,2\"");
    }

    @Test
    void rejectsInvalidCommandWord() {
        assertThatThrownBy(() -> LipMessage.parse("~OUT PUT,1"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Invalid character in LIP command word: \"~OUT PUT,1\"");
        assertThatThrownBy(() -> LipMessage.parse("~OUTPUT2,1"))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Invalid character in LIP command word");
    }

    @Test
    void rejectsControlCharacters() {
        assertThatThrownBy(() -> LipMessage.parse("#OUTPUT,1\u0000"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Control character in LIP line: \"#OUTPUT,1\\x00\"");
        assertThatThrownBy(() -> LipMessage.parse("~OUTPUT,1,1,50.00\r~OUTPUT,2,1,0.00"))
                .isInstanceOf(LipParseException.class)
                .hasMessage("Control character in LIP line: \"~OUTPUT,1,1,50.00\\r~OUTPUT,2,1,0.00\"");
        assertThatThrownBy(() -> LipMessage.parse("~OUTPUT,1,\u007f"))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Control character in LIP line");
        assertThatThrownBy(() -> LipMessage.parse("~OUT\rPUT,1"))
                .isInstanceOf(LipParseException.class)
                .hasMessageStartingWith("Invalid character in LIP command word");
    }

    @Test
    void buildsEachOperation() {
        assertThat(LipMessage.execute("OUTPUT", 1, 1, "75.00")).hasToString("#OUTPUT,1,1,75.00");
        assertThat(LipMessage.query("output", 1, 1)).hasToString("?OUTPUT,1,1");
        assertThat(LipMessage.report("DEVICE", 1, 101, 9, 1)).hasToString("~DEVICE,1,101,9,1");
        assertThat(LipMessage.of(LipOperation.QUERY, "SYSTEM", 10).fields()).isEqualTo(List.of("10"));
        assertThat(LipMessage.execute("HELP")).hasToString("#HELP");
    }

    @Test
    void builtFieldsAreImmutable() {
        LipMessage m = LipMessage.execute("OUTPUT", 1, 1);

        assertThatThrownBy(() -> m.fields().add("2")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void buildingRejectsCommaCrLfAndControlCharacters() {
        assertThatThrownBy(() -> LipMessage.execute("OUTPUT", "1,2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP field must not contain a comma: \"1,2\"");
        assertThatThrownBy(() -> LipMessage.execute("OUTPUT", "1\r\n#OUTPUT,2,1,100"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP field must not contain CR, LF or control characters: \"1\\r\\n#OUTPUT,2,1,100\"");
        assertThatThrownBy(() -> LipMessage.execute("OUTPUT", 1, "5\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CR, LF");
        assertThatThrownBy(() -> LipMessage.execute("OUTPUT", 1, "\u0007"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("control characters");
    }

    @Test
    void buildingRejectsNullFieldAndBadCommandWord() {
        assertThatThrownBy(() -> LipMessage.execute("OUTPUT", 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP field 1 of OUTPUT must not be null");
        assertThatThrownBy(() -> LipMessage.execute("OUT,PUT", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP command word must be letters only: \"OUT,PUT\"");
        assertThatThrownBy(() -> LipMessage.execute("", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP command word is required");
        assertThatThrownBy(() -> LipMessage.of(null, "OUTPUT", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LIP operation is required");
    }

    @Test
    void intFieldOnNonNumberNamesTheLine() {
        LipMessage m = LipMessage.parse("~OUTPUT,3,1,90.00");

        assertThatThrownBy(() -> m.intField(2))
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP field 2 is not an integer: \"~OUTPUT,3,1,90.00\"");
        assertThatThrownBy(() -> m.intField(5))
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP line has no field 5: \"~OUTPUT,3,1,90.00\"");
        assertThatThrownBy(() -> LipMessage.parse("~OUTPUT,3,1,high").doubleField(2))
                .isInstanceOf(LipParseException.class)
                .hasMessage("LIP field 2 is not a number: \"~OUTPUT,3,1,high\"");
    }

    @Test
    void parseExceptionIsAnIllegalArgumentException() {
        assertThatThrownBy(() -> LipMessage.parse("garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commandTypeLookupIgnoresCase() {
        assertThat(LipCommandType.of("output")).isEqualTo(LipCommandType.OUTPUT);
        assertThat(LipCommandType.of("ShadeGrp")).isEqualTo(LipCommandType.SHADEGRP);
        assertThat(LipCommandType.of("ETHERNET")).isNull();
        assertThat(LipCommandType.of(null)).isNull();
    }
}
