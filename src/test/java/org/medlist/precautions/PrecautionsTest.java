package org.medlist.precautions;

import org.medlist.model.Profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.check.CheckInput;
import org.medlist.check.Finding;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;

class PrecautionsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final Precautions precautions = new Precautions(BundledKnowledge.get());
    final Resolver resolver = new Resolver(BundledKnowledge.get());

    List<CheckInput> list(String... names) {
        return Arrays.stream(names).map(n -> new CheckInput(n, resolver.resolve(n).ingredients(), List.of())).toList();
    }

    static Profile profile(Integer age, boolean pregnant, boolean breastfeeding, Boolean drives, Boolean alcohol,
                           List<Profile.Allergy> allergies, Set<String> conditions) {
        return new Profile(Optional.empty(), Optional.ofNullable(age), pregnant, false, breastfeeding, Optional.ofNullable(drives),
                Optional.ofNullable(alcohol), Profile.AllergyState.NOT_RECORDED, allergies, conditions, "");
    }

    List<String> topics(ProfileCheck c) {
        return c.precautions().stream().map(PrecautionItem::topic).toList();
    }

    @Test
    void valiumForASeventyYearOldWhoDrivesShowsOlderAdultsDrivingAlcoholAndStoppingWithSources() {
        ProfileCheck c = precautions.check(list("Valium"), profile(70, false, false, true, null, List.of(), Set.of()), TODAY);
        assertThat(topics(c)).contains("older_adults", "driving", "alcohol", "stopping");
        assertThat(c.precautions()).allSatisfy(p -> {
            assertThat(p.sources()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
            assertThat(p.medications()).containsExactly("Valium");
        });
    }

    @Test
    void ageDecidesOlderAdultItems() {
        assertThat(topics(precautions.check(list("Valium"), profile(40, false, false, null, null, List.of(), Set.of()), TODAY)))
                .doesNotContain("older_adults");
        assertThat(topics(precautions.check(list("Valium"), profile(null, false, false, null, null, List.of(), Set.of()), TODAY)))
                .doesNotContain("older_adults");
        Profile born1950 = new Profile(Optional.of(LocalDate.of(1950, 1, 1)), Optional.empty(), false, false, false, Optional.empty(),
                Optional.empty(), Profile.AllergyState.NONE_KNOWN, List.of(), Set.of(), "");
        assertThat(topics(precautions.check(list("Valium"), born1950, TODAY))).contains("older_adults");
    }

    @Test
    void someoneWhoDoesNotDriveOrDrinkIsNotToldAboutItButUnknownAnswersHideNothing() {
        assertThat(topics(precautions.check(list("Valium"), profile(40, false, false, false, false, List.of(), Set.of()), TODAY)))
                .doesNotContain("driving", "alcohol").contains("stopping");
        assertThat(topics(precautions.check(list("Valium"), profile(40, false, false, null, null, List.of(), Set.of()), TODAY)))
                .contains("driving", "alcohol");
    }

    @ParameterizedTest
    @CsvSource({"Advil, pregnancy", "lisinopril, pregnancy", "Valium, pregnancy"})
    void pregnancyItemsAppearOnlyInPregnancy(String medicine, String topic) {
        assertThat(topics(precautions.check(list(medicine), profile(30, true, false, null, null, List.of(), Set.of()), TODAY))).contains(topic);
        assertThat(topics(precautions.check(list(medicine), profile(30, false, false, null, null, List.of(), Set.of()), TODAY))).doesNotContain(topic);
    }

    @Test
    void breastfeedingItemsAppearOnlyWhenBreastfeeding() {
        assertThat(topics(precautions.check(list("Lipitor"), profile(30, false, true, null, null, List.of(), Set.of()), TODAY))).contains("breastfeeding");
        assertThat(topics(precautions.check(list("Lipitor"), profile(30, false, false, null, null, List.of(), Set.of()), TODAY))).doesNotContain("breastfeeding");
    }

    @Test
    void conditionsBringTheirItems() {
        ProfileCheck kidney = precautions.check(list("Advil", "metformin"), profile(50, false, false, null, null, List.of(), Set.of("kidney_disease")), TODAY);
        assertThat(kidney.precautions()).filteredOn(p -> p.topic().equals("condition")).extracting(PrecautionItem::key)
                .contains("nsaid-kidney", "metformin-kidney");
        ProfileCheck none = precautions.check(list("Advil", "metformin"), profile(50, false, false, null, null, List.of(), Set.of()), TODAY);
        assertThat(none.precautions()).noneMatch(p -> p.topic().equals("condition"));
    }

    @Test
    void anAllergyToAClassMatchesItsMembers() {
        ProfileCheck c = precautions.check(list("amoxicillin", "Lipitor"),
                profile(30, false, false, null, null, List.of(new Profile.Allergy("penicillins", "rash")), Set.of()), TODAY);
        assertThat(c.allergies()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.ALLERGY);
            assertThat(f.severity()).isEqualTo(Severity.CONTRAINDICATED);
            assertThat(f.medications()).containsExactly("amoxicillin");
            assertThat(f.summary()).contains("penicillins").contains("rash");
        });
    }

    @Test
    void anAllergyToAnIngredientMatchesProductsContainingIt() {
        ProfileCheck c = precautions.check(list("Tylenol PM", "Lipitor"),
                profile(30, false, false, null, null, List.of(new Profile.Allergy("Benadryl", "")), Set.of()), TODAY);
        assertThat(c.allergies()).singleElement().satisfies(f -> assertThat(f.drugs()).containsExactly("diphenhydramine"));
    }

    @Test
    void anUnrecognisedAllergyIsReportedAsNotCheckedRatherThanIgnored() {
        ProfileCheck c = precautions.check(list("Lipitor"),
                profile(30, false, false, null, null, List.of(new Profile.Allergy("Zzyzxqol", "")), Set.of()), TODAY);
        assertThat(c.allergies()).isEmpty();
        assertThat(c.allergiesNotChecked()).containsExactly("Zzyzxqol");
    }
}
