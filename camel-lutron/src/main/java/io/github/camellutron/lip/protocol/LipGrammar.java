package io.github.camellutron.lip.protocol;

import java.util.function.IntFunction;

/**
 * Checks a command line a user wrote (an execute or a query) against the LIP grammar before it is sent, with the same
 * words as the command builders of {@link LipCommands}: a known command word, numeric ids, an action of the family,
 * levels 0-100, well-formed times, no extra fields. A family this class does not model ({@code ETHERNET},
 * {@code INTEGRATIONID}, {@code DETAILS}...) passes as it is: the bridge is the judge of those.
 */
public final class LipGrammar {

    private LipGrammar() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the line
     */
    public static void check(LipMessage command) {
        LipOperation operation = command.operation();
        if (operation == LipOperation.REPORT) {
            throw new IllegalArgumentException("A ~ line is a report from the bridge, not a command: " + command);
        }
        LipCommandType family = command.commandType();
        if (family == null) {
            return;
        }
        boolean execute = operation == LipOperation.EXECUTE;
        switch (family) {
            case OUTPUT -> output(command, execute);
            case DEVICE -> device(command, execute);
            case AREA -> levelFamily(command, execute, "AREA", AreaAction::of, AreaAction.SET_LEVEL.code());
            case SHADEGRP -> levelFamily(command, execute, "SHADEGRP", ShadeGroupAction::of,
                    ShadeGroupAction.SET_LEVEL.code());
            case GROUP -> action(command, "GROUP", GroupAction::of);
            case TIMECLOCK -> action(command, "TIMECLOCK", TimeclockAction::of);
            case MODE -> action(command, "MODE", ModeAction::of);
            case SYSVAR -> action(command, "SYSVAR", SysvarAction::of);
            case HVAC -> action(command, "HVAC", HvacAction::of);
            case MONITORING -> monitoring(command, execute);
            case SYSTEM -> {
                require(command.fieldCount() >= 1, command + " needs an action");
                actionNumber(command, 0, "SYSTEM", SystemAction::of);
            }
            case ERROR -> throw new IllegalArgumentException("ERROR is a report of the bridge, not a command");
        }
    }

    private static void output(LipMessage command, boolean execute) {
        int action = action(command, "OUTPUT", OutputAction::of);
        if (!execute) {
            maxFields(command, 2, "a query of OUTPUT action " + action);
            return;
        }
        switch (OutputAction.of(action)) {
            case SET_LEVEL, SET_TILT -> levelsFadeDelay(command, 2, 1, action);
            case SET_LIFT_AND_TILT -> levelsFadeDelay(command, 2, 2, action);
            case START_FLASHING -> levelsFadeDelay(command, 2, 0, action);
            case PULSE -> {
                maxFields(command, 3, "OUTPUT action " + action);
                if (command.fieldCount() == 3) {
                    time(command.field(2), "Time");
                }
            }
            case START_RAISING, START_LOWERING, STOP, RAISE_TILT, LOWER_TILT, STOP_TILT, RAISE_LIFT, LOWER_LIFT,
                 STOP_LIFT -> maxFields(command, 2, "OUTPUT action " + action);
            default -> {
                // motor jogs and travel times take arguments the guide leaves to the bridge
            }
        }
    }

    private static void device(LipMessage command, boolean execute) {
        require(command.fieldCount() >= 3, command + " needs an integration id, a component and an action");
        number(command.field(0), "Integration id");
        number(command.field(1), "Component number");
        int action = actionNumber(command, 2, "DEVICE", DeviceAction::of);
        if (!execute) {
            maxFields(command, 3, "a query of DEVICE action " + action);
        } else if (action == DeviceAction.LED_STATE.code()) {
            require(command.fieldCount() == 4, command + " needs the LED state, and nothing after it");
            int state = number(command.field(3), "LED state");
            require(LedCode.of(state) != null,
                    "LED state " + state + " is not 0 (off), 1 (on), 2 (flash) or 3 (rapid flash)");
        } else if (action == DeviceAction.LIGHT_LEVEL.code()) {
            levelsFadeDelay(command, 3, 1, action);
        }
    }

    private static void levelFamily(LipMessage command, boolean execute, String family, IntFunction<?> actions,
                                    int setLevel) {
        int action = action(command, family, actions);
        if (execute && action == setLevel) {
            levelsFadeDelay(command, 2, 1, action);
        }
    }

    private static void monitoring(LipMessage command, boolean execute) {
        require(command.fieldCount() >= 1, command + " needs a monitoring type");
        int type = number(command.field(0), "Monitoring type");
        require(MonitoringType.of(type) != null, "Monitoring type " + type + " is not one of the LIP guide");
        if (execute) {
            require(command.fieldCount() == 2 && ("1".equals(command.field(1)) || "2".equals(command.field(1))),
                    "MONITORING takes 1 (enable) or 2 (disable), not "
                                                 + (command.fieldCount() > 1 ? quoted(command.field(1))
                                                         : "nothing"));
        }
    }

    /** The integration id and the action of an addressed family; returns the action. */
    private static int action(LipMessage command, String family, IntFunction<?> actions) {
        require(command.fieldCount() >= 2, command.operation().symbol() + family
                                           + " needs an integration id and an action");
        number(command.field(0), "Integration id");
        return actionNumber(command, 1, family, actions);
    }

    private static int actionNumber(LipMessage command, int index, String family, IntFunction<?> actions) {
        int action = number(command.field(index), family + " action");
        require(actions.apply(action) != null, family + " action " + action + " is not an action of the LIP guide");
        return action;
    }

    /** {@code levels} levels from {@code first}, then an optional fade and an optional delay. */
    private static void levelsFadeDelay(LipMessage command, int first, int levels, int action) {
        int fields = command.fieldCount();
        require(fields >= first + levels, command + " needs " + (levels == 1 ? "a level" : levels + " levels"));
        maxFields(command, first + levels + 2, command.command() + " action " + action);
        for (int i = first; i < first + levels; i++) {
            level(command.field(i));
        }
        if (fields > first + levels) {
            time(command.field(first + levels), "Fade time");
        }
        if (fields > first + levels + 1) {
            time(command.field(first + levels + 1), "Delay time");
        }
    }

    private static void maxFields(LipMessage command, int max, String what) {
        require(command.fieldCount() <= max,
                command + " has " + command.fieldCount() + " fields; " + what + " takes at most " + max);
    }

    private static void level(String field) {
        double level;
        try {
            level = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Level " + quoted(field) + " is not a number");
        }
        // the words of the builders: "Level 150.0 is out of range 0-100"
        LipLevel.format(level);
    }

    private static void time(String field, String what) {
        try {
            LipTime.format(LipTime.parse(field));
        } catch (LipParseException e) {
            throw new IllegalArgumentException(what + " " + quoted(field) + " is not a LIP time");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " " + quoted(field) + ": " + e.getMessage());
        }
    }

    private static int number(String field, String what) {
        if (field.isEmpty() || field.length() > 9 || !field.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(what + " " + quoted(field) + " is not a number");
        }
        return Integer.parseInt(field);
    }

    /** A field as messages show it; parsing already refused control characters. */
    private static String quoted(String field) {
        return "'" + field + "'";
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException(problem);
        }
    }
}
