package org.medlist.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates MedList accepts, one rule for every edge. Dates are local dates by the application's one
 * clock. A past event (a start or stop date) lies between 1 Jan 1900 and tomorrow: the one day of
 * grace is for a date written where it is already tomorrow (a list exported at UTC+14 and imported
 * at UTC−3:30). A date of birth lies between 1 Jan 1900 and today. Year 0 or −1 is never a date a
 * person means (and would make the FHIR export invalid).
 */
public final class DateRules {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private DateRules() {}

    /** What is wrong with {@code date} as the day something happened; {@code what} names it ("The start date"). */
    public static Optional<String> pastEventProblem(String what, LocalDate date, LocalDate today) {
        if (date.isBefore(EARLIEST)) return Optional.of(what + " " + date + " is before 1900.");
        if (date.isAfter(today.plusDays(1))) return Optional.of(what + " " + date + " is in the future (today is " + today + ").");
        return Optional.empty();
    }

    public static Optional<String> birthProblem(LocalDate born, LocalDate today) {
        if (born.isBefore(EARLIEST)) return Optional.of("The date of birth " + born + " is before 1900.");
        if (born.isAfter(today)) return Optional.of("The date of birth " + born + " is in the future (today is " + today + ").");
        return Optional.empty();
    }

    /** A stop date: a past event, not before the start date. */
    public static Optional<String> stopProblem(Optional<LocalDate> stopped, Optional<LocalDate> started, LocalDate today) {
        if (stopped.isEmpty()) return Optional.empty();
        Optional<String> p = pastEventProblem("The stop date", stopped.get(), today);
        if (p.isPresent()) return p;
        if (started.isPresent() && stopped.get().isBefore(started.get())) {
            return Optional.of("The stop date " + stopped.get() + " is before the start date " + started.get() + ".");
        }
        return Optional.empty();
    }

    /**
     * A past event's date as it is kept here: a date within the day of grace (written where it was
     * already tomorrow) is the same moment, which is today by this clock; so no entry is ever dated
     * after the day a summary is printed.
     */
    public static LocalDate notAfterToday(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? today : date;
    }
}
