package org.medlist.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.Resolution;
import org.medlist.knowledge.Resolver;
import org.medlist.knowledge.Severity;

/** Every branch of the grading policy (grading_policy.tsv, check.Grading) on the real bundled knowledge base. */
class GradingTest {
    static final KnowledgeBase KB = BundledKnowledge.get();
    final Resolver resolver = new Resolver(KB);
    final Checker checker = new Checker(KB);

    CheckInput input(String name, String strength) {
        Resolution r = resolver.resolve(name);
        assertThat(r.recognized()).as(name).isTrue();
        return new CheckInput(name, r.ingredients(), List.of(), strength);
    }

    CheckResult check(CheckContext person, String... names) {
        List<CheckInput> in = new ArrayList<>();
        for (String n : names) in.add(input(n, ""));
        return checker.check(in, person);
    }

    Finding pair(String a, String b) {
        return pair(CheckContext.UNKNOWN, input(a, ""), input(b, ""));
    }

    Finding pair(CheckContext person, CheckInput a, CheckInput b) {
        CheckResult r = checker.check(List.of(a, b), person);
        assertThat(r.interactions()).as(a.label() + " + " + b.label()).hasSize(1);
        return r.interactions().get(0);
    }

    static CheckContext person(Integer age, String... conditions) {
        return new CheckContext(age == null ? OptionalInt.empty() : OptionalInt.of(age), false, Set.of(conditions), Optional.empty());
    }

    @Test
    void corroboratedGradesShowTheStrongestAndSayWhoChoseIt() {
        Finding f = pair("Coumadin", "Advil");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
        assertThat(f.gradeReason()).contains("MedList class rule anticoagulant + nsaid");
        assertThat(f.sources()).extracting(Citation::sourceId).contains("DDINTER", "MEDLIST");
        assertThat(f.appliesIf()).isNull();
    }

    @Test
    void aLoneModerateWithoutMechanismIsForInformationWithItsSourceStillCited() {
        Finding f = pair("prednisone", "lisinopril");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.severity().isWarning()).isFalse();
        assertThat(f.informational()).isTrue();
        assertThat(f.gradeReason()).contains("DDInter grades it Moderate alone").contains("ddinter_moderate_alone");
        assertThat(f.sources()).singleElement().satisfies(c -> {
            assertThat(c.sourceId()).isEqualTo("DDINTER");
            assertThat(c.grade()).isEqualTo("Moderate");
        });
        CheckResult r = check(CheckContext.UNKNOWN, "prednisone", "lisinopril");
        assertThat(r.warningCount()).as("not counted as a warning").isZero();
        assertThat(CheckText.headline(r)).contains("No interactions found").contains("1 minor or ungraded note");
    }

    @Test
    void aTimingInteractionStaysAWarningThoughOnlyOneSourceGradesIt() {
        Finding f = pair("alendronate", "calcium carbonate");
        assertThat(f.severity().isWarning()).isTrue();
        assertThat(f.gradeReason()).contains("kept as a warning");
    }

    @Test
    void aDrugBankOnlyPairIsInformationNotAWarning() {
        Finding f = pair("Lexapro", "Valium");
        assertThat(f.sources()).anySatisfy(c -> {
            assertThat(c.sourceId()).isEqualTo("DRUGBANK");
            assertThat(c.severity()).isEqualTo(Severity.UNKNOWN);
            assertThat(c.grade()).isEqualTo("type 49");
            assertThat(c.detail()).isEqualTo("The risk or severity of adverse effects can be increased when diazepam is combined with escitalopram.");
        });
        // Lexapro + Valium: the MedList rule grades it, and says so
        assertThat(f.severity()).isEqualTo(Severity.MODERATE);
        assertThat(f.gradeReason()).startsWith("MedList class rule benzodiazepine + ssri").contains("lists it without a grade (type 49)");
    }

    @Test
    void aDoseConditionIsEvaluatedAgainstTheEntrysStrength() {
        Finding low = pair(CheckContext.UNKNOWN, input("aspirin", "81 mg"), input("lisinopril", ""));
        Finding high = pair(CheckContext.UNKNOWN, input("aspirin", "500 mg"), input("lisinopril", ""));
        Finding unknown = pair(CheckContext.UNKNOWN, input("aspirin", ""), input("lisinopril", ""));
        assertThat(low.gradeReason()).contains("set aside: ANSM").contains("does not apply");
        assertThat(low.severity().isWarning()).as("81 mg: ANSM's row does not apply; DDInter's lone Moderate is information").isFalse();
        assertThat(high.severity()).isEqualTo(Severity.MODERATE);
        assertThat(high.appliesIf()).isNull();
        assertThat(unknown.severity()).isEqualTo(Severity.MODERATE);
        assertThat(unknown.appliesIf()).contains("500 mg or more per dose");
    }

    @Test
    void strengthsAreReadInMilligramsAndCombinationsAreNotGuessed() {
        assertThat(Grading.milligrams("81 mg", 1)).contains(81.0);
        assertThat(Grading.milligrams("0.5 g", 1)).contains(500.0);
        assertThat(Grading.milligrams("100 mcg", 1)).contains(0.1);
        assertThat(Grading.milligrams("5 mg/325 mg", 2)).isEmpty();
        assertThat(Grading.milligrams("325 mg", 2)).isEmpty();
        assertThat(Grading.milligrams("", 1)).isEmpty();
    }

    @Test
    void aHeartFailureRowOfAnsmAppliesOnlyWithThatCondition() {
        Finding unknown = pair("metoprolol", "digoxin");
        assertThat(unknown.appliesIf()).contains("heart failure");
        Finding withHf = pair(person(70, "heart_failure"), input("metoprolol", ""), input("digoxin", ""));
        assertThat(withHf.appliesIf()).isNull();
    }

    @Test
    void protectivePairsAreInformation() {
        Finding naloxone = pair("Narcan", "oxycodone");
        assertThat(naloxone.severity()).isEqualTo(Severity.INFO);
        assertThat(naloxone.gradeReason()).contains("Protective combination").contains("naloxone_reverses_opioids");
        Finding ppi = pair("omeprazole", "naproxen");
        assertThat(ppi.severity()).isEqualTo(Severity.INFO);
        assertThat(ppi.gradeReason()).contains("ppi_with_nsaid");
        CheckResult alcohol = check(CheckContext.UNKNOWN, "Narcan");
        assertThat(alcohol.foodAndDrink()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void componentsOfOneApprovedRegimenAreInformation() {
        CheckResult r = check(CheckContext.UNKNOWN, "Prezcobix", "Descovy");
        assertThat(r.interactions()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.gradeReason()).contains("Intended combination");
        });
        Finding coformulated = pair("fluoxetine", "olanzapine");
        assertThat(coformulated.severity().isWarning()).isFalse();
        assertThat(coformulated.gradeReason()).contains("one approved product");
    }

    @Test
    void aMajorRuleOutranksTheCoformulationExemption() {
        Finding f = pair("codeine", "promethazine");
        assertThat(f.severity()).isEqualTo(Severity.MAJOR);
    }

    @ParameterizedTest(name = "{0} + {1}: {2}")
    @CsvSource(textBlock = """
            oxycodone,      hydromorphone,  major
            oxycodone,      quetiapine,     major
            sertraline,     trazodone,      moderate
            duloxetine,     cyclobenzaprine, moderate
            amitriptyline,  tramadol,       major
            linezolid,      fluoxetine,     major
            pimozide,       citalopram,     contraindicated
            ziprasidone,    moxifloxacin,   contraindicated
            dofetilide,     citalopram,     major
            prednisone,     naproxen,       major
            apixaban,       aspirin,        major
            rivaroxaban,    clopidogrel,    major
            avanafil,       vericiguat,     contraindicated
            tetrabenazine,  valbenazine,    contraindicated
            ketoconazole,   lomitapide,     contraindicated
            fluvoxamine,    tizanidine,     contraindicated
            Plavix,         omeprazole,     major
            """)
    void classRulesCloseTheCategoriesOfIssue14(String a, String b, String severity) {
        Finding f = pair(a, b);
        assertThat(f.severity()).isEqualTo(Severity.fromCode(severity));
        assertThat(f.sources()).anySatisfy(c -> assertThat(c.sourceId()).isEqualTo("MEDLIST"));
        assertThat(f.gradeReason()).isNotBlank();
    }

    @Test
    void kidneyDiseaseRaisesRasBlockerWithPotassiumSparingDiureticAndListsItFirst() {
        Finding plain = pair("lisinopril", "spironolactone");
        Finding kidney = pair(person(60, "kidney_disease"), input("lisinopril", ""), input("spironolactone", ""));
        assertThat(plain.severity()).isEqualTo(Severity.MODERATE);
        assertThat(plain.appliesIf()).contains("serious if the person has kidney disease");
        assertThat(kidney.severity()).isEqualTo(Severity.MAJOR);
        assertThat(kidney.relevance()).contains("kidney disease");
        Finding losartan = pair(person(60, "kidney_disease"), input("losartan", ""), input("eplerenone", ""));
        assertThat(losartan.severity()).isEqualTo(Severity.MAJOR);
    }

    @Test
    void beersThreeOrMoreBrainActiveMedicinesDependOnAge() {
        String[] list = {"sertraline", "zolpidem", "gabapentin"};
        Finding older = group(check(person(78), list));
        Finding younger = group(check(person(40), list));
        Finding unknown = group(check(CheckContext.UNKNOWN, list));
        assertThat(older.severity()).isEqualTo(Severity.MAJOR);
        assertThat(younger.severity()).isEqualTo(Severity.INFO);
        assertThat(unknown.severity()).isEqualTo(Severity.MODERATE);
        assertThat(unknown.appliesIf()).contains("65 or older");
    }

    private static Finding group(CheckResult r) {
        return r.groups().stream().filter(g -> g.key().equals("group:cns_active_beers")).findFirst().orElseThrow();
    }

    @Test
    void noAlcoholCardForANonDrinkerOrAChild() {
        // Issue 15: "none for a person whose profile says they do not drink; for a child, no alcohol card at all".
        CheckContext noDrink = new CheckContext(OptionalInt.of(50), false, Set.of(), Optional.of(false));
        CheckContext child = person(12);
        assertThat(check(CheckContext.UNKNOWN, "oxycodone").foodAndDrink()).anySatisfy(f -> assertThat(f.severity().isWarning()).isTrue());
        assertThat(check(noDrink, "oxycodone").foodAndDrink()).filteredOn(f -> f.key().startsWith("food:alcohol")).isEmpty();
        assertThat(check(child, "oxycodone").foodAndDrink()).filteredOn(f -> f.key().startsWith("food:alcohol")).isEmpty();
    }

    @Test
    void warningsThatMatterForThisPersonComeFirstWithinASeverity() {
        CheckContext older = person(80, "kidney_disease");
        CheckResult r = check(older, "lisinopril", "spironolactone", "Coumadin", "Advil");
        List<Finding> majors = r.interactions().stream().filter(f -> f.severity() == Severity.MAJOR).toList();
        assertThat(majors).hasSizeGreaterThan(1);
        int firstPlain = -1;
        for (int i = 0; i < majors.size(); i++) if (majors.get(i).relevance().isEmpty() && firstPlain < 0) firstPlain = i;
        for (int i = firstPlain + 1; firstPlain >= 0 && i < majors.size(); i++) assertThat(majors.get(i).relevance()).isEmpty();
        assertThat(majors.get(0).relevance()).isNotEmpty();
        assertThat(r.warningCount()).isEqualTo(r.all().stream().filter(f -> f.severity().isWarning()).count());
    }
}
