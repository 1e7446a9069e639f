package org.medlist.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for the background worker: results reach the scene a moment after an action. */
public final class WindowTestSupport {
    private WindowTestSupport() {}

    /**
     * Types a medicine name into the open form without opening the suggestion popup (ControlsFX only
     * suggests for a focused field), so that the next click reaches the form and not the popup.
     */
    static void fillName(org.testfx.api.FxRobot robot, String name) {
        robot.clickOn("#formDose");
        javafx.scene.control.TextField field = robot.lookup("#formName").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> field.setText(name));
    }

    /** Adds a medicine through the real form and waits until the table shows it. */
    static void addMedicineThroughForm(org.testfx.api.FxRobot robot, String name) {
        javafx.scene.control.TableView<?> table = robot.lookup("#medicationTable").queryTableView();
        int before = table.getItems().size();
        eventually(() -> !robot.lookup("#addButton").query().isDisabled());
        robot.clickOn("#addButton");
        fillName(robot, name);
        robot.clickOn("#formSave");
        // An unrecognised name, or one matching a recorded allergy, is saved only after the form asks;
        // this helper answers as a user who means it (SafeEntryWindowTest checks the questions themselves).
        eventually(() -> table.getItems().size() == before + 1 || robot.lookup("#saveNotChecked").tryQuery().isPresent()
                || robot.lookup("#allergySaveAnyway").tryQuery().isPresent());
        if (robot.lookup("#saveNotChecked").tryQuery().isPresent()) robot.clickOn("#saveNotChecked");
        if (robot.lookup("#allergySaveAnyway").tryQuery().isPresent()) robot.clickOn("#allergySaveAnyway");
        eventually(() -> table.getItems().size() == before + 1);
    }

    /**
     * A context over {@code database} that uses the knowledge base shared by every test of this JVM
     * instead of loading its own (the window's own loading is tested by {@link StartupWindowTest}).
     */
    static AppContext context(java.nio.file.Path database) {
        AppContext context = new AppContext(database);
        context.useKnowledge(org.medlist.knowledge.BundledKnowledge.get());
        return context;
    }

    /** Only matters when a test fails: generous, so that a busy machine (two cores shared by many builds) is not mistaken for a bug. */
    private static final int LIMIT_SECONDS = 60;

    /** Waits until the condition holds. */
    public static void eventually(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + LIMIT_SECONDS + " s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
