package org.medlist.store;

import java.util.Optional;

/** A failure of the database file itself (damaged, locked, unwritable): never the user's input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
    public StoreException(String message) { super(message); }

    /** SQLite's result code when {@code t} is an SQL error, for logs that must not quote messages. */
    public static Optional<Integer> resultCode(Throwable t) {
        return t instanceof java.sql.SQLException sql ? Optional.of(sql.getErrorCode()) : Optional.empty();
    }
}
