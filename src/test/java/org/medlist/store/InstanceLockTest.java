package org.medlist.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One window per database: the lock holds across processes, dies with its process, and a second start can raise the first. */
class InstanceLockTest {
    @TempDir Path dir;

    @Test
    void aSecondAttemptOnTheSameDatabaseFindsItHeldAndAnotherDatabaseIsFree() {
        Path db = dir.resolve("a.db");
        InstanceLock.Attempt first = InstanceLock.tryAcquire(db);
        assertThat(first).isInstanceOf(InstanceLock.Acquired.class);
        try {
            assertThat(InstanceLock.tryAcquire(db)).isInstanceOf(InstanceLock.HeldElsewhere.class);
            InstanceLock.Attempt other = InstanceLock.tryAcquire(dir.resolve("b.db"));
            assertThat(other).isInstanceOf(InstanceLock.Acquired.class);
            ((InstanceLock.Acquired) other).lock().close();
        } finally {
            ((InstanceLock.Acquired) first).lock().close();
        }
        InstanceLock.Attempt again = InstanceLock.tryAcquire(db);
        assertThat(again).isInstanceOf(InstanceLock.Acquired.class);
        ((InstanceLock.Acquired) again).lock().close();
    }

    @Test
    void anotherProcessHoldsTheLockUntilItIsKilled() throws Exception {
        Path db = dir.resolve("shared.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db.toString()).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("held");
            assertThat(InstanceLock.tryAcquire(db)).isInstanceOf(InstanceLock.HeldElsewhere.class);
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        InstanceLock.Attempt after = InstanceLock.tryAcquire(db);
        assertThat(after).as("a killed window leaves no stale lock").isInstanceOf(InstanceLock.Acquired.class);
        ((InstanceLock.Acquired) after).lock().close();
    }

    @Test
    void aSecondStartAsksTheFirstWindowToComeForward() throws Exception {
        Path db = dir.resolve("raise.db");
        InstanceLock lock = ((InstanceLock.Acquired) InstanceLock.tryAcquire(db)).lock();
        try {
            CountDownLatch raised = new CountDownLatch(1);
            lock.onRaiseRequest(raised::countDown);
            InstanceLock.requestRaise(db);
            assertThat(raised.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            lock.close();
        }
    }

    @Test
    void aMissingFolderMakesTheLockUnavailableNotAnError() {
        assertThat(InstanceLock.tryAcquire(dir.resolve("missing").resolve("x.db"))).isInstanceOf(InstanceLock.Unavailable.class);
    }
}
