package org.medlist.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unexpected errors reach a private log with their stack trace, but never the words of their messages. */
class ErrorLogTest {
    @TempDir Path dir;

    @AfterEach
    void stop() { ErrorLog.uninstall(); }

    @Test
    void anUnexpectedErrorIsLoggedPrivatelyWithItsTraceButWithoutItsMessage() throws Exception {
        Path log = ErrorLog.install(dir.resolve("data"), Clock.systemUTC());
        ErrorLog.unexpected("window", new IllegalStateException("Rosa Diaz takes Lexapro",
                new SQLException("constraint on Lexapro", "23000", 19)));
        String text = Files.readString(log);
        assertThat(text).contains("java.lang.IllegalStateException").contains("Caused by: java.sql.SQLException (SQLite result code 19)")
                .contains("\tat org.medlist.app.ErrorLogTest").doesNotContain("Rosa").doesNotContain("Lexapro");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(ErrorLog.file()).contains(log);
    }

    @Test
    void theLogIsKeptSmallWithOneOlderFile() throws Exception {
        Path log = ErrorLog.install(dir, Clock.systemUTC());
        Throwable deep = new RuntimeException();
        for (int i = 0; i < 2_000; i++) ErrorLog.unexpected("command add", deep);
        assertThat(Files.size(log)).isLessThanOrEqualTo(ErrorLog.LIMIT);
        assertThat(dir.resolve("medlist.log.1")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("medlist.log.1")))).isEqualTo("rw-------");
    }

    @Test
    void withoutAnInstalledLogNothingIsWritten() {
        ErrorLog.unexpected("window", new RuntimeException("secret"));
        assertThat(ErrorLog.file()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }
}
