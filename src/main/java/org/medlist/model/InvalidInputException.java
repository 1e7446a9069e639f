package org.medlist.model;

/** Input the store refuses (unknown person, empty name...). Nothing has been written when it is thrown. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) { super(message); }
}
