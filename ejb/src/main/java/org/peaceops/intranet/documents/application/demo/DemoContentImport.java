package org.peaceops.intranet.documents.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DraftGuidance;
import org.peaceops.intranet.documents.application.GuidanceLifecycleService;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.GuidanceUpload;
import org.peaceops.intranet.documents.domain.guidance.LibraryFilter;
import org.peaceops.intranet.documents.domain.guidance.VersionMetadata;
import org.peaceops.intranet.identity.application.DemoIdentities;
import org.peaceops.intranet.shared.Caller;

/**
 * Imports the demo guidance at start-up when {@code intranet.demo.content-dir} names the seeds folder
 * and the library is still empty: the demo contributor drafts and uploads each report, the demo
 * approver (another person: four eyes) approves and promulgates it. A failure is logged and leaves the
 * application running; the reports already imported stay. Instances of a cluster starting together on
 * one empty library claim the import: one of them does it.
 */
@Singleton
@Startup
@DependsOn("DocumentsSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoContentImport {

    private static final Logger LOG = Logger.getLogger(DemoContentImport.class.getName());

    @Inject
    DemoIdentities demoAccounts;

    @Inject
    @ConfigProperty(name = "intranet.demo.content-dir")
    java.util.Optional<String> contentDir;

    @Inject
    DraftGuidance drafts;

    @Inject
    GuidanceUpload uploads;

    @Inject
    GuidanceLifecycleService lifecycle;

    @Inject
    GuidanceQueries queries;

    @Inject
    org.peaceops.intranet.documents.application.preview.PagePreviews previews;

    @jakarta.annotation.Resource
    jakarta.ejb.TimerService timers;

    @Inject
    DemoContentStatus status;

    @Inject
    org.peaceops.intranet.shared.schedule.JobClaims claims;

    /**
     * Schedules the import for just after start-up rather than doing it during deployment: services
     * called while the application is still being deployed did not see the rows they had just written.
     */
    @PostConstruct
    void scheduleImport() {
        if (contentDir.isPresent() && !contentDir.get().isBlank()) {
            status.importScheduled();
            timers.createSingleActionTimer(2000, new jakarta.ejb.TimerConfig("demo-content", false));
        }
    }

    @jakarta.ejb.Timeout
    void importOnce() {
        try {
            importIntoEmptyLibrary();
        } finally {
            status.importSettled();
        }
    }

    private void importIntoEmptyLibrary() {
        Caller author = demoAccounts.find("contributor").orElseThrow();
        Caller approver = demoAccounts.find("approver").orElseThrow();
        if (queries.list(approver, new LibraryFilter(), 0, 1).getTotal() > 0) {
            LOG.info("Demo content: the library already holds documents; nothing imported.");
            return;
        }
        if (!claims.claim("demo-content", "empty-library")) {
            // Two instances started on one empty library: the other one imports.
            return;
        }
        for (DemoGuidance guidance : DemoGuidance.values()) {
            Path file = Path.of(contentDir.get(), guidance.fileName);
            try {
                importOne(guidance, file, author, approver);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Demo content: could not import " + file, e);
            }
        }
    }

    private void importOne(DemoGuidance g, Path file, Caller contributor, Caller approver) throws IOException {
        // A contributor files under their own mission or HQ only: another mission's demo document is
        // drafted by the headquarters administrator instead.
        String home = contributor.mission();
        Caller author = g.mission.equals(home) || g.mission.equals("HQ") ? contributor
                : demoAccounts.find("admin").orElseThrow();
        long id = drafts.startDraft(author, g.typeCode, g.reference,
                new CatalogueEntry("DPO Policy and Best Practices Service", g.mission, g.classification, g.themes),
                VersionMetadata.builder().titleEn(g.title).summaryEn(g.summary).languages(List.of("en"))
                        .keywords(List.of("peacekeeping", "guidance")).build());
        try (InputStream content = Files.newInputStream(file)) {
            uploads.attach(author, id, 1, content, file.getFileName().toString(), "text/plain");
        }
        lifecycle.submit(author, id, 1, "Imported demo content");
        lifecycle.approve(approver, id, 1, "Demo content approved");
        lifecycle.promulgate(approver, id, 1, g.effective);
        // The seeds are plain text: their PDF renditions (made from the text) give the previews pages.
        int pages = previews.outline(approver, id, 1).getPages();
        LOG.info(() -> "Demo content: promulgated " + g.typeCode + " " + g.reference + ", " + pages + " preview pages");
    }
}
