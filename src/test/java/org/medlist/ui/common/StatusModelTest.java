package org.medlist.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.medlist.model.InvalidInputException;

/** The status bar's message expires; the timer is the test's own, so nothing here waits. */
class StatusModelTest {
    final List<Duration> delays = new ArrayList<>();
    final List<Runnable> due = new ArrayList<>();
    final StatusModel status = new StatusModel((delay, action) -> {
        delays.add(delay);
        due.add(action);
    });

    @Test
    void aMessageClearsItselfWhenItsTimeIsUp() {
        status.say("Saved Ann's profile.");
        assertThat(status.messageProperty().get()).isEqualTo("Saved Ann's profile.");
        assertThat(delays).containsExactly(StatusModel.SHOWN_FOR);
        due.get(0).run();
        assertThat(status.messageProperty().get()).isEmpty();
    }

    @Test
    void anOlderMessagesTimerLeavesANewerMessageAlone() {
        status.say("Added Ann.");
        status.say("Question added; it will be on the printed summary.");
        due.get(0).run();
        assertThat(status.messageProperty().get()).isEqualTo("Question added; it will be on the printed summary.");
        due.get(1).run();
        assertThat(status.messageProperty().get()).isEmpty();
    }

    @Test
    void aFailureIsShownThenExpiresTooWhileTheDialogTextStays() {
        status.failed(new InvalidInputException("The name is empty."));
        assertThat(status.messageProperty().get()).isEqualTo("The name is empty.");
        assertThat(status.errorProperty().get()).isEqualTo("The name is empty.");
        due.get(0).run();
        assertThat(status.messageProperty().get()).isEmpty();
    }

    @Test
    void withoutATimerMessagesStayUntilTheNextOne() {
        StatusModel plain = new StatusModel();
        plain.say("Opened medlist.db.");
        assertThat(plain.messageProperty().get()).isEqualTo("Opened medlist.db.");
    }
}
