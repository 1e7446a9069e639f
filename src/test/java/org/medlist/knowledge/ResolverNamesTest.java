package org.medlist.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What was typed is what gets checked: exact names first, no substitution, strength and kind from the name. */
class ResolverNamesTest {
    final Resolver resolver = new Resolver(BundledKnowledge.get());

    @Test
    void theExactNameRanksFirstAndLongerProductsAreMarkedAsOtherIngredients() {
        List<NameChoice> choices = resolver.choices("lisinopril", 12);
        assertThat(choices.get(0).entry().ingredients()).containsExactly("lisinopril");
        assertThat(choices.get(0).otherIngredients()).isFalse();
        assertThat(choices).filteredOn(c -> c.entry().ingredients().size() > 1).isNotEmpty()
                .allMatch(NameChoice::otherIngredients);
        // every choice with other ingredients comes after every choice with the typed name's own
        int lastSame = -1, firstOther = Integer.MAX_VALUE;
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).otherIngredients()) firstOther = Math.min(firstOther, i);
            else lastSame = i;
        }
        assertThat(lastSame).isLessThan(firstOther);
    }

    @Test
    void warfarinRanksBeforeWarfarinSodium() {
        List<NameEntry> found = resolver.complete("warfarin", 12);
        assertThat(found.get(0).name()).isEqualTo("warfarin");
        assertThat(resolver.resolve("warfarin").ingredients()).containsExactly("warfarin");
        assertThat(resolver.resolve("Warfarin Sodium").ingredients()).containsExactly("warfarin");
    }

    @Test
    void completionWithAStrengthStillFindsTheMedicine() {
        assertThat(resolver.complete("lexapro 10", 5)).extracting(NameEntry::name).first().isEqualTo("Lexapro");
    }

    @ParameterizedTest(name = "{0} → strength ''{1}'', form ''{2}'', release ''{3}''")
    @CsvSource(delimiter = '|', textBlock = """
            lexapro 10mg            | 10 mg    |                  |
            Lexapro 10 mg tablet    | 10 mg    | tablet           |
            metformin ER 500        | 500      |                  | extended-release
            omeprazole 20mg DR caps | 20 mg    | capsule          | delayed-release
            Norco 5/325             | 5/325    |                  |
            vitamin D3 2000 IU      | 2000 IU  |                  |
            advil liqui gels        |          | liquid-filled capsule |
            ondansetron ODT 4 mg    | 4 mg     | orally disintegrating tablet |
            Tylenol #3              |          |                  |
            vitamin B-12            |          |                  |
            Claritin-D 12 hour      |          |                  |
            valtrex 1 gram          | 1 g      |                  |
            """)
    void theNameIsSplitIntoWhatWasTyped(String typed, String strength, String form, String release) {
        TypedName t = TypedName.parse(typed);
        assertThat(t.strength()).isEqualTo(strength == null ? "" : strength);
        assertThat(t.form()).isEqualTo(form == null ? "" : form);
        assertThat(t.release()).isEqualTo(release == null ? "" : release);
    }

    @Test
    void strengthComesFromWhatWasTypedOrFromTheNameItself() {
        assertThat(resolver.resolve("lexapro 10mg").strength()).isEqualTo("10 mg");
        assertThat(resolver.resolve("baby aspirin").strength()).isEqualTo("81 mg");
        assertThat(resolver.resolve("low dose aspirin 81 mg").ingredients()).containsExactly("aspirin");
        Resolution tylenol3 = resolver.resolve("Tylenol 3");
        assertThat(tylenol3.ingredients()).containsExactlyInAnyOrder("acetaminophen", "codeine");
        assertThat(tylenol3.strength()).isEqualTo("300 mg / 30 mg");
        assertThat(resolver.resolve("Lexapro").strength()).isEmpty();
    }

    @Test
    void kindIsKnownOnlyWhereACuratedRowSaysSo() {
        assertThat(resolver.resolve("Tylenol PM").kind()).isEqualTo("otc");
        assertThat(resolver.resolve("vitamin D3").kind()).isEqualTo("supplement");
        assertThat(resolver.resolve("fish oil").kind()).isEqualTo("supplement");
        assertThat(resolver.resolve("baby aspirin").kind()).isEqualTo("otc");
        assertThat(resolver.resolve("Lexapro").kind()).isEmpty();
        assertThat(resolver.resolve("aspirin").kind()).isEmpty();
    }

    @Test
    void prenatalVitaminsAreRecognisedButNotChecked() {
        Resolution r = resolver.resolve("prenatal vitamins");
        assertThat(r.recognized()).isFalse();
        assertThat(r.ingredients()).isEmpty();
        assertThat(r.knownButUnchecked()).isTrue();
        assertThat(r.kind()).isEqualTo("supplement");
        assertThat(r.note()).contains("folic acid").contains("iron");
    }

    @Test
    void aReleaseOrStrengthWordNeverChangesTheIngredients() {
        assertThat(resolver.resolve("Xanax XR 1mg").ingredients()).containsExactly("alprazolam");
        assertThat(resolver.resolve("Wellbutrin XL 150").ingredients()).containsExactly("bupropion");
        assertThat(resolver.resolve("Tylenol Extra Strength").ingredients()).containsExactly("acetaminophen");
        // "Excedrin Tension Headache" has no aspirin, unlike Excedrin
        assertThat(resolver.resolve("Excedrin Tension Headache").ingredients()).containsExactlyInAnyOrder("acetaminophen", "caffeine");
        assertThat(resolver.resolve("Zantac 360").ingredients()).containsExactly("famotidine");
    }

    @Test
    void ingredientNamesAreSaltFree() {
        Set<String> all = new java.util.TreeSet<>();
        BundledKnowledge.get().allNames().forEach(n -> all.addAll(n.ingredients()));
        assertThat(resolver.resolve("Breo Ellipta").ingredients()).containsExactlyInAnyOrder("fluticasone", "vilanterol");
        assertThat(all).doesNotContain("vilanterol trifenatate", "dextromethorphan hydrobromide", "quinidine sulfate", "amlodipine besylate",
                "escitalopram oxalate", "insulin glargine recombinant", "estrogens, conjugated");
        assertThat(all).noneMatch(i -> i.contains(";"));
        // a salt kept only where the salt form is its own ingredient (potassium chloride, calcium carbonate)
        assertThat(all).contains("potassium chloride", "calcium carbonate");
        assertThat(BundledKnowledge.get().ingredientId("vilanterol")).isNotNegative();
    }
}
