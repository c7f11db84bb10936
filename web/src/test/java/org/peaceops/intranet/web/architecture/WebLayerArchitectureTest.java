package org.peaceops.intranet.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web layer's seams, checked on its compiled classes: pages and resources talk to the application
 * services and their commands, never to infrastructure (blob store, Tika, PDFBox, Keycloak, exports), and
 * refusals reach them as the shared kernel's types.
 */
@AnalyzeClasses(packages = "org.peaceops.intranet.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerArchitectureTest {

    /** Infrastructure sits behind the application's ports; web sees the ports' callers only. */
    @ArchTest
    static final ArchRule webImportsNoInfrastructure = noClasses().that().resideInAPackage("org.peaceops.intranet.web..")
            .should().dependOnClassesThat().resideInAPackage("org.peaceops.intranet..infrastructure..");

    /** Web builds plain commands; the application turns them into domain input (metadata, versions). */
    @ArchTest
    static final ArchRule webBuildsNoVersionMetadata = noClasses().that().resideInAPackage("org.peaceops.intranet.web..")
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.peaceops.intranet.documents.domain.guidance.VersionMetadata");

    /** The translators read refusals by kind; no bean maps a context's own exception classes itself. */
    @ArchTest
    static final ArchRule webTranslatesNoContextRuleExceptions = noClasses().that()
            .resideInAPackage("org.peaceops.intranet.web..").should().dependOnClassesThat()
            .haveFullyQualifiedName("org.peaceops.intranet.documents.domain.guidance.GuidanceRuleException")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.peaceops.intranet.training.domain.TrainingRuleException")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.peaceops.intranet.documents.application.GuidanceRejectedException")
            .orShould().dependOnClassesThat()
            .haveFullyQualifiedName("org.peaceops.intranet.training.application.TrainingRejectedException");
}
