package org.medlist.summary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medlist.knowledge.Severity;
import org.medlist.knowledge.SourceInfo;
import org.medlist.model.TimeOfDay;

/**
 * Everything the appointment summary of one person says, gathered once so that the PDF, the
 * printout and the preview cannot disagree. Plain data: no JavaFX, no PDF.
 */
public record Summary(
        String personName,
        Optional<LocalDate> born,
        Optional<Integer> age,
        String allergies,
        List<String> conditions,
        LocalDate printedOn,
        List<Medicine> current,
        String checkHeadline,
        List<Warning> warnings,
        List<NotChecked> notChecked,
        List<Precaution> openPrecautions,
        List<String> questions,
        List<Stopped> recentlyStopped,
        String knowledgeBaseVersion,
        List<SourceInfo> sources) {

    /** How far back "recently stopped" reaches. */
    public static final int STOPPED_DAYS = 90;

    /** A current medicine as the user entered it, with what the knowledge base recognised in it. */
    public record Medicine(String name, String ingredients, String strength, String dose, String when, Set<TimeOfDay> times,
                           String whenText, String reason, String prescriber, Optional<LocalDate> started, boolean recognized) {}

    /** A finding, in one line, with the day it was discussed with a doctor, if it was. */
    public record Warning(Severity severity, String kind, String title, String explanation, Optional<LocalDate> discussedOn,
                          List<String> sources) {}

    public record NotChecked(String name, List<String> suggestions) {}

    public record Precaution(String topic, String medicines, String text, List<String> sources) {}

    public record Stopped(String name, String strength, LocalDate stoppedOn, String reason) {}
}
