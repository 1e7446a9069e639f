package org.medlist.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.medlist.model.InvalidInputException;

/** Opens a CSV file for import, refusing what cannot be a medication list before any row is read. */
public final class CsvFiles {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private CsvFiles() {}

    /** Strict UTF-8: a file in another encoding is refused rather than imported with garbled names. */
    public static Reader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new InvalidInputException("No such file: " + file);
        if (Files.size(file) > MAX_BYTES) throw new InvalidInputException(file + " is larger than 20 MB; that is not a medication list.");
        byte[] bytes = Files.readAllBytes(file);
        try {
            return new StringReader(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text; save it as \"CSV UTF-8\" and import again.");
        }
    }
}
