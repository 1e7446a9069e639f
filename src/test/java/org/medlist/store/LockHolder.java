package org.medlist.store;

import java.nio.file.Path;

/** A second process for {@link InstanceLockTest}: takes a database's window lock, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        InstanceLock.Attempt attempt = InstanceLock.tryAcquire(Path.of(args[0]));
        System.out.println(attempt instanceof InstanceLock.Acquired ? "held" : "not held");
        System.out.flush();
        System.in.read(); // holds the lock until killed, or until the test that started it is gone
    }
}
