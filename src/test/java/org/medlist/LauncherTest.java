package org.medlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user starts it: a separate JVM, with the jar's class path and no test flags. */
class LauncherTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {}

    /** Starts MedList without a display and without Monocle (the test JVM's headless toolkit). */
    private Run medlist(String... args) throws Exception {
        return medlist(java.util.Map.of(), args);
    }

    /** The same, with {@code environment} added; the PATH holds only this test's {@code bin} folder unless given. */
    private Run medlist(java.util.Map<String, String> environment, String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("monocle"))
                .collect(Collectors.joining(File.pathSeparator));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", classPath, Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("PATH", Files.createDirectories(dir.resolve("bin")).toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("MedList exits").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLineAndExitsWithItsCode() throws Exception {
        Run run = medlist();
        assertThat(run.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("medlist: cannot open the window: no display was found")
                .contains("the command line still works"));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theSameWithADatabaseNamed() throws Exception {
        Run run = medlist("--db", dir.resolve("x.db").toString());
        assertThat(run.err().lines().toList()).singleElement().asString().contains("cannot open the window: no display");
        assertThat(run.code()).isEqualTo(3);
    }

    @Test
    void missingGtkIsNamedWithItsPackage() {
        String line = Launcher.noWindowMessage(new UnsupportedOperationException("Unable to load glass GTK library."));
        assertThat(line).contains("install the libgtk-3-0 package").contains("the command line still works").doesNotContain("\n");
    }

    @Test
    void sqlitesNativeLibraryIsExtractedOnceIntoAPrivateCacheAndNothingIntoTheTempFolder() throws Exception {
        Path db = dir.resolve("list.db");
        assertThat(medlist("--db", db.toString(), "patients").code()).isZero();
        Path version = dir.resolve("cache").resolve("medlist").resolve(MedListVersion.VERSION);
        List<Path> libraries;
        try (Stream<Path> files = Files.list(version)) {
            libraries = files.toList();
        }
        assertThat(libraries).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).matches("libsqlitejdbc-[0-9.]+\\.so"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(version))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(version.getParent()))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(dir.resolve("tmp"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.startsWith("sqlite"));
        }

        Path library = libraries.get(0);
        FileTime first = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, first);
        assertThat(medlist("--db", db.toString(), "patients").code()).isZero();
        assertThat(Files.getLastModifiedTime(library)).as("the second start reuses the copy").isEqualTo(first);
    }

    /** A stand-in for a desktop notifier: writes the arguments it was given, one per line, beside the test's bin folder. */
    private Path fakeNotifier(String name) throws Exception {
        Path script = Files.createDirectories(dir.resolve("bin")).resolve(name);
        Files.writeString(script, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"" + dir.resolve(name + ".txt") + ".part\"\n"
                + "/bin/mv \"" + dir.resolve(name + ".txt") + ".part\" \"" + dir.resolve(name + ".txt") + "\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return dir.resolve(name + ".txt");
    }

    @Test
    void startedFromTheMenuTheReasonAlsoAppearsAsADesktopNotification() throws Exception {
        Path shown = fakeNotifier("notify-send");
        Run run = medlist();
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().lines().toList()).singleElement().asString().startsWith("medlist: cannot open the window: no display");
        assertThat(Files.readAllLines(shown)).contains("--app-name=MedList", "--icon=org.medlist.MedList", DesktopNotice.TITLE)
                .anySatisfy(line -> assertThat(line).startsWith("No display was found").endsWith("The command line still works: medlist --help"));
    }

    @Test
    void withoutNotifySendXmessageShowsItWhenThereIsADisplay() throws Exception {
        Path shown = fakeNotifier("xmessage");
        Run run = medlist(java.util.Map.of("DISPLAY", ":4242"));
        assertThat(run.code()).isEqualTo(3);
        // xmessage is not waited for (it stays up until dismissed), so its record may come a moment later
        for (int i = 0; i < 100 && !Files.exists(shown); i++) Thread.sleep(100);
        assertThat(String.join("\n", Files.readAllLines(shown))).contains(DesktopNotice.TITLE).contains("medlist --help");
    }

    @Test
    void whereNotifySendFailsNoNotificationServiceXmessageShowsIt() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("notify-send"), "#!/bin/sh\necho 'no notification service' >&2\nexit 1\n");
        Files.setPosixFilePermissions(bin.resolve("notify-send"), PosixFilePermissions.fromString("rwx------"));
        Path shown = fakeNotifier("xmessage");
        assertThat(medlist(java.util.Map.of("DISPLAY", ":4243")).code()).isEqualTo(3);
        for (int i = 0; i < 100 && !Files.exists(shown); i++) Thread.sleep(100);
        assertThat(String.join("\n", Files.readAllLines(shown))).contains(DesktopNotice.TITLE);
    }

    @Test
    void startedFromATerminalOnlyTheLineIsWrittenAndNoNotificationShown() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script gives the run a terminal");
        Path shown = fakeNotifier("notify-send");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("monocle")).collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String inner = "'" + java + "' -cp '" + classPath + "' " + Launcher.class.getName();
        ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", inner, "/dev/null")
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("HOME", dir.resolve("home").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().put("PATH", dir.resolve("bin") + File.pathSeparator + "/usr/bin:/bin");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("MedList exits").isTrue();
        assertThat(process.exitValue()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out.txt"))).contains("medlist: cannot open the window: no display");
        assertThat(shown).doesNotExist();
    }

    @Test
    void withADisplayButNoUsableGtkTheLineNamesTheGtkPackage() throws Exception {
        Path xvfb = Path.of("/usr/bin/Xvfb");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(xvfb), "needs Xvfb for a display");
        int number = 300 + new java.util.Random().nextInt(400);
        Process server = new ProcessBuilder(xvfb.toString(), ":" + number, "-nolisten", "tcp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + number);
            for (int i = 0; i < 100 && !Files.exists(socket); i++) Thread.sleep(100);
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(socket), "Xvfb started");
            // a GTK that cannot be loaded, as on a machine without the package: an empty file by its name
            Path broken = Files.createDirectories(dir.resolve("nogtk"));
            Files.createFile(broken.resolve("libgtk-3.so.0"));
            Run run = medlist(java.util.Map.of("DISPLAY", ":" + number, "LD_LIBRARY_PATH", broken.toString()));
            assertThat(run.err().lines().toList()).singleElement().asString()
                    .isEqualTo("medlist: cannot open the window: the GTK 3 library is missing (install the libgtk-3-0 package);"
                            + " the command line still works (medlist --help)");
            assertThat(run.code()).isEqualTo(3);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
