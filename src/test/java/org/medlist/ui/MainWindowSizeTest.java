package org.medlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The size the main window opens at, on screens larger and smaller than it. */
class MainWindowSizeTest {
    @Test
    void onALargeScreenTheWindowOpensAtItsOwnSize() {
        assertThat(MainWindow.startingSize(new Rectangle2D(0, 0, 1920, 1040))).isEqualTo(new Dimension2D(1280, 760));
    }

    @Test
    void onA1024By700ScreenItFitsTheScreenWithRoomForTheTitleBar() {
        Dimension2D size = MainWindow.startingSize(new Rectangle2D(0, 0, 1024, 700));
        assertThat(size.getWidth()).isEqualTo(1024);
        assertThat(size.getHeight()).isLessThanOrEqualTo(700 - 30).isGreaterThanOrEqualTo(600);
    }

    @Test
    void onlyTheSideThatDoesNotFitShrinks() {
        assertThat(MainWindow.startingSize(new Rectangle2D(0, 0, 1366, 728))).isEqualTo(new Dimension2D(1280, 688));
    }
}
