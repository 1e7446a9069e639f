package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteNativeTest {
    @TempDir Path dir;

    @Test
    void theCacheFollowsEachOperatingSystemsConvention() {
        assertThat(SqliteNative.cacheRoot("Linux", "/home/ann", Map.of())).isEqualTo(Path.of("/home/ann/.cache/medlist"));
        assertThat(SqliteNative.cacheRoot("Linux", "/home/ann", Map.of("XDG_CACHE_HOME", "/var/cache/ann"))).isEqualTo(Path.of("/var/cache/ann/medlist"));
        assertThat(SqliteNative.cacheRoot("Linux", "/home/ann", Map.of("XDG_CACHE_HOME", "relative"))).as("a relative XDG path is ignored, as the spec says")
                .isEqualTo(Path.of("/home/ann/.cache/medlist"));
        assertThat(SqliteNative.cacheRoot("Mac OS X", "/Users/ann", Map.of())).isEqualTo(Path.of("/Users/ann/Library/Caches/MedList"));
    }

    @Test
    void aTruncatedCopyIsReplacedAndAGoodOneReused() throws Exception {
        Path folder = dir.resolve("medlist").resolve("0.1.0");
        Path library = SqliteNative.extractInto(folder).orElseThrow();
        long size = Files.size(library);
        assertThat(size).isGreaterThan(100_000);

        Files.write(library, new byte[10]); // a copy cut short (disk full, a crash before the rename)
        assertThat(SqliteNative.extractInto(folder)).contains(library);
        assertThat(Files.size(library)).isEqualTo(size);
        try (var files = Files.list(folder)) {
            assertThat(files).as("no partial file left behind").containsExactly(library);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedLeavesSqliteJdbcToItsOwnWay() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(SqliteNative.extractInto(file.resolve("0.1.0"))).isEmpty();
    }
}
