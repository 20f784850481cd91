package id.go.wna.cases;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Which layer may know which: {@code api} maps HTTP to commands and domain to views, {@code messaging} maps the domain
 * to events, {@code service} runs the use cases on the {@code domain}. So the domain knows no layer above it, and
 * neither the use cases nor the events know the HTTP shapes of {@code api}.
 */
@AnalyzeClasses(packages = "id.go.wna.cases", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {

    @ArchTest
    static final ArchRule domain_knows_no_api_service_or_messaging = noClasses()
            .that().resideInAPackage("id.go.wna.cases.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.go.wna.cases.api..", "id.go.wna.cases.service..", "id.go.wna.cases.messaging..");

    @ArchTest
    static final ArchRule service_knows_no_api = noClasses()
            .that().resideInAPackage("id.go.wna.cases.service..")
            .should().dependOnClassesThat().resideInAPackage("id.go.wna.cases.api..");

    @ArchTest
    static final ArchRule messaging_knows_no_api = noClasses()
            .that().resideInAPackage("id.go.wna.cases.messaging..")
            .should().dependOnClassesThat().resideInAPackage("id.go.wna.cases.api..");
}
