package org.medlist.ui.medications;

import java.util.List;
import org.medlist.store.Medication;
import org.medlist.store.MedicationStore;

/**
 * What the window asks of the knowledge base when it saves an entry: the ingredients a name stands for.
 * Runs on the worker thread.
 */
public interface MedicationRecognizer {
    MedicationStore.Recognition recognize(String name);

    /** Re-resolves entries recognised by another knowledge-base version, stores the result, returns the list as now stored. */
    List<Medication> refresh(MedicationStore store, List<Medication> current);

    /** For a build without a knowledge base: nothing is recognised, so nothing is claimed to be checked. */
    MedicationRecognizer NONE = new MedicationRecognizer() {
        @Override
        public MedicationStore.Recognition recognize(String name) { return MedicationStore.Recognition.NOT_RECOGNIZED; }

        @Override
        public List<Medication> refresh(MedicationStore store, List<Medication> current) { return current; }
    };
}
