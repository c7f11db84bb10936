package org.peaceops.intranet.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Application services of every context (documents, identity, training) reach infrastructure through
 * ports only: interfaces in the application layer, implemented in infrastructure and wired by CDI. Checked
 * here because the web module's tests see the classes of all three modules.
 */
@AnalyzeClasses(packages = "org.peaceops.intranet", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationPortsArchitectureTest {

    @ArchTest
    static final ArchRule applicationImportsNoInfrastructure = noClasses().that()
            .resideInAPackage("org.peaceops.intranet..application..").should().dependOnClassesThat()
            .resideInAPackage("org.peaceops.intranet..infrastructure..");
}
