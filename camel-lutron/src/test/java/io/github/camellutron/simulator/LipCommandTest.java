package io.github.camellutron.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.camellutron.lip.protocol.GroupState;
import io.github.camellutron.lip.protocol.LedCode;

/** Commands, queries, reports and errors against the demo house. */
class LipCommandTest {

    private LipBridgeSimulator simulator;
    private LipTestClient client;

    @BeforeEach
    void start() {
        simulator = LipBridgeSimulator.builder().build().start();
        client = LipTestClient.loginWithoutPrompt(simulator);
    }

    @AfterEach
    void stop() {
        client.close();
        simulator.close();
    }

    @Test
    void setLevelIsEchoedWithTwoDecimals() {
        assertThat(client.ask("#OUTPUT,18,1,75")).isEqualTo("~OUTPUT,18,1,75.00");
        assertThat(client.ask("#OUTPUT,18,1,33.3,2")).isEqualTo("~OUTPUT,18,1,33.30");
        assertThat(client.ask("#OUTPUT,18,1,5.5,1:30,0")).isEqualTo("~OUTPUT,18,1,5.50");
        assertThat(simulator.level(18)).isEqualTo(5.5);
    }

    /** pylutron writes fades as Python timedeltas (LIP.md 2.2); a bridge takes them. */
    @Test
    void fadeAsPylutronWritesItIsAccepted() {
        assertThat(client.ask("#OUTPUT,18,1,40,0:00:02.500000")).isEqualTo("~OUTPUT,18,1,40.00");
        assertThat(client.ask("#OUTPUT,18,1,60,0:00:01,0:00:00.250000")).isEqualTo("~OUTPUT,18,1,60.00");
        assertThat(client.ask("#OUTPUT,18,1,70,0:00:02.5000000")).isEqualTo("~ERROR,5");
    }

    /** pylutron's Output.flash sends {@code #OUTPUT,id,5[,period]}; the light flashes until its next level. */
    @Test
    void lightsFlashUntilTheirNextLevel() {
        assertThat(client.ask("#OUTPUT,18,1,60")).isEqualTo("~OUTPUT,18,1,60.00");
        client.send("#OUTPUT,18,5");
        assertThat(client.linesBefore()).as("flashing changes no level").isEmpty();
        assertThat(simulator.flashing(18)).isTrue();
        assertThat(simulator.level(18)).isEqualTo(60);
        assertThat(client.ask("#OUTPUT,18,1,30")).isEqualTo("~OUTPUT,18,1,30.00");
        assertThat(simulator.flashing(18)).isFalse();

        client.send("#OUTPUT,12,5,0:00:00.500000");
        client.send("#OUTPUT,13,5,1,0.5");
        assertThat(client.linesBefore()).isEmpty();
        assertThat(simulator.flashing(12)).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> simulator.flashing(13));
    }

    @Test
    void shadesFansAndContactClosuresDoNotFlash() {
        for (int zone : new int[] { 14, 15 }) {
            assertThat(client.ask("#OUTPUT," + zone + ",5")).isEqualTo("~ERROR,3");
            assertThat(simulator.flashing(zone)).isFalse();
        }
        assertThat(client.ask("#OUTPUT,18,5,1,0,7")).isEqualTo("~ERROR,1");
        assertThat(client.ask("#OUTPUT,18,5,abc")).isEqualTo("~ERROR,5");
    }

    /**
     * pylutron asks a motion sensor {@code ?DEVICE,id,1,22} and reads six fields after the id: component, action, a
     * field it skips, power source, battery status and another field it skips (LIP.md 2.4, 2.12).
     */
    @Test
    void batteryStatusIsAnsweredAsPylutronReadsIt() {
        assertThat(client.ask("?DEVICE,23,1,22")).isEqualTo("~DEVICE,23,1,22,0,1,1,0");
        assertThat(client.ask("?DEVICE,21,1,22")).as("a Pico runs on a battery").isEqualTo("~DEVICE,21,1,22,0,1,1,0");
        assertThat(client.ask("?DEVICE,20,1,22")).as("a keypad is mains powered")
                .isEqualTo("~DEVICE,20,1,22,0,2,0,0");
        assertThat(client.ask("#DEVICE,23,1,22")).isEqualTo("~ERROR,3");
        assertThat(client.ask("?DEVICE,99,1,22")).isEqualTo("~ERROR,2");
    }

    @Test
    void venetianBlindsTiltAndLift() {
        assertThat(client.ask("?OUTPUT,26,1")).isEqualTo("~OUTPUT,26,1,100.00");
        assertThat(client.ask("?OUTPUT,26,9")).isEqualTo("~OUTPUT,26,9,50.00");
        assertThat(client.ask("#OUTPUT,26,9,20")).isEqualTo("~OUTPUT,26,9,20.00");
        assertThat(client.ask("#OUTPUT,26,9,30,0:00:02.500000,0")).isEqualTo("~OUTPUT,26,9,30.00");
        assertThat(client.ask("#OUTPUT,26,10,40,70")).isEqualTo("~OUTPUT,26,10,40.00,70.00");
        assertThat(client.ask("?OUTPUT,26,10")).isEqualTo("~OUTPUT,26,10,40.00,70.00");
        assertThat(simulator.level(26)).isEqualTo(40);
        assertThat(simulator.tilt(26)).isEqualTo(70);

        // tilting moves 10 % every 250 ms and is reported where it stops (it also stops by itself at 0)
        client.send("#OUTPUT,26,12");
        await().until(() -> simulator.tilt(26) <= 50);
        client.send("#OUTPUT,26,13");
        assertThat(client.linesBefore()).last().isEqualTo(HouseState.tiltReport(26, simulator.tilt(26)));
        assertThat(client.ask("#OUTPUT,26,9,80")).isEqualTo("~OUTPUT,26,9,80.00");
        client.send("#OUTPUT,26,11");
        client.expectLine("~OUTPUT,26,9,100.00");

        client.send("#OUTPUT,26,15");
        await().until(() -> simulator.level(26) <= 20);
        client.send("#OUTPUT,26,16");
        assertThat(client.linesBefore()).last().isEqualTo(HouseState.levelReport(26, simulator.level(26)));
        assertThat(client.ask("#OUTPUT,26,1,80")).isEqualTo("~OUTPUT,26,1,80.00");
        client.send("#OUTPUT,26,14");
        client.expectLine("~OUTPUT,26,1,100.00");
    }

    @Test
    void shadesLiftButOnlyBlindsTilt() {
        client.send("#OUTPUT,15,15");
        await().until(() -> simulator.level(15) <= 80);
        client.send("#OUTPUT,15,16");
        assertThat(client.linesBefore()).last().isEqualTo(HouseState.levelReport(15, simulator.level(15)));
        for (String command : new String[] { "#OUTPUT,15,9,50", "#OUTPUT,15,10,50,50", "#OUTPUT,15,11",
                "#OUTPUT,15,12", "#OUTPUT,15,13", "?OUTPUT,15,9", "#OUTPUT,10,9,50", "#OUTPUT,14,10,50,50",
                "#OUTPUT,10,14", "#OUTPUT,14,16" }) {
            assertThat(client.ask(command)).as(command).isEqualTo("~ERROR,3");
        }
        assertThat(client.ask("#OUTPUT,26,9,150")).isEqualTo("~ERROR,4");
        assertThat(client.ask("#OUTPUT,26,10,50")).isEqualTo("~ERROR,1");
    }

    /** A pulsed CCO is not monitorable (LIP.md 5.2); a maintained one opens and closes as a level of 0 or 100. */
    @Test
    void contactClosureOutputsPulseOrStayClosed() {
        client.send("#OUTPUT,27,6");
        client.send("#OUTPUT,27,6,0.50");
        client.send("#OUTPUT,28,6,1");
        assertThat(client.linesBefore()).isEmpty();
        assertThat(client.ask("#OUTPUT,28,1,100")).isEqualTo("~OUTPUT,28,1,100.00");
        assertThat(client.ask("#OUTPUT,28,1,0")).isEqualTo("~OUTPUT,28,1,0.00");
        assertThat(client.ask("#OUTPUT,10,6")).isEqualTo("~ERROR,3");
        assertThat(client.ask("#OUTPUT,27,6,abc")).isEqualTo("~ERROR,5");
        assertThat(client.ask("#OUTPUT,27,6,1,2")).isEqualTo("~ERROR,1");
    }

    @Test
    void levelReportsGoToEverySessionWithZoneMonitoring() {
        try (LipTestClient other = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("#OUTPUT,13,1,42")).isEqualTo("~OUTPUT,13,1,42.00");
            other.expectLine("~OUTPUT,13,1,42.00");
        }
    }

    @Test
    void queryAnswersTheAskerOnly() {
        try (LipTestClient other = LipTestClient.loginWithoutPrompt(simulator)) {
            assertThat(client.ask("?OUTPUT,19,1")).isEqualTo("~OUTPUT,19,1,25.00");
            assertThat(other.linesBefore()).isEmpty();
        }
    }

    @Test
    void fanTakesOnlyItsFourSpeedsAndOff() {
        assertThat(client.ask("#OUTPUT,14,1,60")).isEqualTo("~OUTPUT,14,1,50.00");
        assertThat(client.ask("#OUTPUT,14,1,90")).isEqualTo("~OUTPUT,14,1,100.00");
        assertThat(client.ask("#OUTPUT,14,1,10")).isEqualTo("~OUTPUT,14,1,0.00");
        assertThat(client.ask("#OUTPUT,14,1,13")).isEqualTo("~OUTPUT,14,1,25.00");
    }

    @Test
    void switchIsOffOrOn() {
        client.send("#OUTPUT,12,1,30");
        assertThat(client.linesBefore()).containsExactly("~OUTPUT,12,1,100.00", "~DEVICE,20,84,9,0");
        client.send("#OUTPUT,12,1,0");
        assertThat(client.linesBefore()).containsExactly("~OUTPUT,12,1,0.00", "~DEVICE,20,84,9,1");
    }

    @Test
    void delayedLevelIsReportedWhenTheDelayIsOver() {
        long start = System.nanoTime();
        client.send("#OUTPUT,18,1,40,0,0.5");
        client.expectLine("~OUTPUT,18,1,40.00");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(simulator.level(18)).isEqualTo(40);
    }

    @Test
    void raiseMovesStepByStepAndStopReportsTheLevel() {
        assertThat(client.ask("#OUTPUT,18,1,50")).isEqualTo("~OUTPUT,18,1,50.00");
        client.send("#OUTPUT,18,2");
        await().until(() -> simulator.level(18) >= 70);
        client.send("#OUTPUT,18,4");
        String report = client.readLine();
        assertThat(report).matches("~OUTPUT,18,1,(70|80|90|100)\\.00");
        assertThat(report).isEqualTo(HouseState.levelReport(18, simulator.level(18)));
    }

    @Test
    void lowerStopsAtZeroByItself() {
        assertThat(client.ask("#OUTPUT,16,1,15")).isEqualTo("~OUTPUT,16,1,15.00");
        client.send("#OUTPUT,16,3");
        client.expectLine("~OUTPUT,16,1,0.00");
        assertThat(simulator.level(16)).isZero();
    }

    @ParameterizedTest(name = "{0} -> ~ERROR,{1}")
    @CsvSource(delimiter = ';', value = {
            "#OUTPUT,10;1", "#OUTPUT,10,1;1", "#OUTPUT,10,1,50,1,0,7;1", "?OUTPUT,10,1,5;1", "#DEVICE,20,1;1",
            "?MONITORING;1", "#MONITORING,5;1", "?SYSTEM;1",
            "?OUTPUT,999,1;2", "#OUTPUT,999,1,50;2", "#DEVICE,999,1,3;2", "#DEVICE,20,9,3;2", "?DEVICE,20,99,9;2",
            "?GROUP,99,3;2", "?TIMECLOCK,99,1;2", "?MODE,99,1;2", "#DEVICE,23,3,3;2",
            "#OUTPUT,10,77;3", "?OUTPUT,10,2;3", "#DEVICE,20,1,7;3", "#DEVICE,20,81,3;3", "?DEVICE,20,1,3;3",
            "?GROUP,2,4;3", "?SYSTEM,99;3", "?SYSTEM,11;3", "#SYSTEM,10,1;3",
            "#OUTPUT,10,1,150;4", "#OUTPUT,10,1,-5;4", "#OUTPUT,10,1,50,4:00:01;4", "#MONITORING,5,3;4",
            "#MONITORING,99,1;4", "#DEVICE,20,81,9,7;4",
            "#OUTPUT,10,1,abc;5", "#OUTPUT,10,1,50,12:23:24:25;5", "#OUTPUT,10,1,50,1,x;5", "#OUTPUT,ten,1,50;5",
            "#SYSTEM,1,12:23:24:25;5", "#SYSTEM,2,13/45/2026;5", "#MONITORING,x,1;5",
            "#FOO,1;6", "hello;6", "~OUTPUT,10,1,5;6", "?HELP;6", "?AREA,2,8;6", "?SYSVAR,40,1;6",
            "?SHADEGRP,1,1;6", "#ERROR,1;6" })
    void refusedCommandsAreAnsweredWithTheErrorCodeOnly(String command, int code) {
        assertThat(client.ask(command)).isEqualTo("~ERROR," + code);
        assertThat(simulator.level(10)).isZero();
    }

    @Test
    void deviceCommandIsReportedTwiceWithItsEffects() {
        client.send("#DEVICE,20,1,3");
        assertThat(client.linesBefore()).containsExactly(
                "~DEVICE,20,1,3", "~DEVICE,20,1,3",
                "~OUTPUT,10,1,100.00", "~OUTPUT,11,1,100.00", "~OUTPUT,12,1,100.00",
                "~DEVICE,20,81,9,1", "~DEVICE,20,84,9,0");
        client.send("#DEVICE,20,1,4");
        assertThat(client.linesBefore()).containsExactly("~DEVICE,20,1,4", "~DEVICE,20,1,4");
    }

    @Test
    void deviceCommandIsReportedOnceWithoutTheQuirk() {
        try (LipBridgeSimulator once = LipBridgeSimulator.builder().echoDeviceTwice(false).build().start();
             LipTestClient c = LipTestClient.loginWithoutPrompt(once)) {
            c.send("#DEVICE,21,3,3");
            assertThat(c.linesBefore()).containsExactly("~DEVICE,21,3,3");
        }
    }

    @Test
    void phantomSceneSetsItsOutputsAndLightsItsLed() {
        client.send("#DEVICE,1,3,3");
        assertThat(client.linesBefore()).contains("~DEVICE,1,3,3", "~OUTPUT,11,1,10.00", "~OUTPUT,13,1,20.00",
                "~OUTPUT,15,1,0.00", "~OUTPUT,19,1,5.00", "~DEVICE,1,103,9,1");
        assertThat(simulator.level(13)).isEqualTo(20);
        assertThat(simulator.ledState(1, 103)).isEqualTo(LedCode.ON);
        assertThat(client.ask("?DEVICE,1,103,9")).isEqualTo("~DEVICE,1,103,9,1");

        simulator.pressButton(1, 2);
        assertThat(client.linesBefore()).contains("~DEVICE,1,2,3", "~DEVICE,1,2,4", "~DEVICE,1,103,9,0",
                "~DEVICE,1,102,9,1");
        assertThat(simulator.ledState(1, 103)).isEqualTo(LedCode.OFF);
    }

    @Test
    void sceneLedGoesOutWhenItsSceneIsBroken() {
        simulator.pressButton(20, 3);
        assertThat(simulator.ledState(20, 83)).isEqualTo(LedCode.ON);
        client.linesBefore();
        simulator.setLevelFromWall(10, 45);
        assertThat(client.linesBefore()).containsExactly("~OUTPUT,10,1,45.00", "~DEVICE,20,83,9,0");
    }

    @Test
    void picoActsOnRelease() {
        simulator.press(21, 2);
        assertThat(client.linesBefore()).containsExactly("~DEVICE,21,2,3");
        assertThat(simulator.level(13)).isZero();
        simulator.release(21, 2);
        assertThat(client.linesBefore()).containsExactly("~DEVICE,21,2,4", "~OUTPUT,13,1,100.00");

        simulator.pressButton(21, 3);
        assertThat(simulator.level(13)).isEqualTo(50);
        simulator.pressButton(21, 6);
        assertThat(client.linesBefore()).endsWith("~DEVICE,21,6,3", "~DEVICE,21,6,4", "~OUTPUT,13,1,40.00");
        simulator.pressButton(21, 5);
        assertThat(simulator.level(13)).isEqualTo(50);
        simulator.pressButton(21, 4);
        assertThat(simulator.level(13)).isZero();
    }

    @Test
    void picoRaiseKeepsMovingWhileHeld() {
        simulator.press(22, 5);
        // RadioRA 2 has no hold action (LIP.md 2.13): the Pico's raise goes on, and nothing is reported for the hold
        simulator.hold(22, 5);
        await().until(() -> simulator.level(16) >= 30);
        simulator.release(22, 5);
        assertThat(client.linesBefore()).startsWith("~DEVICE,22,5,3", "~DEVICE,22,5,4")
                .last().asString().matches("~OUTPUT,16,1,\\d+\\.00");
    }

    @Test
    void homeworksReportsHoldAndMultiTapRadioRa2DoesNot() {
        simulator.multiTap(20, 1);
        simulator.playButton(21, 2, ButtonScript.start().press().hold().multiTap().release()).join();
        assertThat(client.linesBefore()).containsExactly("~DEVICE,21,2,3", "~DEVICE,21,2,4", "~OUTPUT,13,1,100.00");
        try (LipBridgeSimulator qs = LipBridgeSimulator.builder().prompt(LipBridgeSimulator.QNET_PROMPT).build()
                .start();
             LipTestClient c = LipTestClient.connect(qs)) {
            c.login("lutron", "integration", "QNET> ");
            qs.press(22, 2);
            qs.hold(22, 2);
            qs.release(22, 2);
            qs.multiTap(22, 2);
            qs.release(22, 2);
            assertThat(c.linesBefore()).containsExactly("~DEVICE,22,2,3", "~DEVICE,22,2,5", "~DEVICE,22,2,4",
                    "~OUTPUT,16,1,100.00", "~DEVICE,22,2,6", "~DEVICE,22,2,4", "~OUTPUT,16,1,100.00");
        }
    }

    @Test
    void aPlayedButtonReportsEachStepAtItsOffsetFromTheStart() {
        long start = System.nanoTime();
        CompletableFuture<Void> played = simulator.playButton(20, 4, ButtonScript.start().press().pause(300)
                .release().pause(200).press().pause(100).release());
        // returns at once: the steps are the simulator's loop's to play
        assertThat(played).isNotDone();
        List<String> lines = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        while (lines.size() < 4) {
            String line = client.readLine();
            if (line.startsWith("~DEVICE,20,4,")) {
                lines.add(line);
                arrivals.add(System.nanoTime());
            }
        }
        played.join();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        assertThat(lines).containsExactly("~DEVICE,20,4,3", "~DEVICE,20,4,4", "~DEVICE,20,4,3", "~DEVICE,20,4,4");
        // the reader may be late for a line, never early: the span is at least most of the script
        assertThat(Duration.ofNanos(arrivals.get(3) - arrivals.get(0))).isGreaterThan(Duration.ofMillis(450));
    }

    @Test
    void aPlayedButtonMustExist() {
        assertThatThrownBy(() -> simulator.playButton(20, 9, ButtonScript.start().press()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no button 9");
        assertThatThrownBy(() -> simulator.playButton(23, 2, ButtonScript.start().hold()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.playButton(20, 1, ButtonScript.start())).isDone();
    }

    @Test
    void picoCommandsFromAClientDriveItsZone() {
        client.send("#DEVICE,21,2,3");
        client.send("#DEVICE,21,2,4");
        assertThat(client.linesBefore()).containsExactly("~DEVICE,21,2,3", "~DEVICE,21,2,3", "~DEVICE,21,2,4",
                "~DEVICE,21,2,4", "~OUTPUT,13,1,100.00");
    }

    @Test
    void keypadLedCanBeSetAndQueried() {
        assertThat(client.ask("?DEVICE,20,82,9")).isEqualTo("~DEVICE,20,82,9,0");
        assertThat(client.ask("?DEVICE,20,84,9")).isEqualTo("~DEVICE,20,84,9,1");
        assertThat(client.ask("#DEVICE,20,82,9,1")).isEqualTo("~DEVICE,20,82,9,1");
        assertThat(simulator.ledState(20, 82)).isEqualTo(LedCode.ON);
        assertThat(client.ask("#DEVICE,20,82,9,2")).isEqualTo("~DEVICE,20,82,9,1");
        assertThat(client.ask("#DEVICE,20,82,9,0")).isEqualTo("~DEVICE,20,82,9,0");
    }

    @Test
    void homeworksLedsFlash() {
        try (LipBridgeSimulator qs = LipBridgeSimulator.builder().prompt(LipBridgeSimulator.QNET_PROMPT).build()
                .start();
             LipTestClient c = LipTestClient.connect(qs)) {
            c.login("lutron", "integration", "QNET> ");
            c.send("#MONITORING,12,2");
            c.expectLine("~MONITORING,12,2");
            assertThat(c.ask("#DEVICE,20,82,9,3")).isEqualTo("~DEVICE,20,82,9,3");
            assertThat(qs.ledState(20, 82)).isEqualTo(LedCode.RAPID_FLASH);
        }
    }

    @Test
    void occupancyIsReportedBySensorsAndGroups() {
        assertThat(client.ask("?GROUP,2,3")).isEqualTo("~GROUP,2,3,4");
        assertThat(client.ask("?GROUP,3,3")).isEqualTo("~GROUP,3,3,255");
        simulator.setOccupancy(2, true);
        assertThat(client.linesBefore()).containsExactly("~DEVICE,23,2,3", "~GROUP,2,3,3");
        assertThat(simulator.occupancy(2)).isEqualTo(GroupState.OCCUPIED);
        assertThat(client.ask("?GROUP,2,3")).isEqualTo("~GROUP,2,3,3");

        simulator.release(23, 2);
        assertThat(client.linesBefore()).containsExactly("~DEVICE,23,2,4", "~GROUP,2,3,4");
        assertThat(simulator.occupancy(2)).isEqualTo(GroupState.UNOCCUPIED);
    }

    @Test
    void systemQueries() {
        assertThat(client.ask("?SYSTEM,10")).isEqualTo("~SYSTEM,10,03/14/2026,09:26:53");
        assertThat(client.ask("?SYSTEM,1")).matches("~SYSTEM,1,\\d\\d:\\d\\d:\\d\\d");
        assertThat(client.ask("?SYSTEM,2")).matches("~SYSTEM,2,\\d\\d/\\d\\d/\\d{4}");
        assertThat(client.ask("?SYSTEM,4")).isEqualTo("~SYSTEM,4,42.36,-71.06");
        assertThat(client.ask("?SYSTEM,5")).matches("~SYSTEM,5,-?\\d+,\\d+");
        assertThat(client.ask("?SYSTEM,6")).isEqualTo("~SYSTEM,6,18:30");
        assertThat(client.ask("?SYSTEM,7")).isEqualTo("~SYSTEM,7,06:45");
        assertThat(client.ask("?SYSTEM,8")).isEqualTo("~SYSTEM,8," + CommandInterpreter.OS_REVISION);
    }

    @Test
    void systemClockCanBeSet() {
        client.send("#SYSTEM,1,17:45");
        client.send("#SYSTEM,2,12/24/2030");
        assertThat(client.ask("?SYSTEM,2")).isEqualTo("~SYSTEM,2,12/24/2030");
        assertThat(client.ask("?SYSTEM,1")).matches("~SYSTEM,1,17:4[56]:\\d\\d");
    }

    @Test
    void timeclockAndGreenMode() {
        assertThat(client.ask("?TIMECLOCK,30,1")).isEqualTo("~TIMECLOCK,30,1,1");
        assertThat(client.ask("?TIMECLOCK,30,2")).isEqualTo("~TIMECLOCK,30,2,06:45");
        assertThat(client.ask("?TIMECLOCK,30,3")).isEqualTo("~TIMECLOCK,30,3,18:30");
        client.send("#TIMECLOCK,30,1,2");
        assertThat(client.linesBefore()).as("timeclock monitoring (9) is off at login").isEmpty();
        assertThat(client.ask("?TIMECLOCK,30,1")).isEqualTo("~TIMECLOCK,30,1,2");
        assertThat(client.ask("#MONITORING,9,1")).isEqualTo("~MONITORING,9,1");
        assertThat(client.ask("#TIMECLOCK,30,1,3")).isEqualTo("~TIMECLOCK,30,1,3");
        client.send("#TIMECLOCK,30,6,2,2");
        assertThat(client.linesBefore()).as("enabling is not reported").isEmpty();
        assertThat(simulator.timeclockEventEnabled(30, 2)).isFalse();
        assertThat(client.ask("#TIMECLOCK,30,6,2,3")).isEqualTo("~ERROR,4");
        assertThat(client.ask("#TIMECLOCK,30,6,9,1")).as("the timeclock has events 1-3").isEqualTo("~ERROR,4");
        assertThat(client.ask("#TIMECLOCK,30,5,0")).isEqualTo("~ERROR,4");

        assertThat(client.ask("?MODE,31,1")).isEqualTo("~MODE,31,1,1");
        assertThat(client.ask("#MODE,31,1,3")).as("mode monitoring (18) is on at login").isEqualTo("~MODE,31,1,3");
        assertThat(client.ask("?MODE,31,1")).isEqualTo("~MODE,31,1,3");
    }

    @Test
    void aTimeclockEventRunsItsSceneWhenExecutedOrScheduled() {
        assertThat(client.ask("#MONITORING,9,1")).isEqualTo("~MONITORING,9,1");
        client.send("#TIMECLOCK,30,5,1");
        assertThat(client.linesBefore()).containsExactly("~TIMECLOCK,30,5,1", "~OUTPUT,13,1,60.00",
                "~OUTPUT,19,1,50.00");
        assertThat(simulator.level(19)).isEqualTo(50);

        assertThat(simulator.runTimeclockEvent(30, 2)).isTrue();
        assertThat(client.linesBefore()).containsExactly("~TIMECLOCK,30,5,2", "~OUTPUT,13,1,0.00",
                "~OUTPUT,19,1,10.00", "~OUTPUT,26,1,0.00");
        client.send("#TIMECLOCK,30,6,3,2");
        assertThat(client.linesBefore()).isEmpty();
        assertThat(simulator.runTimeclockEvent(30, 3)).as("a disabled event is not scheduled").isFalse();
        assertThat(client.linesBefore()).isEmpty();
        client.send("#TIMECLOCK,30,5,3");
        assertThat(client.linesBefore()).as("but runs when told to").startsWith("~TIMECLOCK,30,5,3");
    }

    @Test
    void greenModeStepsAreNotPushedByTheBridgesOpenHabSaw() {
        try (LipBridgeSimulator quiet = LipBridgeSimulator.builder().greenModeStepReports(false).build().start();
             LipTestClient c = LipTestClient.loginWithoutPrompt(quiet)) {
            c.send("#MODE,31,1,2");
            assertThat(c.linesBefore()).isEmpty();
            assertThat(c.ask("?MODE,31,1")).isEqualTo("~MODE,31,1,2");
        }
    }

    @Test
    void homeworksHasAreasAndStateVariables() {
        try (LipBridgeSimulator qs = LipBridgeSimulator.builder().prompt(LipBridgeSimulator.QNET_PROMPT).build()
                .start();
             LipTestClient c = LipTestClient.connect(qs)) {
            c.login("lutron", "integration", "QNET> ");
            c.send("#MONITORING,12,2");
            c.expectLine("~MONITORING,12,2");
            assertThat(c.ask("?AREA,2,8")).isEqualTo("~AREA,2,8,4");
            assertThat(c.ask("?AREA,3,8")).isEqualTo("~AREA,3,8,4");
            c.send("#AREA,2,1,60");
            assertThat(c.linesBefore()).containsExactly("~OUTPUT,10,1,60.00", "~DEVICE,20,84,9,0",
                    "~OUTPUT,11,1,60.00", "~OUTPUT,12,1,100.00");
            assertThat(c.ask("?AREA,99,8")).isEqualTo("~ERROR,2");
            assertThat(c.ask("?AREA,2,6")).isEqualTo("~ERROR,3");

            assertThat(c.ask("?SYSVAR,40,1")).isEqualTo("~SYSVAR,40,1,0");
            assertThat(c.ask("#MONITORING,10,1")).isEqualTo("~MONITORING,10,1");
            assertThat(c.ask("#SYSVAR,40,1,2")).isEqualTo("~SYSVAR,40,1,2");
            assertThat(c.ask("?SHADEGRP,1,1")).isEqualTo("~ERROR,2");
            assertThat(c.ask("?HVAC,1,1")).isEqualTo("~ERROR,2");
        }
    }
}
