package org.medlist.knowledge.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the staged source files as received: CSV or TSV, gzip-compressed, each with its own quoting. */
final class SourceTables {
    private SourceTables() {}

    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    /** The ANSM 2020 files: tab-separated, RFC 4180 quoting. */
    static final CSVFormat TSV_QUOTED = CSVFormat.RFC4180.builder().setDelimiter('\t').setHeader().setSkipHeaderRecord(true).get();
    /** Files written without quoting, where a value may start with a quote character (Merged-PDDI, RxNorm, RxTerms, Drugs@FDA). */
    static final CSVFormat TSV_PLAIN = CSVFormat.RFC4180.builder().setDelimiter('\t').setQuote(null).setHeader().setSkipHeaderRecord(true).get();

    static void read(Path file, CSVFormat format, Consumer<CSVRecord> row) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord r : parser) row.accept(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
