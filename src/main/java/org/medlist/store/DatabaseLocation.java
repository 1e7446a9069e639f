package org.medlist.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the user's database lives when no {@code --db} is given, by each OS's convention. */
public final class DatabaseLocation {
    private DatabaseLocation() {}

    public static Path defaultPath() {
        return defaultPath(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    static Path defaultPath(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("MedList").resolve("medlist.db");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MedList", "medlist.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("medlist").resolve("medlist.db");
    }
}
