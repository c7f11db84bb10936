package org.peaceops.intranet.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peaceops.intranet.documents.application.CatalogueEntry;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.documents.application.GuidanceQueries;
import org.peaceops.intranet.documents.application.StagedFile;
import org.peaceops.intranet.documents.application.ThemeSummary;
import org.peaceops.intranet.documents.application.drafting.DraftCommands;
import org.peaceops.intranet.documents.application.drafting.DraftFile;
import org.peaceops.intranet.documents.application.drafting.DraftText;
import org.peaceops.intranet.documents.application.drafting.NewDraft;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Classification;
import org.peaceops.intranet.web.security.CurrentUser;
import org.peaceops.intranet.web.shell.LanguageSelection;
import org.peaceops.intranet.web.shell.PageFeedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Adding documents: files first (dropped or chosen, several at once, each streamed to the store and
 * checked for what it really is), then one catalogue entry for all of them and a title and reference
 * number each; "Create drafts" makes one draft per file and sends each to text extraction.
 */
@Named
@ViewScoped
public class UploadPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UploadPage.class.getName());

    @Inject
    DraftCommands commands;

    @Inject
    GuidanceQueries guidance;

    @Inject
    DocumentTypeCatalogue documentTypes;

    @Inject
    CurrentUser user;

    @Inject
    PageFeedback feedback;

    @Inject
    LanguageSelection language;

    @Inject
    UploadLimits limits;

    private final UploadDefaults defaults = new UploadDefaults();
    private final List<UploadRow> rows = new ArrayList<>();
    private final List<RejectedFile> rejected = new ArrayList<>();
    private final List<CreatedDraft> created = new ArrayList<>();

    @PostConstruct
    void init() {
        user.caller().ifPresent(p -> defaults.setMissionCode(p.mission()));
        defaults.setLanguage(language.getLocale().getLanguage().equals("fr") ? "fr" : "en");
    }

    /** One file arrived (PrimeFaces calls this once per file); the container already holds it on disk, not in memory. */
    public void receive(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        StagedFile[] staged = new StagedFile[1];
        Optional<String> refused = feedback.refusal(() -> staged[0] = commands.stage(actor(),
                new DraftFile(file::getInputStream, name, file.getContentType())));
        deleteQuietly(file);
        if (refused.isPresent()) {
            reject(name, refused.get());
        } else {
            rows.add(new UploadRow(staged[0]));
        }
    }

    /** Makes one draft per accepted file; files whose draft is refused stay listed with the reason. */
    public void createDrafts() {
        Caller actor = actor();
        CatalogueEntry catalogue = new CatalogueEntry(defaults.getOwningOffice(), defaults.getMissionCode(),
                defaults.getClassification(), defaults.getThemeCodes());
        for (UploadRow row : List.copyOf(rows)) {
            NewDraft draft = new NewDraft(defaults.getTypeCode(), row.getReferenceNumber(),
                    DraftText.titled(row.getTitle(), defaults.getLanguage()), catalogue);
            long[] id = new long[1];
            Optional<String> refused = feedback.refusal(() -> id[0] = commands.start(actor, draft, row.getFile()));
            if (refused.isPresent()) {
                error(row.getFile().getFileName() + ": " + refused.get());
            } else {
                rows.remove(row);
                created.add(new CreatedDraft(id[0], row.getTitle(), row.getFile().getFileName()));
            }
        }
        if (rows.isEmpty() && !created.isEmpty()) {
            feedback.note("upload.created", created.size());
        }
    }

    public void remove(UploadRow row) {
        rows.remove(row);
    }

    private void reject(String name, String reason) {
        rejected.add(new RejectedFile(name, reason));
        error(name + ": " + reason);
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void deleteQuietly(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Container temp file already gone", e);
        }
    }

    private Caller actor() {
        return user.caller().orElseThrow();
    }

    public List<DocumentTypeSummary> getTypes() {
        return documentTypes.activeTypes(language.getLocale());
    }

    public List<ThemeSummary> getThemes() {
        return guidance.thematicAreas(language.getLocale());
    }

    public Classification[] getClassifications() {
        return Classification.values();
    }

    public UploadDefaults getDefaults() {
        return defaults;
    }

    public List<UploadRow> getRows() {
        return rows;
    }

    public List<RejectedFile> getRejected() {
        return rejected;
    }

    public List<CreatedDraft> getCreated() {
        return created;
    }

    public UploadLimits getLimits() {
        return limits;
    }

    /** A refused file and why, in the reader's language. */
    public record RejectedFile(String fileName, String reason) implements Serializable {
    }

    /** A draft made from an uploaded file. */
    public record CreatedDraft(long documentId, String title, String fileName) implements Serializable {
    }
}
