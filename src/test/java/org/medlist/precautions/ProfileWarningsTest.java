package org.medlist.precautions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.Curated;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;
import org.medlist.model.Profile;

/** The done-when checks, on the real bundled knowledge base. */
class ProfileWarningsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    final Precautions precautions = new Precautions(BundledKnowledge.get());
    final Resolver resolver = new Resolver(BundledKnowledge.get());

    List<CheckInput> list(String... names) {
        return Arrays.stream(names).map(n -> new CheckInput(n, resolver.resolve(n).ingredients(), List.of())).toList();
    }

    static Profile person(Integer age, boolean pregnant, boolean planning, Boolean drives, Boolean alcohol, Set<String> conditions) {
        return new Profile(Optional.empty(), Optional.ofNullable(age), pregnant, planning, false, Optional.ofNullable(drives),
                Optional.ofNullable(alcohol), Profile.AllergyState.NONE_KNOWN, List.of(), conditions, "");
    }

    @Test
    void lisinoprilForAPregnantPersonIsASeriousWarningQuotingTheAceInhibitorBoxedWarning() {
        ProfileCheck c = precautions.check(list("lisinopril"), person(30, true, false, null, null, Set.of()), TODAY);
        assertThat(c.profileWarnings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Finding.Kind.PROFILE);
            assertThat(f.severity().compareTo(Severity.MAJOR)).isLessThanOrEqualTo(0);
            assertThat(f.medications()).containsExactly("lisinopril");
            Citation label = f.sources().get(1);
            assertThat(label.grade()).isEqualTo("boxed warning");
            assertThat(label.sourceName()).contains("ACE inhibitor").contains("Enalapril label");
            assertThat(label.detail()).isEqualTo("Drugs that act directly on the renin-angiotensin system can cause injury and death to the developing fetus.");
        });
        assertThat(c.precautions()).extracting(PrecautionItem::key).contains("acei-pregnancy");
        assertThat(c.precautions()).filteredOn(p -> p.key().equals("acei-pregnancy"))
                .singleElement().satisfies(p -> assertThat(p.evidence().section()).isEqualTo("boxed_warning"));
    }

    @Test
    void planningAPregnancyWarnsTooAndSomeoneNotPregnantIsNotWarned() {
        assertThat(precautions.check(list("valsartan"), person(30, false, true, null, null, Set.of()), TODAY).profileWarnings())
                .extracting(Finding::title).containsExactly("Pregnancy: valsartan");
        assertThat(precautions.check(list("lisinopril", "valsartan", "warfarin"), person(30, false, false, null, null, Set.of()), TODAY)
                .profileWarnings()).isEmpty();
    }

    @Test
    void aspirinForANineYearOldShowsTheReyesSyndromeCaution() {
        ProfileCheck c = precautions.check(list("aspirin"), person(9, false, false, null, null, Set.of()), TODAY);
        assertThat(c.profileWarnings()).singleElement().satisfies(f -> {
            assertThat(f.summary()).contains("Reye's syndrome");
            assertThat(f.sources().get(1).sourceName()).contains("Drug Facts").contains("Salsalate label");
            assertThat(f.sources().get(1).detail()).contains("Reye’s Syndrome");
        });
        assertThat(precautions.check(list("aspirin"), person(40, false, false, null, null, Set.of()), TODAY).profileWarnings()).isEmpty();
    }

    @Test
    void warfarinDabigatranAndDigoxinAtSeventyEightEachShowAnOlderAdultItemCitingBeers() {
        for (String medicine : List.of("warfarin", "dabigatran", "digoxin")) {
            ProfileCheck c = precautions.check(list(medicine), person(78, false, false, null, null, Set.of()), TODAY);
            assertThat(c.precautions()).as(medicine).filteredOn(p -> p.topic().equals("older_adults"))
                    .anySatisfy(p -> assertThat(String.join(" ", p.sources())).contains("Beers Criteria").containsPattern("Table \\d"));
            assertThat(precautions.check(list(medicine), person(50, false, false, null, null, Set.of()), TODAY).precautions())
                    .as(medicine + " at 50").noneMatch(p -> p.topic().equals("older_adults"));
        }
    }

    @Test
    void apixabanAtSeventyEightHasNoBeersItemBecauseTheCriteriaHaveNoRowForIt() {
        ProfileCheck c = precautions.check(list("apixaban"), person(78, false, false, null, null, Set.of()), TODAY);
        assertThat(c.precautions()).noneMatch(p -> String.join(" ", p.sources()).contains("Beers"));
    }

    @Test
    void aBenzodiazepineAtSeventyIsABeersWarningNotOnlyAChecklistLine() {
        ProfileCheck c = precautions.check(list("lorazepam"), person(70, false, false, null, null, Set.of()), TODAY);
        assertThat(c.profileWarnings()).anySatisfy(f -> {
            assertThat(f.title()).startsWith("Age 65 and over");
            assertThat(f.severity().isWarning()).isTrue();
            assertThat(f.sources().get(1).sourceName()).contains("Beers").contains("Table 2");
        });
    }

    @Test
    void everyMedicineWithAnAnsmLevelOfTwoOrMoreShowsADrivingItemForADriverAndNoneForANonDriver() {
        List<String> ansm = BundledKnowledge.get().precautions().stream().filter(p -> p.evidence().isAnsm())
                .map(Curated.Precaution::target).distinct().toList();
        assertThat(ansm).contains("zolpidem").hasSizeGreaterThan(100);
        for (String ingredient : ansm) {
            List<CheckInput> entry = List.of(new CheckInput(ingredient, List.of(ingredient), List.of()));
            assertThat(precautions.check(entry, person(40, false, false, true, null, Set.of()), TODAY).precautions())
                    .as(ingredient + ", drives").anyMatch(p -> p.topic().equals("driving"));
            assertThat(precautions.check(entry, person(40, false, false, false, null, Set.of()), TODAY).precautions())
                    .as(ingredient + ", does not drive").noneMatch(p -> p.topic().equals("driving"));
        }
    }

    @Test
    void aLevelThreeDrivingMedicineWarnsSomeoneWhoDrivesButAnUnknownAnswerOnlyKeepsTheChecklistLine() {
        assertThat(precautions.check(list("zolpidem"), person(40, false, false, true, null, Set.of()), TODAY).profileWarnings())
                .anySatisfy(f -> {
                    assertThat(f.title()).startsWith("Driving");
                    assertThat(f.sources().get(1).reference()).startsWith("ansm:");
                });
        ProfileCheck unknown = precautions.check(list("zolpidem"), person(40, false, false, null, null, Set.of()), TODAY);
        assertThat(unknown.profileWarnings()).noneMatch(f -> f.title().startsWith("Driving"));
        assertThat(unknown.precautions()).anyMatch(p -> p.topic().equals("driving"));
    }

    @Test
    void aConditionTheLabelContraindicatesIsAWarning() {
        ProfileCheck c = precautions.check(list("bupropion"), person(40, false, false, null, null, Set.of("seizures")), TODAY);
        assertThat(c.profileWarnings()).anySatisfy(f -> {
            assertThat(f.title()).isEqualTo("Health condition: bupropion");
            assertThat(f.sources().get(0).grade()).isEqualTo("Seizures or epilepsy");
            assertThat(f.sources().get(1).grade()).isEqualTo("contraindication");
        });
        assertThat(precautions.check(list("bupropion"), person(40, false, false, null, null, Set.of()), TODAY).profileWarnings()).isEmpty();
    }

    @Test
    void profileWarningsJoinTheFindingsTheWarningsPanelAndPrintoutShow() {
        PersonChecker checker = new PersonChecker(BundledKnowledge.get());
        CheckResult r = checker.check(list("lisinopril", "ibuprofen"), person(30, true, false, null, null, Set.of()), TODAY).result();
        assertThat(r.profileWarnings()).isNotEmpty();
        assertThat(r.all()).containsAll(r.profileWarnings());
        assertThat(r.all().get(0).severity().compareTo(Severity.MAJOR)).isLessThanOrEqualTo(0);
    }
}
