package org.peaceops.intranet.training.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The training context (lms) reaches the ejb module only through its application services, their
 * DTOs and events, and the shared kernel (ARCHITECTURE.md, Modules): never another context's model or
 * infrastructure, so documents and identity can change their entities and storage without breaking it.
 */
@AnalyzeClasses(packages = "org.peaceops.intranet.training", importOptions = ImportOption.DoNotIncludeTests.class)
class TrainingArchitectureTest {

    /**
     * The first exception, stated: {@code identity.domain.Action} is the access policy's vocabulary, and
     * training asks identity's AccessControl service "may this person MANAGE_TRAINING here?" with it.
     */
    private static final String POLICY_ACTIONS = "org.peaceops.intranet.identity.domain.Action";
    /**
     * The second exception: training's own schema migration at startup extends the platform's
     * StartupSchemaMigration, so every context's Flyway history runs the same way before JPA is used.
     */
    private static final String STARTUP_MIGRATION = "org.peaceops.intranet.platform.infrastructure.StartupSchemaMigration";

    @ArchTest
    static final ArchRule noDomainOrInfrastructureOfTheEjbContexts = noClasses().should().dependOnClassesThat(
            resideInAnyPackage("org.peaceops.intranet.documents.domain..",
                    "org.peaceops.intranet.documents.infrastructure..",
                    "org.peaceops.intranet.identity.domain..",
                    "org.peaceops.intranet.identity.infrastructure..",
                    "org.peaceops.intranet.platform.infrastructure..")
                    .and(not(name(POLICY_ACTIONS)))
                    .and(not(name(STARTUP_MIGRATION))))
            .because("lms calls ejb through its public service interfaces, never its entities or repositories");

    /** Training's model is its own: it knows other contexts only by identifiers and kernel values. */
    @ArchTest
    static final ArchRule trainingDomainUsesOnlyItselfAndTheKernel = noClasses().that()
            .resideInAPackage("org.peaceops.intranet.training.domain..").should().dependOnClassesThat()
            .resideInAnyPackage("org.peaceops.intranet.documents..", "org.peaceops.intranet.identity..",
                    "org.peaceops.intranet.platform..", "org.peaceops.intranet.training.application..",
                    "org.peaceops.intranet.training.infrastructure..");
}
