package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;

/** Each timing row quotes its FDA label verbatim: checked against the staged openFDA label texts (SOURCES.md section 17). */
class TimingQuoteTest {
    static final Path LABELS = Path.of("/work/shared/data/openfda_labels/medguard_openfda_labels_raw.jsonl.gz");

    @Test
    void everyQuoteIsInTheLabelOfItsSetId() throws Exception {
        Assumptions.assumeTrue(Files.exists(LABELS), "the staged label texts are not on this machine");
        java.util.Map<String, String> labelBySetId = new java.util.HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(LABELS)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                for (Curated.Timing t : BundledKnowledge.get().explanations().timings()) {
                    if (line.contains(t.setId())) labelBySetId.put(t.setId(), line);
                }
            }
        }
        for (Curated.Timing t : BundledKnowledge.get().explanations().timings()) {
            assertThat(labelBySetId).as(t.medicine()).containsKey(t.setId());
            String label = labelBySetId.get(t.setId()).replaceAll("\\s+", " ");
            assertThat(label).as(t.medicine() + " quote").contains(t.quote());
            assertThat(label.toLowerCase()).as("the label is " + t.medicine() + "'s").contains("\"drug_name\":\"" + t.medicine());
        }
    }
}
