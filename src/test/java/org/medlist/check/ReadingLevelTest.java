package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.KnowledgeBase;

/** The effect catalogue reads at about a US grade 8 (Flesch–Kincaid), calm and without absolutes. */
class ReadingLevelTest {
    static final KnowledgeBase KB = BundledKnowledge.get();
    /** Two short real medicine names stand in for the placeholders, so that the measure is about MedList's words, not the names. */
    static final String A = "Zocor";
    static final String B = "Advil";

    @Test
    void theCounterAndFormulaBehave() {
        assertThat(ReadingLevel.syllables("cat")).isEqualTo(1);
        assertThat(ReadingLevel.syllables("bleeding")).isEqualTo(2);
        assertThat(ReadingLevel.syllables("medicine")).isEqualTo(3);
        assertThat(ReadingLevel.syllables("dizziness")).isEqualTo(3);
        assertThat(ReadingLevel.grade("The cat sat on the mat.")).isLessThan(2);
        assertThat(ReadingLevel.grade("Concomitant administration potentiates pharmacodynamic anticoagulation considerably."))
                .isGreaterThan(15);
    }

    @Test
    void everyTemplateSummaryAndActionIsAboutGradeEight() {
        List<String> tooHard = new ArrayList<>();
        double total = 0;
        int n = 0;
        for (Curated.Effect e : KB.effects()) {
            for (String text : List.of(EffectTemplate.directed(e, A, B), EffectTemplate.pair(e, A, B), e.summary(), e.whatToDo())) {
                double g = ReadingLevel.grade(text);
                total += g;
                n++;
                if (g > 11) tooHard.add(e.id() + " (" + Math.round(g * 10) / 10.0 + "): " + text);
            }
        }
        System.out.printf("Effect catalogue: %d sentences, mean Flesch-Kincaid grade %.1f%n", n, total / n);
        assertThat(tooHard).as("sentences above grade 11").isEmpty();
        assertThat(total / n).as("mean grade of the catalogue").isLessThanOrEqualTo(8);
    }

    @Test
    void theWordsAreCalmAndMakeNoAbsolutes() {
        for (Curated.Effect e : KB.effects()) {
            String all = String.join(" ", EffectTemplate.directed(e, A, B), EffectTemplate.pair(e, A, B), e.summary(), e.whatToDo(),
                    String.join(" ", e.watchFor()));
            assertThat(all).as(e.id()).doesNotContainPattern("(?i)\\b(always|never|will die|deadly|fatal|guaranteed|safe)\\b").doesNotContain("!");
        }
    }
}
