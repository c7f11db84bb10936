package org.peaceops.intranet.web.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.peaceops.intranet.training.session.application.AttendanceSheets;
import org.peaceops.intranet.training.session.application.SheetFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.training.application.LearnerSummary;
import org.peaceops.intranet.training.application.TrainingAssignments;
import org.peaceops.intranet.training.session.application.EnrolmentView;
import org.peaceops.intranet.training.session.application.SessionDetail;
import org.peaceops.intranet.training.session.application.TrainingSessions;
import org.peaceops.intranet.training.session.domain.EvaluationQuestion;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.PageFeedback;

/**
 * A session for its trainers: the roster and the waiting list, enrolling someone found by name,
 * attendance (which completes the course for those present), the edit and cancel dialogs, and what
 * the attendees said in their evaluations.
 */
@Named
@ViewScoped
public class TrainingSessionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingSessions sessions;

    @Inject
    TrainingAssignments training;

    @Inject
    AttendanceSheets sheets;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    private long id;
    private SessionDetail detail;
    private final SessionsPage.SessionForm form = new SessionsPage.SessionForm();
    private String query;
    private List<LearnerSummary> found;
    private List<String> present = new ArrayList<>();
    private String cancelReason;
    private transient UploadedFile sheetUpload;
    private SheetFile sheet;

    public void load() {
        refresh();
        if (detail != null) {
            form.fill(detail.session());
            present = new ArrayList<>(detail.seats().stream().map(EnrolmentView::subject).toList());
        }
    }

    private void refresh() {
        detail = feedback.valueOr(() -> sessions.detail(caller(), id), null);
        sheet = detail != null && detail.session().hasSheet()
                ? feedback.valueOr(() -> sessions.sheet(caller(), id), null) : null;
    }

    /** Attaches the chosen scan as the signed attendance sheet (replacing an earlier one). */
    public void attachSheet() {
        UploadedFile file = sheetUpload;
        sheetUpload = null;
        if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
            feedback.error("session.sheet.choose");
            return;
        }
        SheetFile[] attached = new SheetFile[1];
        if (feedback.run(() -> {
            try (InputStream in = file.getInputStream()) {
                attached[0] = sheets.attach(caller(), id, in, file.getFileName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, null)) {
            feedback.note("session.sheet.attachedNow", attached[0].fileName());
        }
        deleteQuietly(file);
        refresh();
    }

    /** The attached sheet, streamed from the content store. */
    public StreamedContent getSheetDownload() {
        AttendanceSheets.Download d = sheets.download(caller(), id);
        return DefaultStreamedContent.builder().name(d.sheet().fileName()).contentType(d.sheet().mediaType())
                .stream(() -> {
                    try {
                        return Files.newInputStream(d.file());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    private static void deleteQuietly(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException | RuntimeException e) {
            // the container removes its temporary file at the end of the request anyway
        }
    }

    public UploadedFile getSheetUpload() {
        return sheetUpload;
    }

    public void setSheetUpload(UploadedFile sheetUpload) {
        this.sheetUpload = sheetUpload;
    }

    public SheetFile getSheet() {
        return sheet;
    }

    public long getSheetMegabytes() {
        return sheets.maxBytes() / (1024 * 1024);
    }

    public void search() {
        found = feedback.valueOr(() -> training.findLearners(caller(), query), List.of());
    }

    public void enrol(LearnerSummary person) {
        EnrolmentView[] e = new EnrolmentView[1];
        if (feedback.run(() -> e[0] = sessions.enrol(caller(), id, person.subject()), null)) {
            feedback.note("session.enrolled." + e[0].place(), person.name());
        }
        load();
    }

    public void withdraw(EnrolmentView person) {
        feedback.run(() -> sessions.withdraw(caller(), id, person.subject()), "session.withdrawn", person.name());
        load();
    }

    public void replan() {
        feedback.run(() -> sessions.replan(caller(), id, detail.session().version(), form.input()), "session.changed");
        load();
    }

    public void recordAttendance() {
        int[] count = new int[1];
        if (feedback.run(() -> count[0] = sessions.recordAttendance(caller(), id, detail.session().version(),
                new HashSet<>(present)), null)) {
            feedback.note("session.attendanceRecorded", count[0]);
        }
        refresh();
    }

    public void cancel() {
        int[] told = new int[1];
        if (feedback.run(() -> told[0] = sessions.cancel(caller(), id, detail.session().version(), cancelReason), null)) {
            feedback.note("session.cancelled", told[0]);
            cancelReason = null;
        }
        refresh();
    }

    private Caller caller() {
        return user.caller().orElseThrow();
    }

    public List<EvaluationQuestion> getQuestions() {
        return List.of(EvaluationQuestion.values());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** Null when the session does not exist or is not the trainer's (the page says so). */
    public SessionDetail getDetail() {
        return detail;
    }

    public SessionsPage.SessionForm getForm() {
        return form;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<LearnerSummary> getFound() {
        return found;
    }

    public List<String> getPresent() {
        return present;
    }

    public void setPresent(List<String> present) {
        this.present = present == null ? new ArrayList<>() : present;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
