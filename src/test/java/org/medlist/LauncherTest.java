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
}
