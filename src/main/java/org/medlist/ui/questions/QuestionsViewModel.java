package org.medlist.ui.questions;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.medlist.model.Person;
import org.medlist.model.Question;
import org.medlist.ui.AppContext;

/** The "questions for my doctor" of the person shown; they are printed on the summary. */
public final class QuestionsViewModel {
    private final AppContext context;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>();
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private int generation;

    public QuestionsViewModel(AppContext context) {
        this.context = context;
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
        context.background().run(() -> context.stores().questions().forPerson(p.id()), loaded -> {
            if (mine == generation) questions.setAll(loaded);
        }, context.status()::failed);
    }

    public void add(String text) {
        Person p = person.get();
        if (p == null) return;
        context.background().run(() -> context.stores().questions().add(p.id(), text, LocalDate.now()), added -> {
            questions.add(added);
            context.status().say("Question added; it will be on the printed summary.");
        }, context.status()::failed);
    }

    public void edit(Question q, String text) {
        context.background().run(() -> {
            context.stores().questions().edit(q.personId(), q.id(), text);
            return context.stores().questions().forPerson(q.personId());
        }, this::replaceAll, context.status()::failed);
    }

    public void remove(Question q) {
        context.background().run(() -> {
            context.stores().questions().remove(q.personId(), q.id());
            return context.stores().questions().forPerson(q.personId());
        }, this::replaceAll, context.status()::failed);
    }

    private void replaceAll(List<Question> now) {
        if (person.get() != null && now.stream().allMatch(q -> q.personId() == person.get().id())) questions.setAll(now);
    }
}
