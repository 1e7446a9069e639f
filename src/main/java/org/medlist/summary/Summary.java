package org.medlist.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.SourceInfo;
import org.medlist.model.TimeOfDay;

/**
 * Everything the appointment summary and the wallet card of one person say, gathered once so that the
 * PDF, the printout, the card and the preview cannot disagree. Plain data: no JavaFX, no PDF.
 */
public record Summary(
        String personName,
        Optional<LocalDate> born,
        Optional<Integer> age,
        String allergies,
        List<String> conditions,
        String pregnancy,
        String emergencyContact,
        LocalDate printedOn,
        List<Medicine> current,
        String checkHeadline,
        List<Warning> warnings,
        List<Precaution> profileCautions,
        List<NotChecked> notChecked,
        List<Precaution> openPrecautions,
        List<String> questions,
        Changes changes,
        String knowledgeBaseVersion,
        List<SourceInfo> sources) {

    /** How far back "what changed" reaches when no summary was printed before. */
    public static final int DEFAULT_SINCE_DAYS = 90;

    /** A current medicine as the user entered it, with what the knowledge base recognised in it. */
    public record Medicine(String name, String ingredients, String strength, String dose, String when, Set<TimeOfDay> times,
                           String whenText, String reason, String prescriber, Optional<LocalDate> started, boolean recognized) {}

    /** A finding, in one line, with the day it was discussed with a doctor, if it was. {@code kind} is the finding kind's label. */
    public record Warning(Severity severity, String kind, String title, String explanation, Optional<LocalDate> discussedOn,
                          List<String> sources) {}

    public record NotChecked(String name, List<String> suggestions) {}

    /** A precaution for these medicines; {@code forWhom} names the part of the profile it rests on ("" when it is for everyone). */
    public record Precaution(String topic, String medicines, String text, List<String> sources, String forWhom) {}

    /**
     * What changed on the list from {@code since} (inclusive) to the day of the summary. {@code sinceWhy}
     * says where the date comes from: the last printed summary, the user's choice, or the default.
     */
    public record Changes(LocalDate since, String sinceWhy, List<Change> started, List<Change> stopped, List<Change> changed) {
        public boolean isEmpty() { return started.isEmpty() && stopped.isEmpty() && changed.isEmpty(); }
    }

    /** One line of "what changed": a medicine, what happened to it, and on which day. */
    public record Change(String medicine, String what, LocalDate on) {}

    /** The same summary for another person's name (tests of scripts the font lacks). */
    public Summary withName(String name) {
        return new Summary(name, born, age, allergies, conditions, pregnancy, emergencyContact, printedOn, current, checkHeadline, warnings,
                profileCautions, notChecked, openPrecautions, questions, changes, knowledgeBaseVersion, sources);
    }
}
