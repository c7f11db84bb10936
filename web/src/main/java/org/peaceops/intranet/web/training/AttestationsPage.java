package org.peaceops.intranet.web.training;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.attestation.application.AttestationImports;
import org.peaceops.intranet.training.attestation.application.AttestationUpload;
import org.peaceops.intranet.training.attestation.application.BatchView;
import org.peaceops.intranet.training.attestation.application.ImportOutcome;
import org.peaceops.intranet.training.attestation.application.LineView;
import org.peaceops.intranet.training.attestation.domain.ImportReport;
import org.peaceops.intranet.training.attestation.domain.Problem;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * Pre-deployment attestations: a focal point checks a file (the line-by-line report, nothing stored),
 * imports it once clean, and a second trainer verifies or rejects a pending batch. The uploaded file
 * waits in a temporary file between the check and the import, deleted when the view ends. Checking and
 * importing run in the server's managed executor while the page polls their progress: a file of
 * 100,000 lines takes a while, and the person sees how far it has come instead of a frozen page.
 */
@Named
@ViewScoped
public class AttestationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AttestationImports imports;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Resource
    transient ManagedExecutorService executor;

    /** The check or import under way (not kept if the view is serialized: the page then starts over). */
    private transient Future<?> work;
    private transient boolean importing;

    private transient UploadedFile file;
    private transient AttestationUpload upload;
    private boolean createLearners;
    private ImportReport report;
    private List<BatchView> batches = List.of();
    private BatchView selected;
    private List<LineView> lines = List.of();
    private String reason;

    public void load() {
        feedback.run(() -> batches = imports.batches(profile()), null);
    }

    /** Checks the chosen file, in the background: {@link #poll()} then shows every bad line. Stores nothing. */
    public void check() {
        if (isWorking() || !receive()) {
            return;
        }
        Caller caller = profile();
        AttestationUpload file = upload;
        boolean create = createLearners;
        importing = false;
        work = executor.submit(() -> imports.check(caller, file, create));
    }

    /** Imports the file checked (checked again: the catalogue or the records may have changed meanwhile). */
    public void importChecked() {
        if (isWorking() || upload == null && !receive()) {
            return;
        }
        Caller caller = profile();
        AttestationUpload file = upload;
        boolean create = createLearners;
        importing = true;
        work = executor.submit(() -> imports.importBatch(caller, file, create));
    }

    /** Called by the page's poll: once the work has ended, shows what came of it. */
    public void poll() {
        if (work == null || !work.isDone()) {
            return;
        }
        Future<?> done = work;
        work = null;
        // What the work's end changes: the report, the buttons, the batches, the messages.
        PrimeFaces.current().ajax().update("reportArea", "upload", "batches", "messages");
        Object[] result = new Object[1];
        if (!feedback.run(() -> result[0] = outcomeOf(done), null)) {
            return;
        }
        if (importing) {
            imported((ImportOutcome) result[0]);
        } else {
            report = (ImportReport) result[0];
            if (report.isClean()) {
                feedback.note("attestation.checkedClean", report.lines());
            }
        }
    }

    private static Object outcomeOf(Future<?> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public boolean isWorking() {
        return work != null;
    }

    /** How far the check or import has come: lines read, and the share of the file (-1 while not known, as for XLSX). */
    public AttestationUpload.Progress getProgress() {
        return upload == null ? null : upload.progress();
    }

    private void imported(ImportOutcome outcome) {
        report = outcome.report();
        if (outcome.isStored()) {
            feedback.note("attestation.imported", report.lines(), upload.fileName());
            discardUpload();
            report = null;
            load();
        } else {
            feedback.error("attestation.notImported", report.badLines());
        }
    }

    private boolean receive() {
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            if (upload != null) {
                return true;
            }
            feedback.error("attestation.chooseFile");
            return false;
        }
        discardUpload();
        report = null;
        try (InputStream in = file.getInputStream()) {
            return feedback.run(() -> upload = AttestationUpload.receive(file.getFileName(), in, imports.maxBytes()), null);
        } catch (IOException e) {
            feedback.error("attestation.error.unreadable");
            return false;
        } finally {
            file = null;
        }
    }

    public void open(BatchView batch) {
        feedback.run(() -> {
            selected = imports.batch(profile(), batch.id());
            lines = imports.lines(profile(), batch.id(), 0, 200);
        }, null);
        reason = null;
    }

    public void verify() {
        if (selected != null && feedback.run(() -> selected = imports.verify(profile(), selected.id(), selected.version()),
                "attestation.verified", selected.lines())) {
            load();
        } else {
            load();
            refreshSelected();
        }
    }

    public void reject() {
        if (selected != null && feedback.run(() -> selected = imports.reject(profile(), selected.id(), selected.version(),
                reason), "attestation.rejected")) {
            reason = null;
        } else {
            refreshSelected();
        }
        load();
    }

    private void refreshSelected() {
        if (selected != null) {
            feedback.runQuietly(() -> selected = imports.batch(profile(), selected.id()));
        }
    }

    /** The message of one problem, in the page's language. */
    public String problemKey(Problem problem) {
        return problem.key();
    }

    @PreDestroy
    void discardUpload() {
        if (upload != null) {
            upload.close();
            upload = null;
        }
    }

    private Caller profile() {
        return user.caller().orElseThrow();
    }

    public boolean isFileWaiting() {
        return upload != null;
    }

    public String getWaitingFileName() {
        return upload == null ? null : upload.fileName();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isCreateLearners() {
        return createLearners;
    }

    public void setCreateLearners(boolean createLearners) {
        this.createLearners = createLearners;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<BatchView> getBatches() {
        return batches;
    }

    public BatchView getSelected() {
        return selected;
    }

    public List<LineView> getLines() {
        return lines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public long getMaxMegabytes() {
        return imports.maxBytes() / (1024 * 1024);
    }
}
