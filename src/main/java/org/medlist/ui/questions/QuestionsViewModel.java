package org.medlist.ui.questions;

import org.medlist.ui.common.Jobs;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medlist.model.Person;
import org.medlist.model.Question;

/** The "questions for my doctor" of the person shown; they are printed on the summary. */
public final class QuestionsViewModel {
    private final Jobs jobs;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private int generation;

    public QuestionsViewModel(Jobs jobs) {
        this.jobs = jobs;
        person.addListener((o, a, b) -> reload());
    }

    public ObjectProperty<Person> personProperty() { return person; }

    public ObservableList<Question> questions() { return questions; }

    public void reload() {
        Person p = person.get();
        int mine = ++generation;
        if (p == null) {
            questions.clear();
            return;
        }
        jobs.run(app -> app.questions(p.id()), loaded -> {
            if (mine == generation) questions.setAll(loaded);
        });
    }

    public void add(String text) {
        Person p = person.get();
        if (p == null) return;
        jobs.run(app -> app.addQuestion(p.id(), text), added -> {
            if (isShown(added.personId())) questions.add(added); // not if the user switched person meanwhile
            jobs.status().say("Question added; it will be on the printed summary.");
        });
    }

    public void edit(Question q, String text) {
        jobs.run(app -> {
            app.editQuestion(q.personId(), q.id(), text);
            return app.questions(q.personId());
        }, now -> replaceAll(q.personId(), now));
    }

    public void remove(Question q) {
        jobs.run(app -> {
            app.removeQuestion(q.personId(), q.id());
            return app.questions(q.personId());
        }, now -> replaceAll(q.personId(), now));
    }

    /** {@code now}: the questions of {@code personId} (maybe none), shown only if that person is still shown. */
    private void replaceAll(long personId, List<Question> now) {
        if (isShown(personId)) questions.setAll(now);
    }

    private boolean isShown(long personId) {
        return person.get() != null && person.get().id() == personId;
    }
}
