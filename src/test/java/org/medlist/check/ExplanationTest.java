package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.InteractionRow;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;

/** Each pair's words come from its sources' mechanism, in the documented order, and name who is affected. */
class ExplanationTest {
    static final KnowledgeBase KB = BundledKnowledge.get();
    final Explanations explanations = new Explanations(KB);
    final Checker checker = new Checker(KB);
    final Resolver resolver = new Resolver(KB);

    @Test
    void everyEffectTemplateRendersInBothDirectionsAndForThePair() {
        assertThat(KB.effects()).hasSizeGreaterThanOrEqualTo(40);
        for (Curated.Effect e : KB.effects()) {
            String one = EffectTemplate.directed(e, "simvastatin", "clarithromycin");
            String other = EffectTemplate.directed(e, "clarithromycin", "simvastatin");
            assertThat(one).as(e.id()).contains("simvastatin").containsIgnoringCase("clarithromycin").doesNotContain("{").endsWith(".");
            assertThat(one).as(e.id() + ": the direction shows in the words").isNotEqualTo(other);
            assertThat(Character.isUpperCase(one.charAt(0))).as(e.id()).isTrue();
            String pair = EffectTemplate.pair(e, "warfarin", "ibuprofen");
            assertThat(pair).as(e.id()).containsIgnoringCase("warfarin").containsIgnoringCase("ibuprofen").doesNotContain("{");
        }
    }

    @Test
    void everyDeepDdiTypeMapsToAnEffectOrSaysWhyNot() throws IOException {
        var types = KB.explanations().drugbankTypes();
        assertThat(types.keySet()).hasSize(86);
        for (Curated.DrugbankType t : types.values()) {
            if (t.effect().isEmpty()) {
                assertThat(t.unmappedReason()).as("type " + t.type()).isNotBlank();
            } else {
                assertThat(KB.effect(t.effect())).as("type " + t.type()).isPresent();
            }
        }
        assertThat(types.get(49).effect()).as("type 49 names no effect").isEmpty();
        assertThat(types.values().stream().filter(t -> t.effect().isEmpty()).map(Curated.DrugbankType::type)).containsExactlyInAnyOrder(43, 49, 58);
        // The sentences are DrugBank's own, verbatim (checked against the staged type table when it is here).
        Path staged = Path.of("/work/shared/data/drugbank_ddi_deepddi/deepddi_interaction_types.csv");
        if (Files.exists(staged)) {
            for (String line : Files.readAllLines(staged).subList(1, 87)) {
                int comma = line.indexOf(',');
                int type = Integer.parseInt(line.substring(0, comma));
                String sentence = line.substring(comma + 1, line.lastIndexOf(',', line.lastIndexOf(',') - 1));
                assertThat(types.get(type).sentence()).as("type " + type).isEqualTo(sentence);
            }
        }
    }

    private static InteractionRow drugbank(String a, String b, int type, String subject) {
        return new InteractionRow(a, b, "DRUGBANK", "type " + type, Severity.UNKNOWN, "", "", "", type, subject);
    }

    @ParameterizedTest(name = "type {2}: {3} affects {4} -> {5}")
    @CsvSource(textBlock = """
            clarithromycin, simvastatin,  73, clarithromycin, simvastatin,  raised_level
            rifampin,       atorvastatin, 75, rifampin,       atorvastatin, lowered_level
            fluconazole,    warfarin,     47, fluconazole,    warfarin,     slower_breakdown
            carbamazepine,  lamotrigine,  4,  carbamazepine,  lamotrigine,  faster_breakdown
            ibuprofen,      warfarin,     6,  ibuprofen,      warfarin,     bleeding
            omeprazole,     clopidogrel,  26, omeprazole,     clopidogrel,  weaker_effect
            sertraline,     tramadol,     27, sertraline,     tramadol,     stimulation
            ibuprofen,      lisinopril,   37, ibuprofen,      lisinopril,   weaker_effect
            """)
    void aDrugBankTypeNamesTheAffectedMedicineFromItsSubject(String a, String b, int type, String subject, String affected, String effect) {
        // the pair in either order gives the same direction: it follows the type's subject, not the row order
        for (List<String> pair : List.of(List.of(a, b), List.of(b, a))) {
            Explanation why = explanations.explain(pair.get(0), pair.get(1), List.of(drugbank(pair.get(0), pair.get(1), type, subject)), List.of());
            assertThat(why.source()).isEqualTo(Explanations.DRUGBANK);
            assertThat(why.effect().id()).isEqualTo(effect);
            assertThat(why.affected()).isEqualTo(affected);
            assertThat(why.mechanism()).startsWith("DrugBank: ").containsIgnoringCase(affected).containsIgnoringCase(subject);
        }
    }

    @Test
    void theClarithromycinSimvastatinSentenceNamesWhoIsAffected() {
        Explanation why = explanations.explain("clarithromycin", "simvastatin", List.of(drugbank("clarithromycin", "simvastatin", 73, "clarithromycin")), List.of());
        assertThat(EffectTemplate.directed(why.effect(), why.affected(), why.other()))
                .isEqualTo("Clarithromycin can raise the amount of simvastatin in your blood, which can make side effects of simvastatin more likely.");
        assertThat(why.mechanism()).isEqualTo("DrugBank: The serum concentration of simvastatin can be increased when it is combined with clarithromycin.");
    }

    @Test
    void aSymmetricTypeGivesThePairWordsAndType49GivesNoEffect() {
        Explanation bleeding = explanations.explain("apixaban", "aspirin", List.of(drugbank("apixaban", "aspirin", 66, "apixaban")), List.of());
        assertThat(bleeding.effect().id()).isEqualTo("bleeding");
        assertThat(bleeding.affected()).isNull();
        Explanation none = explanations.explain("diazepam", "escitalopram", List.of(drugbank("diazepam", "escitalopram", 49, "diazepam")), List.of());
        assertThat(none.effect()).isNull();
        assertThat(none.source()).isEqualTo(Explanations.GRADE_ONLY);
    }

    @Test
    void anAnsmMechanismComesBeforeTheDrugBankTypeAndItsFrenchStaysTheSourcesOwnWords() {
        List<InteractionRow> rows = new java.util.ArrayList<>(KB.interactions("clarithromycin", "simvastatin"));
        InteractionRow ansm = rows.stream().filter(r -> r.source().equals("ANSM2020")).findFirst().orElseThrow();
        rows.add(drugbank("clarithromycin", "simvastatin", 73, "clarithromycin"));
        Explanation why = explanations.explain("clarithromycin", "simvastatin", rows, List.of());
        assertThat(why.source()).isEqualTo(Explanations.ANSM);
        assertThat(why.effect().id()).isEqualTo("muscle");
        assertThat(why.affected()).as("ANSM names simvastatine").isEqualTo("simvastatin");
        assertThat(why.sourceText()).isEqualTo(ansm.mechanism());
        assertThat(why.mechanism()).doesNotContain(ansm.mechanism());
    }

    CheckResult check(CheckContext person, String... names) {
        return checker.check(java.util.Arrays.stream(names).map(n -> {
            Resolution r = resolver.resolve(n);
            return new CheckInput(n, r.ingredients(), List.of());
        }).toList(), person);
    }

    @Test
    void aCardWithAnAnsmMechanismNeverSaysGradeOnly() {
        Finding f = check(CheckContext.UNKNOWN, "aspirin", "lisinopril").interactions().get(0);
        assertThat(f.explanationSource()).isEqualTo(Explanations.ANSM);
        assertThat(f.effect()).isEqualTo("kidney");
        assertThat(f.summary()).doesNotContain("grade only").contains("This applies at aspirin doses of 500 mg or more");
        assertThat(f.summary() + f.title()).doesNotContain("Insuffisance", "acétylsalicylique");
        assertThat(f.sourceText()).contains("Insuffisance rénale aiguë");
    }

    @Test
    void anSsriWithABenzodiazepineSaysDrowsinessNotTheOpioidBreathingWords() {
        Finding f = check(CheckContext.UNKNOWN, "escitalopram", "diazepam").interactions().get(0);
        assertThat(f.effect()).isEqualTo("drowsiness");
        assertThat(f.summary()).doesNotContainIgnoringCase("breathing");
        Finding opioid = check(CheckContext.UNKNOWN, "oxycodone", "diazepam").interactions().get(0);
        assertThat(opioid.effect()).isEqualTo("cns_depression");
        assertThat(opioid.summary()).contains("slow your breathing");
    }

    @Test
    void aTimingInteractionSaysHowFarApartFromTheLabel() {
        Finding f = check(CheckContext.UNKNOWN, "levothyroxine", "calcium carbonate").interactions().get(0);
        assertThat(f.explanationSource()).isEqualTo(Explanations.LABEL_TIMING);
        assertThat(f.effect()).isEqualTo("absorption");
        assertThat(f.affected()).isEqualTo("levothyroxine");
        assertThat(f.summary()).startsWith("Calcium carbonate can keep your body from taking in levothyroxine");
        assertThat(f.whatToDo()).startsWith("Take levothyroxine at least 4 hours apart from calcium carbonate.");
        assertThat(f.mechanism()).contains("at least 4 hours apart from these agents", "008de8fd-150f-4022-8ccb-c8bfa94875c7");
    }

    @Test
    void alcoholCardsFitThePerson() {
        CheckContext drinks = new CheckContext(OptionalInt.of(40), false, Set.of(), Optional.of(true));
        CheckContext abstains = new CheckContext(OptionalInt.of(40), false, Set.of(), Optional.of(false));
        CheckContext child = new CheckContext(OptionalInt.of(12), false, Set.of(), Optional.empty());
        List<Finding> unknown = check(CheckContext.UNKNOWN, "lorazepam").foodAndDrink();
        assertThat(unknown).extracting(Finding::key).contains("food:alcohol:lorazepam");
        Finding card = unknown.stream().filter(f -> f.key().equals("food:alcohol:lorazepam")).findFirst().orElseThrow();
        assertThat(card.summary()).isEqualTo("Alcohol can add to the drowsiness that lorazepam can cause.");
        assertThat(card.whatToDo()).startsWith("If you drink alcohol");
        assertThat(card.affected()).isEqualTo("lorazepam");
        assertThat(check(drinks, "lorazepam").foodAndDrink()).filteredOn(f -> f.key().startsWith("food:alcohol"))
                .singleElement().extracting(Finding::whatToDo).asString().startsWith("Your profile says you drink alcohol");
        assertThat(check(abstains, "lorazepam").foodAndDrink()).noneMatch(f -> f.key().startsWith("food:alcohol"));
        assertThat(check(child, "lorazepam").foodAndDrink()).noneMatch(f -> f.key().startsWith("food:alcohol"));
    }

    @Test
    void ansmTextsNamingOneMedicineFirstMakeItTheAffectedOne() {
        assertThat(Explanations.namedFirst("Augmentation importante des concentrations plasmatiques de simvastatine par la bithérapie",
                "glecaprevir", "simvastatin")).isEqualTo("simvastatin");
        assertThat(Explanations.namedFirst("Diminution de l'absorption de ces substances.", "levothyroxine", "calcium carbonate")).isNull();
        assertThat(Explanations.namedFirst("Diminution des concentrations de la warfarine par augmentation de son métabolisme par la rifampicine",
                "rifampin", "warfarin")).isEqualTo("warfarin");
        assertThat(Explanations.namedFirst("Avec l'atazanavir, le darunavir ou le lopinavir, augmentation des concentrations plasmatiques du "
                + "ténofovir alafénamide par augmentation de son absorption.", "darunavir", "tenofovir alafenamide")).isEqualTo("tenofovir alafenamide");
        assertThat(Explanations.namedFirst("Risque d’augmentation des concentrations plasmatiques de l’inhibiteur de protéase boosté par le "
                + "ritonavir ou de l’inhibiteur du CYP3A4.", "darunavir", "ritonavir")).as("the booster is the agent").isEqualTo("darunavir");
        assertThat(Explanations.namedFirst("Risque majoré d'effets indésirables (concentration-dépendants) à type de rhabdomyolyse par diminution "
                + "du métabolisme de la simvastatine.", "clarithromycin", "simvastatin")).isEqualTo("simvastatin");
    }

    @Test
    void almostEveryAnsmMechanismMapsToAnEffect() {
        int[] rows = new int[2];
        KB.forEachInteraction(r -> {
            if (r.mechanism().isEmpty() || !r.source().equals("ANSM2020")) return; // DrugBank's English sentences map by type, not by pattern
            rows[0]++;
            if (KB.explanations().mechanisms().stream().anyMatch(p -> p.pattern().matcher(r.mechanism()).find())) rows[1]++;
        });
        System.out.printf("ANSM rows with a mechanism: %d, mapped to an effect: %d (%.1f %%)%n", rows[0], rows[1], 100.0 * rows[1] / rows[0]);
        assertThat(100.0 * rows[1] / rows[0]).isGreaterThanOrEqualTo(95.0);
    }

    @Test
    void everyMechanismPatternEffectAndEveryTimingPartnerIsKnown() {
        Set<String> unknownPartners = new TreeSet<>();
        for (Curated.Timing t : KB.explanations().timings()) {
            assertThat(KB.ingredientId(t.medicine())).as(t.medicine()).isNotNegative();
            for (String p : t.partners()) if (KB.ingredientId(p) < 0) unknownPartners.add(p);
        }
        assertThat(unknownPartners).as("timing partners that are not ingredients of the knowledge base").isEmpty();
    }
}
