package id.go.wna.reciprocity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of reciprocity-service: the domain knows no HTTP, no use case and no topic; the service layer and the event mapping
 * (messaging) know no HTTP. "HTTP" is this service's {@code api} package and the platform's ({@code ProblemException},
 * {@code Versions}, ...): the api maps requests to commands and refusals to problems, nothing below it does.
 */
class LayersTest {

    private static final String BASE = "id.go.wna.reciprocity";
    private static final String[] HTTP = {BASE + ".api..", "id.go.wna.platform.api.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void domainDependsOnNothingInApiServiceOrMessaging() {
        noClasses().that().resideInAPackage(BASE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        BASE + ".api..", "id.go.wna.platform.api..", BASE + ".service..", BASE + ".messaging..")
                .check(CLASSES);
    }

    @Test
    void serviceDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(BASE + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .check(CLASSES);
    }

    @Test
    void messagingDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(BASE + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .check(CLASSES);
    }
}
