package org.peaceops.intranet.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.peaceops.intranet.documents.application.DocumentTypeCatalogue;
import org.peaceops.intranet.documents.application.DocumentTypeSummary;

/** The document types the repository accepts. */
@Path("/v1/document-types")
@RequestScoped
public class DocumentTypesResource {

    @Inject
    DocumentTypeCatalogue catalogue;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Active document types, named in the language of Accept-Language (en or fr)")
    public List<DocumentTypeSummary> list(@HeaderParam("Accept-Language") String acceptLanguage) {
        Locale locale = acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("fr")
                ? Locale.FRENCH : Locale.ENGLISH;
        return catalogue.activeTypes(locale);
    }
}
