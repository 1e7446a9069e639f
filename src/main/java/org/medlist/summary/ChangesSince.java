package org.medlist.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.medlist.store.Database;
import org.medlist.model.Medication;
import org.medlist.store.MedicationChange;
import org.medlist.store.MedicationStore;
import org.medlist.model.Person;
import org.medlist.store.PrintedSummaryStore;

/**
 * "What changed since": medicines started, stopped and changed (name, strength, dose, time) from a day
 * on, read from the entries' own start and stop dates and from the store's change log.
 */
final class ChangesSince {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ChangesSince() {}

    static Summary.Changes read(Database db, Person person, LocalDate today, Optional<LocalDate> chosen) {
        LocalDate since;
        String why;
        Optional<LocalDate> lastPrinted = new PrintedSummaryStore(db).last(person.id(), PrintedSummaryStore.What.SUMMARY)
                .map(t -> t.toLocalDate());
        if (chosen.isPresent()) {
            since = chosen.get();
            why = "date chosen when printing";
        } else if (lastPrinted.isPresent()) {
            since = lastPrinted.get();
            why = "the last summary, printed " + DAY.format(since);
        } else {
            since = today.minusDays(Summary.DEFAULT_SINCE_DAYS);
            why = "no earlier summary is recorded: the last " + Summary.DEFAULT_SINCE_DAYS + " days";
        }
        MedicationStore store = new MedicationStore(db);
        return between(store.all(person.id()), store.changesSince(person.id(), since), since, today, why);
    }

    static Summary.Changes between(List<Medication> entries, List<MedicationChange> log, LocalDate since, LocalDate today, String why) {
        List<MedicationChange> upToToday = log.stream().filter(c -> !c.at().toLocalDate().isAfter(today)).toList();
        Set<Long> addedSince = new TreeSet<>();
        Map<Long, LocalDate> addedOn = new LinkedHashMap<>();
        for (MedicationChange c : upToToday) {
            if (c.field() != MedicationChange.Field.ADDED) continue;
            addedSince.add(c.medicationId());
            addedOn.putIfAbsent(c.medicationId(), c.at().toLocalDate());
        }

        List<Summary.Change> started = new ArrayList<>();
        List<Summary.Change> stopped = new ArrayList<>();
        List<Summary.Change> changed = new ArrayList<>();
        for (Medication m : entries) {
            Optional<LocalDate> start = m.details().started();
            if (start.isPresent() && within(start.get(), since, today)) {
                started.add(new Summary.Change(label(m), "started", start.get()));
            } else if (start.isEmpty() && addedOn.containsKey(m.id())) {
                // An entry with an earlier start date is an old medicine newly written down, not a change of treatment.
                started.add(new Summary.Change(label(m), "added to the list, start date not recorded", addedOn.get(m.id())));
            }
            if (m.stopped().isPresent() && within(m.stopped().get(), since, today)) {
                stopped.add(new Summary.Change(label(m), "stopped", m.stopped().get()));
            }
            if (!addedSince.contains(m.id())) described(m, upToToday).ifPresent(changed::add);
        }
        java.util.Comparator<Summary.Change> byDay = java.util.Comparator.comparing(Summary.Change::on).thenComparing(Summary.Change::medicine);
        started.sort(byDay);
        stopped.sort(byDay);
        changed.sort(byDay);
        return new Summary.Changes(since, why, List.copyOf(started), List.copyOf(stopped), List.copyOf(changed));
    }

    /** The net change of each field of one entry ("dose 1 tablet → 2 tablets"); a field changed and changed back is left out. */
    private static Optional<Summary.Change> described(Medication m, List<MedicationChange> log) {
        Map<MedicationChange.Field, String[]> net = new LinkedHashMap<>();
        LocalDate last = null;
        for (MedicationChange c : log) {
            if (c.medicationId() != m.id() || c.field() == MedicationChange.Field.ADDED) continue;
            net.compute(c.field(), (f, was) -> was == null ? new String[] {c.before(), c.after()} : new String[] {was[0], c.after()});
            last = c.at().toLocalDate();
        }
        List<String> parts = new ArrayList<>();
        for (var e : net.entrySet()) {
            String before = e.getValue()[0];
            String after = e.getValue()[1];
            if (e.getKey() == MedicationChange.Field.RESUMED) {
                if (m.isCurrent()) parts.add("taken again (had been stopped on " + DAY.format(LocalDate.parse(before)) + ")");
                continue;
            }
            if (before.equals(after)) continue;
            parts.add(e.getKey().word() + " " + shown(before) + " → " + shown(after));
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Summary.Change(label(m), String.join("; ", parts), last));
    }

    private static String shown(String value) { return value.isBlank() ? "(none)" : value; }

    private static boolean within(LocalDate d, LocalDate since, LocalDate today) {
        return !d.isBefore(since) && !d.isAfter(today);
    }

    private static String label(Medication m) {
        String strength = m.details().strength();
        return strength.isBlank() || m.name().contains(strength) ? m.name() : m.name() + " " + strength;
    }
}
