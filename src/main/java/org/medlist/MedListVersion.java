package org.medlist;

/** The application's version, as About, the CLI and printouts show it. */
public final class MedListVersion {
    public static final String VERSION = "0.1.0";

    private MedListVersion() {}
}
