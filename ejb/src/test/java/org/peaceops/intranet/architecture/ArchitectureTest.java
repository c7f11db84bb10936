package org.peaceops.intranet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of the ejb module's contexts (documents, identity, platform) and of the shared
 * kernel, checked on the compiled main classes: a new dependency that breaks one fails the build.
 */
@AnalyzeClasses(packages = "org.peaceops.intranet", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Contexts depend on each other in one direction only, so each can be read and changed alone. */
    @ArchTest
    static final ArchRule noCyclesBetweenContexts = slices().matching("org.peaceops.intranet.(*)..")
            .should().beFreeOfCycles();

    /** A context's model speaks its own terms and the shared kernel's, never another context's model. */
    @ArchTest
    static final ArchRule noDomainImportsAnotherContextsDomain = slices()
            .matching("org.peaceops.intranet.(*).domain..").should().notDependOnEachOther();

    /** The kernel is what every context may use, so it uses none of them. */
    @ArchTest
    static final ArchRule sharedKernelImportsNoContext = noClasses().that()
            .resideInAPackage("org.peaceops.intranet.shared..").should().dependOnClassesThat()
            .resideInAnyPackage("org.peaceops.intranet.documents..", "org.peaceops.intranet.identity..",
                    "org.peaceops.intranet.training..", "org.peaceops.intranet.platform..",
                    "org.peaceops.intranet.toolbox..", "org.peaceops.intranet.web..");

    /** Plain Java: the kernel's values travel anywhere (session state, events, tests) without a container. */
    @ArchTest
    static final ArchRule sharedKernelIsPlainJava = noClasses().that()
            .resideInAPackage("org.peaceops.intranet.shared..").should().dependOnClassesThat()
            .resideInAnyPackage("jakarta..", "org.eclipse..");
}
