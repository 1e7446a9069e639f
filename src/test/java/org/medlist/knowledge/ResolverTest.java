package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ResolverTest {
    final Resolver resolver = new Resolver(BundledKnowledge.get());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Lexapro                 | escitalopram
            LEXAPRO                 | escitalopram
            lexapro 10 mg tablet    | escitalopram
            Lexapro 10mg            | escitalopram
            escitalopram            | escitalopram
            Escitalopram Oxalate    | escitalopram
            Valium                  | diazepam
            Xanax                   | alprazolam
            Xanax XR                | alprazolam
            Advil                   | ibuprofen
            Advil Liqui-Gels        | ibuprofen
            Coumadin                | warfarin
            Lipitor                 | atorvastatin
            Zoloft                  | sertraline
            Benadryl                | diphenhydramine
            Tylenol PM              | acetaminophen;diphenhydramine
            Percocet                | acetaminophen;oxycodone
            Excedrin                | acetaminophen;aspirin;caffeine
            NyQuil                  | acetaminophen;dextromethorphan;doxylamine
            paracetamol             | acetaminophen
            Acetylsalicylic acid    | aspirin
            glyceryl trinitrate     | nitroglycerin
            salbutamol              | albuterol
            lithium carbonate       | lithium
            hydrocodone/acetaminophen | hydrocodone;acetaminophen
            """)
    void resolvesBrandsGenericsSaltsSynonymsAndCombinations(String input, String expected) {
        Resolution r = resolver.resolve(input);
        assertThat(r.recognized()).as(input).isTrue();
        assertThat(r.ingredients()).containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split(";")));
    }

    @Test
    void aMisspellingIsNotAcceptedButSuggestsTheRightName() {
        Resolution r = resolver.resolve("lexipro");
        assertThat(r.recognized()).isFalse();
        assertThat(r.ingredients()).isEmpty();
        assertThat(r.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(r.suggestions().get(0).name()).isEqualTo("Lexapro");
    }

    @Test
    void misspelledGenericsSuggestTheGeneric() {
        assertThat(resolver.resolve("sertaline").suggestions()).extracting(NameEntry::name).contains("sertraline");
        assertThat(resolver.resolve("ibuprofin").suggestions()).extracting(NameEntry::name).contains("ibuprofen");
    }

    @Test
    void anUnknownNameIsNotRecognisedAndHasNoIngredients() {
        Resolution r = resolver.resolve("Zzyzxqol");
        assertThat(r.recognized()).isFalse();
        assertThat(r.ingredients()).isEmpty();
        assertThat(r.suggestions()).isEmpty();
    }

    @Test
    void ingredientNamesAreLowercaseUsGenericNames() {
        List<String> all = BundledKnowledge.get().allNames().stream().flatMap(n -> n.ingredients().stream()).distinct().toList();
        assertThat(all).allMatch(i -> i.equals(i.toLowerCase(java.util.Locale.ROOT)));
        assertThat(all).contains("acetaminophen", "aspirin", "albuterol", "nitroglycerin")
                .doesNotContain("paracetamol", "acetylsalicylic acid", "salbutamol", "glyceryl trinitrate");
    }

    @Test
    void autocompleteOffersBrandsFirstWithTheirIngredients() {
        List<NameEntry> found = resolver.complete("tylenol", 10);
        assertThat(found).extracting(NameEntry::name).contains("Tylenol", "Tylenol PM");
        assertThat(found.get(0).name()).isEqualTo("Tylenol");
        assertThat(resolver.complete("lexa", 5)).extracting(NameEntry::name).contains("Lexapro");
    }
}
