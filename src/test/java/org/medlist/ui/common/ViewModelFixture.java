package org.medlist.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.medlist.app.Knowledge;
import org.medlist.app.MedList;
import org.medlist.knowledge.BundledKnowledge;
import org.medlist.model.Person;
import org.medlist.model.Profile;
import org.medlist.store.Database;

/**
 * What a view-model unit test runs on: a real SQLite file in the test's folder, the real bundled
 * knowledge base (loaded once per JVM), a fixed clock and {@link Background#synchronous()}, or a
 * {@link Queued} background when a test needs to decide when jobs finish.
 */
public final class ViewModelFixture implements AutoCloseable {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    public final Path file;
    public final MedList app;
    public final StatusModel status = new StatusModel();
    public final Jobs jobs;

    public ViewModelFixture(Path dir) {
        this(dir, Background.synchronous());
    }

    public ViewModelFixture(Path dir, Background background) {
        file = dir.resolve("medlist.db");
        app = new MedList(new Knowledge(BundledKnowledge.get(), CLOCK), Database.open(file, CLOCK), CLOCK);
        jobs = new Jobs(background, () -> app, status, CLOCK);
    }

    public Person person(String name) { return app.addPerson(name); }

    public String message() { return status.messageProperty().get(); }

    @Override
    public void close() { app.close(); }

    public static Profile allergicTo(String substance, String reaction) {
        return new Profile(Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), Optional.empty(),
                Profile.AllergyState.RECORDED, List.of(new Profile.Allergy(substance, reaction)), Set.of(), "");
    }

    public static Profile aged(int years, String... conditions) {
        return new Profile(Optional.of(TODAY.minusYears(years).minusMonths(2)), Optional.empty(), false, false, false, Optional.empty(),
                Optional.empty(), Profile.AllergyState.NONE_KNOWN, List.of(), Set.of(conditions), "");
    }

    /** Holds jobs until the test runs them, in any order: for "a newer request overtakes an older one". */
    public static final class Queued implements Background {
        private final Deque<Runnable> jobs = new ArrayDeque<>();
        private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> Background.synchronous().run(work, onSuccess, onFailure));
        }

        public int waiting() { return jobs.size(); }

        public void runOldest() { jobs.removeFirst().run(); }

        public void runNewest() { jobs.removeLast().run(); }

        public void runAll() {
            while (!jobs.isEmpty()) runOldest();
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

        @Override
        public void close() {}
    }
}
