package org.medlist.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line on a database file, as every CLI test makes it: exit code, stdout, stderr. */
record CliRun(int code, String out, String err) {
    static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() throws Exception { return JSON.readTree(out); }

    static CliRun on(Path db, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        int code = MedListCommand.run(() -> { throw new AssertionError("no window in CLI tests"); },
                new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
