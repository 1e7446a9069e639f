package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medlist.ui.WindowTestSupport.eventually;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.medlist.model.Profile;
import org.medlist.store.Database;
import org.medlist.store.PersonStore;
import org.medlist.store.ProfileStore;
import org.medlist.ui.common.TextSize;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * On a 1024 × 700 screen (Monocle's headless screen, sized when JavaFX starts: the build's
 * small-screen-tests execution starts a JVM for this class with {@code headless.geometry}): the window fits
 * the screen, and at 200 % text the profile dialog shows every choice without sideways scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenWindowTest {
    @TempDir static Path dir;
    AppContext context;
    MainWindow window;
    Stage stage;

    /**
     * In the small-screen execution the screen must be 1024 px wide, or the test fails; the other
     * executions (which a {@code -Dtest} run also reaches) have the usual screen, where these tests skip.
     */
    static void assumeSmallScreen() {
        double width = Screen.getPrimary().getBounds().getWidth();
        if (Boolean.getBoolean("medlist.test.smallScreen")) {
            assertThat(width).as("the headless screen's width (headless.geometry)").isEqualTo(1024);
        } else {
            org.junit.jupiter.api.Assumptions.assumeTrue(width == 1024, "not on the small screen; the small-screen-tests execution runs this");
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path db = dir.resolve("small-" + System.nanoTime() + ".db");
        try (Database d = Database.open(db)) {
            long rosa = new PersonStore(d).add("Rosa Diaz").id();
            new ProfileStore(d).save(rosa, new Profile(Optional.of(LocalDate.now().minusYears(40)), Optional.empty(), false, false, false,
                    Optional.of(true), Optional.empty(), Profile.AllergyState.NOT_RECORDED, List.of(), Set.of(), ""));
        }
        context = WindowTestSupport.context(db);
        window = MedListApp.show(stage, context);
    }

    @AfterEach
    void close() { context.close(); }

    @Test
    void theWindowOpensWithinTheScreen() {
        assumeSmallScreen();
        assertThat(stage.getScene().getWidth()).isLessThanOrEqualTo(1024);
        assertThat(stage.getScene().getHeight()).isLessThanOrEqualTo(700);
    }

    @Test
    void atTwiceTheTextTheProfileShowsEveryChoiceWithoutScrollingSideways(FxRobot robot) {
        assumeSmallScreen();
        eventually(() -> robot.lookup("#profileButton").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.interact(() -> window.textSize().set(2 * TextSize.STARTING));
        robot.clickOn("#profileButton");
        eventually(() -> robot.lookup("#profileScroll").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        Scene dialog = robot.lookup("#profileScroll").query().getScene();
        List<String> beyond = new ArrayList<>();
        robot.interact(() -> {
            dialog.getRoot().applyCss();
            dialog.getRoot().layout();
            ScrollPane scroll = (ScrollPane) dialog.lookup("#profileScroll");
            double viewport = scroll.getViewportBounds().getWidth();
            Node port = scroll.lookup(".viewport");
            Bounds view = port.localToScene(port.getLayoutBounds());
            if (scroll.getContent().getLayoutBounds().getWidth() > viewport + 1) {
                beyond.add("the form is " + scroll.getContent().getLayoutBounds().getWidth() + " px wide in a " + viewport + " px view");
            }
            for (Node n : DesktopCitizenWindowTest.all(dialog.getRoot())) {
                if (!(n instanceof javafx.scene.control.CheckBox || n instanceof javafx.scene.control.RadioButton) || !n.isVisible()) continue;
                // as laid out: a focus ring may draw a few pixels beyond that
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (b.getMaxX() > view.getMaxX() + 1) beyond.add(n.getId() + " ends at " + b.getMaxX());
            }
        });
        assertThat(dialog.getWindow().getWidth()).isLessThanOrEqualTo(1024);
        assertThat(beyond).as("choices beyond the dialog's right edge").isEmpty();
        DesktopCitizenWindowTest.assertNothingCutShort(robot, dialog);
    }
}
