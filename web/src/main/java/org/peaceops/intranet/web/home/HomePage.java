package org.peaceops.intranet.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;
import org.peaceops.intranet.training.application.CourseCatalogue;
import org.peaceops.intranet.web.shell.LanguageSelection;

/** The home page: where to start reading and learning. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    DocumentTypeCatalogue documentTypes;

    @Inject
    CourseCatalogue courses;

    @Inject
    LanguageSelection language;

    private List<DocumentTypeSummary> guidanceTypes;

    public List<DocumentTypeSummary> getGuidanceTypes() {
        if (guidanceTypes == null) {
            guidanceTypes = documentTypes.activeTypes(language.getLocale()).stream()
                    .filter(DocumentTypeSummary::isGuidance)
                    .toList();
        }
        return guidanceTypes;
    }

    public long getPublishedCourseCount() {
        return courses.publishedCourseCount();
    }
}
