package org.peaceops.intranet.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.training.application.ProgressStatus;
import org.peaceops.intranet.training.application.RosterRow;
import org.peaceops.intranet.training.application.RosterTable;
import org.peaceops.intranet.training.scorm.application.RosterScorm;
import org.peaceops.intranet.web.shell.Messages;

/** The roster file names its columns as the roster page does, in the reader's language. */
class RosterExportServletTest {

    private static final List<RosterRow> ROWS = List.of(new RosterRow("s1", "Martin, Alice", "UNMISS", "police",
            ProgressStatus.COMPLETED, null, 10L, null, 1, null));

    @Test
    void theElearningColumnsFollowTheRostersOwnUnderThePagesNameInEnglishAndFrench() {
        Map<String, RosterScorm> elearning = Map.of("s1", new RosterScorm("s1", "PASSED", new BigDecimal("90"), 2, 75));

        RosterTable en = RosterExportServlet.table(bundle(Locale.ENGLISH), ROWS, elearning);
        RosterTable fr = RosterExportServlet.table(bundle(Locale.FRENCH), ROWS, elearning);

        assertThat(en.headers()).containsExactly("Name", "Mission", "Category", "Status", "Due date", "Completed (UTC)",
                "Course version", "Score %", "E-learning", "E-learning score %", "E-learning visits",
                "E-learning time (h:mm)");
        assertThat(fr.headers()).startsWith("Nom").contains("Module en ligne", "Module en ligne : visites").hasSize(12);
        assertThat(en.headers().get(8)).isEqualTo(bundle(Locale.ENGLISH).getString("roster.scorm"));
        assertThat(en.addedCells(ROWS.get(0))).containsExactly("PASSED", new BigDecimal("90"), 2, "0:01");
    }

    @Test
    void withoutElearningTheFileHasTheRostersOwnColumnsOnly() {
        assertThat(RosterExportServlet.table(bundle(Locale.ENGLISH), ROWS, Map.of()).headers()).hasSize(8);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }
}
