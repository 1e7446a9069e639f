package org.medlist.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads and links, on a background thread, the classes the main window needs before it is usable
 * (listed in {@code startup-classes.txt}, written by {@code src/test/startup/list-startup-classes.sh}),
 * while JavaFX starts up and draws the outline on the other core. Without a class-data archive
 * ({@code java -jar}) reading, defining and verifying those ~2,000 classes is most of the start-up
 * time. The classes are not initialised: static initialisers stay on the thread that first uses a class,
 * so nothing of JavaFX's runs on two threads at once. {@code -Dmedlist.startup.classes=off} turns it off.
 */
final class StartupClasses {
    private StartupClasses() {}

    static void loadInBackground() {
        if ("off".equals(System.getProperty("medlist.startup.classes"))) return;
        Thread t = new Thread(StartupClasses::load, "medlist-class-loader");
        t.setDaemon(true);
        t.start();
    }

    private static void load() {
        ClassLoader loader = StartupClasses.class.getClassLoader();
        InputStream list = StartupClasses.class.getResourceAsStream("startup-classes.txt");
        if (list == null) return;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            for (String name = in.readLine(); name != null; name = in.readLine()) {
                if (name.isEmpty() || name.startsWith("#")) continue;
                try {
                    // Asking for the constructors links (verifies) the class without initialising it.
                    Class.forName(name, false, loader).getDeclaredConstructors();
                } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                    // a stale entry: the class loads as usual when (if) it is used
                }
            }
        } catch (IOException e) {
            // only a head start is lost
        }
    }
}
