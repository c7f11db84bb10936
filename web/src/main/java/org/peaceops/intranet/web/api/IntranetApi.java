package org.peaceops.intranet.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API. Resources are listed explicitly: left to scanning, Payara's Jersey also scans the
 * EAR's lib/ and fails on third-party providers there (ARCHITECTURE.md, Runtime).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Peace operations intranet API", version = "1",
        description = "Guidance repository and training. Every call runs with the caller's permissions."))
public class IntranetApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(MeResource.class, DocumentTypesResource.class, SystemStatusResource.class, RoutesResource.class,
                SearchResource.class,
                DocumentsResource.class, DocumentDraftsResource.class, NotificationsResource.class,

                TrainingResource.class, AttestationsResource.class, InductionResource.class,
                RefreshersResource.class, ComplianceResource.class, SessionsResource.class,

                ToolboxResource.class,
                ToolboxTrendsResource.class,
                CommunitiesResource.class,

                ApiExceptionMapper.class);
    }
}
