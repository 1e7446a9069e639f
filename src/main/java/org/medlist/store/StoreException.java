package org.medlist.store;

/** A failure of the database file itself (damaged, locked, unwritable): never the user's input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }
    public StoreException(String message) { super(message); }
}
