package app.scalpjournal.launch;

import java.util.OptionalInt;

/**
 * Stands in for the app's Main in {@link ClassDataLaunchTest}: starts "the window" in a child as Main
 * does, which prints where it runs and exits with the code it was given (or waits, for "wait"); with
 * {@code -Dprobe.command=true}, "the report" instead, in its quick-compiler child.
 */
public final class LaunchProbe {
    private LaunchProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean command = Boolean.getBoolean("probe.command");
        OptionalInt child = command ? ClassDataLaunch.runBriefCommandInChild(args) : ClassDataLaunch.openWindowInChild(args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        ClassDataLaunch.endWithParent();
        System.out.println((command ? "command" : "window") + " pid=" + ProcessHandle.current().pid() + " args="
                + String.join(" ", ProcessHandle.current().info().arguments().orElse(new String[0])));
        if (args[0].equals("wait")) {
            Thread.sleep(600_000);
        }
        System.exit(Integer.parseInt(args[0]));
    }
}
