package org.medlist.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.medlist.check.CheckInput;
import org.medlist.check.CheckResult;
import org.medlist.check.Citation;
import org.medlist.check.Finding;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.knowledge.SourceInfo;

/** The JSON printed by {@code check --json}; key names are a contract other programs script against. */
record CheckJson(
        List<Checked> checked,
        @JsonProperty("not_checked") List<NotChecked> notChecked,
        String message,
        List<FindingJson> interactions,
        @JsonProperty("food_and_drink") List<FindingJson> foodAndDrink,
        List<FindingJson> duplicates,
        List<FindingJson> groups,
        List<AllergyJson> allergies,
        @JsonProperty("allergies_not_checked") List<String> allergiesNotChecked,
        List<PrecautionJson> precautions,
        @JsonProperty("profile_warnings") List<ProfileWarningJson> profileWarnings,
        @JsonProperty("knowledge_base") KnowledgeBaseJson knowledgeBase) {

    record AllergyJson(String medication, String allergy, String severity, String summary, @JsonProperty("what_to_do") String whatToDo,
                       List<SourceJson> sources) {}

    record PrecautionJson(String key, List<String> medications, String topic, String text, List<String> sources, EvidenceJson evidence) {}

    /** The label sentence a precaution rests on: set id and section, or ansm:N; null where the row has none. */
    record EvidenceJson(String setid, String section, String quote) {
        static EvidenceJson of(org.medlist.knowledge.Curated.Evidence e) {
            return new EvidenceJson(blankToNull(e.setId()), blankToNull(e.section()), blankToNull(e.quote()));
        }
    }

    /** kind: pregnancy|breastfeeding|child|older_adults|condition|alcohol|driving. */
    record ProfileWarningJson(String kind, String severity, List<String> medications, String summary, @JsonProperty("what_to_do") String whatToDo,
                              List<SourceJson> sources) {
        static ProfileWarningJson of(Finding f) {
            return new ProfileWarningJson(org.medlist.precautions.Precautions.profileWarningKind(f), f.severity().code(), f.medications(),
                    f.summary(), f.whatToDo(), f.sources().stream().map(SourceJson::of).toList());
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    record Checked(String input, List<String> ingredients) {}

    record NotChecked(String input, List<ResolveCommand.SuggestionJson> suggestions) {}

    record FindingJson(String kind, String severity, List<String> drugs, List<String> medications, String title, String summary,
                       @JsonProperty("watch_for") List<String> watchFor, @JsonProperty("what_to_do") String whatToDo,
                       String mechanism, List<SourceJson> sources, String effect, String affected,
                       @JsonProperty("explanation_source") String explanationSource, @JsonProperty("source_text") String sourceText,
                       @JsonProperty("grade_reason") String gradeReason,
                       @JsonProperty("applies_if") String appliesIf) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.kind().name().toLowerCase(java.util.Locale.ROOT), f.severity().code(), f.drugs(), f.medications(),
                    f.title(), f.summary(), f.watchFor(), f.whatToDo(), f.mechanism(), f.sources().stream().map(SourceJson::of).toList(),
                    f.effect(), f.affected(), f.explanationSource(), f.sourceText(), f.gradeReason(), f.appliesIf());
        }
    }

    record SourceJson(String source, String name, String grade, String severity, String condition, String detail, String reference) {
        static SourceJson of(Citation c) {
            return new SourceJson(c.sourceId(), c.sourceName(), c.grade(), c.severity().code(), c.condition(), c.detail(), c.reference());
        }
    }

    record KnowledgeBaseJson(String version, String built, List<SourceRef> sources) {}

    record SourceRef(String id, String name, String licence) {}

    static CheckJson of(CheckResult r, List<NotChecked> notChecked, KnowledgeBase kb, org.medlist.precautions.ProfileCheck profile) {
        return new CheckJson(
                r.checked().stream().map(c -> new Checked(c.label(), c.ingredients())).toList(),
                notChecked,
                org.medlist.check.CheckText.headline(r),
                r.interactions().stream().map(FindingJson::of).toList(),
                r.foodAndDrink().stream().map(FindingJson::of).toList(),
                r.duplicates().stream().map(FindingJson::of).toList(),
                r.groups().stream().map(FindingJson::of).toList(),
                r.allergies().stream().map(f -> new AllergyJson(f.medications().get(0), f.sources().get(0).grade(), f.severity().code(),
                        f.summary(), f.whatToDo(), f.sources().stream().map(SourceJson::of).toList())).toList(),
                profile.allergiesNotChecked(),
                profile.precautions().stream().map(p -> new PrecautionJson(p.key(), p.medications(), p.topic(), p.text(), p.sources(),
                        EvidenceJson.of(p.evidence()))).toList(),
                r.profileWarnings().stream().map(ProfileWarningJson::of).toList(),
                new KnowledgeBaseJson(kb.version(), kb.builtOn(),
                        kb.sources().values().stream().map((SourceInfo s) -> new SourceRef(s.id(), s.name(), s.licence())).toList()));
    }

    static NotChecked notChecked(CheckInput input, List<ResolveCommand.SuggestionJson> suggestions) {
        return new NotChecked(input.label(), suggestions);
    }
}
