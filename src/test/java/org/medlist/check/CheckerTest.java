package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;

class CheckerTest {
    static final KnowledgeBase KB = BundledKnowledge.get();
    final Resolver resolver = new Resolver(KB);
    final Checker checker = new Checker(KB);

    CheckResult check(String... names) {
        return checker.check(Arrays.stream(names).map(n -> {
            Resolution r = resolver.resolve(n);
            return new CheckInput(n, r.ingredients(), r.suggestions().stream().map(s -> s.name()).toList());
        }).toList());
    }

    @ParameterizedTest(name = "{0} + {1}: {2} from {3}")
    @CsvSource(textBlock = """
            Coumadin,      Advil,          major,           DDINTER
            clarithromycin, simvastatin,   contraindicated, ANSM2020
            Viagra,        nitroglycerin,  contraindicated, ANSM2020
            Nardil,        Prozac,         contraindicated, ANSM2020
            methotrexate,  trimethoprim,   contraindicated, ANSM2020
            lithium,       ibuprofen,      major,           ANSM2020
            Plavix,        omeprazole,     major,           DDINTER
            spironolactone, potassium chloride, major,      DDINTER
            alprazolam,    ketoconazole,   major,           NDFRT
            Lexapro,       Valium,         moderate,        MEDLIST
            oxycodone,     Xanax,          major,           MEDLIST
            Zoloft,        tramadol,       major,           MEDLIST
            """)
    void flagsKnownInteractionsWithTheStrongestGradeAndNamesItsSource(String x, String y, String severity, String source) {
        CheckResult r = check(x, y);
        assertThat(r.interactions()).as(x + " + " + y).hasSize(1);
        Finding f = r.interactions().get(0);
        assertThat(f.severity()).isEqualTo(Severity.fromCode(severity));
        assertThat(f.sources().get(0).severity()).as("strongest citation first").isEqualTo(f.severity());
        assertThat(f.sources()).filteredOn(c -> c.severity() == f.severity()).extracting(Citation::sourceId).contains(source);
        assertThat(f.medications()).containsExactlyInAnyOrder(x, y);
        assertThat(f.whatToDo()).contains("Don't stop");
    }

    @Test
    void lexaproAndValiumReadAsTheContractShows() {
        Finding f = check("Lexapro", "Valium").interactions().get(0);
        assertThat(f.drugs()).containsExactly("diazepam", "escitalopram");
        assertThat(f.medications()).containsExactly("Valium", "Lexapro");
        assertThat(f.summary()).contains("sleepier");
        assertThat(f.watchFor()).isNotEmpty();
        assertThat(f.sources().get(0).detail()).contains("Lexapro").contains("Valium");
    }

    @Test
    void aCombinationProductIsCheckedThroughEachIngredient() {
        CheckResult r = check("Tylenol PM", "Xanax");
        assertThat(r.interactions()).singleElement().satisfies(f -> assertThat(f.drugs()).containsExactly("alprazolam", "diphenhydramine"));
    }

    @Test
    void theSameIngredientInTwoEntriesIsFlagged() {
        CheckResult r = check("Tylenol", "Percocet");
        assertThat(r.duplicates()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.DUPLICATE);
            assertThat(f.drugs()).containsExactly("acetaminophen");
            assertThat(f.medications()).containsExactly("Tylenol", "Percocet");
        });
    }

    @ParameterizedTest
    @CsvSource({"Zoloft, Lexapro, ssri", "Advil, Aleve, nsaid", "Valium, Xanax, benzodiazepine"})
    void twoEntriesOfTheSameKindAreFlagged(String x, String y, String cls) {
        assertThat(check(x, y).duplicates()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.SAME_CLASS);
            assertThat(f.key()).startsWith("class:" + cls);
        });
    }

    @Test
    void effectsThatAddUpAcrossThreeMedicinesFormAGroup() {
        CheckResult r = check("oxycodone", "Valium", "Benadryl", "Lipitor");
        assertThat(r.groups()).anySatisfy(f -> {
            assertThat(f.key()).isEqualTo("group:cns_depression");
            assertThat(f.medications()).containsExactlyInAnyOrder("oxycodone", "Valium", "Benadryl");
        });
        assertThat(check("oxycodone", "Valium").groups()).isEmpty();
    }

    @Test
    void alcoholCautionsAreFindingsOfTheirOwn() {
        assertThat(check("Valium").foodAndDrink()).anySatisfy(f -> {
            assertThat(f.title()).contains("alcohol");
            assertThat(f.severity().isWarning()).isTrue();
        });
    }

    @Test
    void grapefruitOrAlcoholTypedAsAnEntryIsOneWarningThePairNotAlsoAFoodCaution() {
        for (String[] list : new String[][] {{"sertraline", "grapefruit"}, {"metformin", "alcohol"}}) {
            CheckResult r = check(list);
            assertThat(r.interactions()).as(String.join(" + ", list)).singleElement()
                    .satisfies(f -> assertThat(f.drugs()).containsExactlyInAnyOrder(list));
            assertThat(r.foodAndDrink()).as(String.join(" + ", list)).noneMatch(f -> f.key().startsWith("food:" + list[1] + ":"));
        }
        assertThat(check("sertraline").foodAndDrink()).anyMatch(f -> f.key().startsWith("food:grapefruit:"));
    }

    @Test
    void grapefruitTypedAsAnEntrySaysWhichMedicineItRaises() {
        Finding f = check("sertraline", "grapefruit").interactions().get(0);
        assertThat(f.summary()).startsWith("Grapefruit can raise the amount of sertraline in your blood");
    }

    @Test
    void unknownNamesAreListedAsNotCheckedAndNeverSilentlyDropped() {
        CheckResult r = check("Lipitor", "Zzyzxqol", "lexipro");
        assertThat(r.checked()).extracting(CheckInput::label).containsExactly("Lipitor");
        assertThat(r.notChecked()).extracting(CheckInput::label).containsExactly("Zzyzxqol", "lexipro");
        assertThat(r.notChecked().get(1).suggestions()).contains("Lexapro");
        assertThat(CheckText.headline(r)).contains("among 1 checked medicine").contains("2 medicines were not recognised and not checked")
                .doesNotContainIgnoringCase("safe");
    }

    @Test
    void findingsAreOrderedMostSevereFirstAndTheOrderIsStable() {
        String[] list = {"Lexapro", "Valium", "Coumadin", "Advil", "clarithromycin", "simvastatin", "Tylenol", "Percocet"};
        CheckResult r = check(list);
        List<Severity> severities = r.all().stream().map(Finding::severity).toList();
        assertThat(severities).isSortedAccordingTo(Enum::compareTo);
        assertThat(r.all().get(0).severity()).isEqualTo(Severity.CONTRAINDICATED);
        List<String> reversed = Arrays.asList(list);
        java.util.Collections.reverse(reversed);
        CheckResult again = check(reversed.toArray(String[]::new));
        assertThat(keys(again)).isEqualTo(keys(r));
    }

    @Test
    void aDdinterPairGradedUnknownIsInformationNotAWarning() {
        // DDInter lists abacavir + acyclovir as Unknown; no other source lists the pair.
        Finding f = check("abacavir", "acyclovir").interactions().get(0);
        assertThat(f.severity()).isEqualTo(Severity.UNKNOWN);
        assertThat(f.severity().isWarning()).isFalse();
        assertThat(f.summary()).contains("without grading");
    }

    @Test
    void hundredsOfNamesInOneCallAreChecked() {
        List<String> names = KB.allNames().stream().filter(n -> n.kind().equals("generic")).limit(500).map(n -> n.name()).toList();
        CheckResult r = check(names.toArray(String[]::new));
        assertThat(r.checked()).hasSize(500);
        assertThat(r.interactions()).isNotEmpty();
    }

    private static String keys(CheckResult r) {
        return r.all().stream().map(Finding::key).sorted().collect(Collectors.joining(","));
    }
}
