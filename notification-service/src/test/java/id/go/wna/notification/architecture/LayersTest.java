package id.go.wna.notification.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The layers of notification-service: {@code api} maps HTTP to commands and domain results to views, {@code messaging}
 * maps events to and from the domain, {@code service} runs the commands on the domain. The domain knows none of them,
 * and neither service nor messaging knows HTTP.
 */
class LayersTest {

    private static final String ROOT = "id.go.wna.notification";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void theDomainDependsOnNoApiServiceOrMessaging() {
        noClasses().that().resideInAPackage(ROOT + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".api..", ROOT + ".service..", ROOT + ".messaging..")
                .check(CLASSES);
    }

    @Test
    void theServiceLayerDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(ROOT + ".service..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".api..")
                .check(CLASSES);
    }

    @Test
    void messagingDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(ROOT + ".messaging..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".api..")
                .check(CLASSES);
    }
}
