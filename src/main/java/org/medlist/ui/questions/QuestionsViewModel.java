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
            questions.add(added);
            jobs.status().say("Question added; it will be on the printed summary.");
        });
    }

    public void edit(Question q, String text) {
        jobs.run(app -> {
            app.editQuestion(q.personId(), q.id(), text);
            return app.questions(q.personId());
        }, this::replaceAll);
    }

    public void remove(Question q) {
        jobs.run(app -> {
            app.removeQuestion(q.personId(), q.id());
            return app.questions(q.personId());
        }, this::replaceAll);
    }

    private void replaceAll(List<Question> now) {
        if (person.get() != null && now.stream().allMatch(q -> q.personId() == person.get().id())) questions.setAll(now);
    }
}
