package io.github.camellutron.examples;

/**
 * The runnable jar: with no arguments the demo on two simulated houses; with {@code --lip} / {@code --leap} the
 * same routes on real bridges (see {@link DemoOptions}); {@code pair}, {@code scan} and {@code --help} run the
 * commands of {@link Commands} instead.
 */
public final class LutronDemo {

    private LutronDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args, System.out, System.err));
        }
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new DemoApplication(options).run();
    }
}
