package org.medlist.importing;

import java.util.List;
import java.util.Map;
import org.medlist.exchange.FhirBundle;
import org.medlist.knowledge.KnowledgeBase;
import org.medlist.model.Medication;
import org.medlist.store.Database;
import org.medlist.store.ImportStore;

/**
 * The RxNorm codes MedList can vouch for on export: the code a health record gave an imported entry,
 * else the RxNorm ingredient (IN) or multiple-ingredient (MIN) code of exactly the ingredients MedList
 * recognised. An unrecognised entry gets no code: its text alone says what was written.
 */
public final class ExportCodes implements FhirBundle.Codes {
    private final Map<Long, String> fromRecords;
    private final KnowledgeBase kb;

    private ExportCodes(Map<Long, String> fromRecords, KnowledgeBase kb) {
        this.fromRecords = fromRecords;
        this.kb = kb;
    }

    public static ExportCodes forPerson(Database db, long personId, KnowledgeBase kb) {
        return new ExportCodes(new ImportStore(db).rxnormCodes(personId), kb);
    }

    @Override
    public List<FhirBundle.Coding> of(Medication m) {
        String recorded = fromRecords.get(m.id());
        if (recorded != null) {
            String display = kb.byRxcui(recorded).map(KnowledgeBase.RxNormCode::name).orElse("");
            return List.of(new FhirBundle.Coding(recorded, display));
        }
        if (!m.isRecognized()) return List.of();
        return kb.rxcuiOf(m.ingredients()).map(code -> List.of(new FhirBundle.Coding(code,
                kb.byRxcui(code).map(KnowledgeBase.RxNormCode::name).orElse("")))).orElse(List.of());
    }
}
