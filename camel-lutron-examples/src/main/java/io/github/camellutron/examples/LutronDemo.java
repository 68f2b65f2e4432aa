package io.github.camellutron.examples;

/**
 * The runnable jar: with no arguments the demo on two simulated houses; with {@code --lip} / {@code --leap} the
 * same routes on real bridges (see {@link DemoOptions}).
 */
public final class LutronDemo {

    private LutronDemo() {
    }

    public static void main(String[] args) throws Exception {
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
