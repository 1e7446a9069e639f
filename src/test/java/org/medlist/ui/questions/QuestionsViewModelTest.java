package org.medlist.ui.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Person;
import org.medlist.model.Question;
import org.medlist.ui.common.ViewModelFixture;

/** "Questions for my doctor": added, edited and removed in the store, per person. */
class QuestionsViewModelTest {
    @TempDir Path dir;
    ViewModelFixture f;
    Person ann;
    QuestionsViewModel vm;

    @BeforeEach
    void open() {
        f = new ViewModelFixture(dir);
        ann = f.person("Ann");
        vm = new QuestionsViewModel(f.jobs);
        vm.personProperty().set(ann);
    }

    @AfterEach
    void close() { f.close(); }

    private static java.util.List<String> texts(java.util.List<Question> qs) { return qs.stream().map(Question::text).toList(); }

    @Test
    void addEditAndRemoveChangeTheStoreAndTheList() {
        vm.add("Can I stop the statin?");
        vm.add("Is the cough from lisinopril?");
        assertThat(texts(vm.questions())).containsExactly("Can I stop the statin?", "Is the cough from lisinopril?");
        assertThat(f.message()).isEqualTo("Question added; it will be on the printed summary.");
        assertThat(vm.questions()).allSatisfy(q -> assertThat(q.addedOn()).isEqualTo(ViewModelFixture.TODAY));
        vm.edit(vm.questions().get(0), "Can I stop the statin in spring?");
        assertThat(texts(vm.questions())).containsExactly("Can I stop the statin in spring?", "Is the cough from lisinopril?");
        vm.remove(vm.questions().get(1));
        assertThat(texts(vm.questions())).containsExactly("Can I stop the statin in spring?");
        assertThat(texts(f.app.questions(ann.id()))).containsExactly("Can I stop the statin in spring?");
    }

    @Test
    void eachPersonHasTheirOwnQuestions() {
        vm.add("Ann's question");
        Person bob = f.person("Bob");
        vm.personProperty().set(bob);
        assertThat(vm.questions()).isEmpty();
        vm.add("Bob's question");
        vm.personProperty().set(ann);
        assertThat(texts(vm.questions())).containsExactly("Ann's question");
        vm.personProperty().set(null);
        assertThat(vm.questions()).isEmpty();
        vm.add("nobody's question");
        assertThat(f.app.questions(ann.id())).hasSize(1);
    }

    @Test
    void aBlankQuestionIsNotSavedAndTheStatusSaysWhy() {
        vm.add("   ");
        assertThat(vm.questions()).isEmpty();
        assertThat(f.app.questions(ann.id())).isEmpty();
        assertThat(f.status.errorProperty().get()).isEqualTo("Write the question first.").isEqualTo(f.message());
    }

    @Test
    void answersThatArriveAfterSwitchingPersonLeaveTheShownListAlone(@TempDir Path other) {
        ViewModelFixture.Queued queued = new ViewModelFixture.Queued();
        try (ViewModelFixture g = new ViewModelFixture(other, queued)) {
            Person a = g.person("Ann");
            Person b = g.person("Bob");
            Question annsOnly = g.app.addQuestion(a.id(), "Ann's only question");
            g.app.addQuestion(b.id(), "Bob's question");
            QuestionsViewModel late = new QuestionsViewModel(g.jobs);
            late.personProperty().set(a);
            queued.runAll();
            late.add("Ann's second question");
            late.remove(annsOnly);
            late.personProperty().set(b);
            queued.runNewest(); // Bob's list
            queued.runAll(); // then Ann's add and remove finish
            assertThat(texts(late.questions())).containsExactly("Bob's question");
            assertThat(texts(g.app.questions(a.id()))).containsExactly("Ann's second question");
        }
    }
}
