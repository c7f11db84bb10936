package org.peaceops.intranet.toolbox.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.demo.DemoContentStatus;
import org.peaceops.intranet.identity.application.DemoIdentities;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.application.Filing;
import org.peaceops.intranet.toolbox.application.ReportDraftingService;
import org.peaceops.intranet.toolbox.application.ReportReview;

/**
 * Files and publishes the demo Toolbox reports ({@link DemoReport}) at start-up when demo content is
 * configured ({@code intranet.demo.content-dir}, as for the demo guidance) and the demo contributor has
 * filed nothing yet: the contributor files each report with its recommendations, the mission's Best
 * Practices Officer (another person: four eyes) publishes it. Through the services, so the reports are
 * audited, indexed for search and on the board like any other. A failure is logged; the rest goes on.
 */
@Singleton
@Startup
@DependsOn({"ToolboxSchemaMigration", "DocumentsSchemaMigration"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ToolboxDemoContent {

    private static final Logger LOG = Logger.getLogger(ToolboxDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "intranet.demo.content-dir")
    Optional<String> contentDir;

    @Inject
    DemoIdentities demoAccounts;

    @Inject
    ReportDraftingService drafting;

    @Inject
    ReportReview review;

    @Inject
    DemoContentStatus status;

    @Resource
    TimerService timers;

    /** After start-up, as the guidance import: services called during deployment did not see their own rows. */
    @PostConstruct
    void scheduleImport() {
        if (contentDir.isPresent() && !contentDir.get().isBlank()) {
            status.importScheduled();
            timers.createSingleActionTimer(2500, new TimerConfig("toolbox-demo-content", false));
        }
    }

    @Timeout
    void importOnce() {
        try {
            Caller author = demoAccounts.find("contributor").orElseThrow();
            Caller officer = demoAccounts.find("bpo").orElseThrow();
            if (!drafting.mine(author).isEmpty()) {
                LOG.info("Demo content: the demo contributor has filed Toolbox reports already; none imported.");
                return;
            }
            for (DemoReport report : DemoReport.all()) {
                importOne(report, author, officer);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo content: the Toolbox reports could not be imported", e);
        } finally {
            status.importSettled();
        }
    }

    private void importOne(DemoReport report, Caller author, Caller officer) {
        try {
            Filing filing = drafting.file(author, report.typeCode(), report.title(), report.values(),
                    report.recommendations());
            long id = filing.reportId().orElseThrow(() -> new IllegalStateException(
                    "Demo report '" + report.title() + "' refused: " + filing.problems()));
            review.publish(officer, id, report.classification());
            LOG.info(() -> "Demo content: published Toolbox report " + id + " " + report.typeCode());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo content: could not import the Toolbox report '" + report.title() + "'", e);
        }
    }
}
