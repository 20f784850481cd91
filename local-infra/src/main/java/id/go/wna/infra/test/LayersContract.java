package id.go.wna.infra.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The one layer rule of every service: {@code api} maps HTTP to commands and domain results to views, {@code service}
 * runs the commands on the {@code domain}, {@code messaging} maps events to and from the domain. So the domain knows
 * none of the other layers, and neither service nor messaging knows HTTP. "HTTP" is the service's own {@code api}
 * package and the platform's ({@code ProblemException}, {@code Versions}, ...): below the api a service refuses with
 * the platform's transport-neutral {@code Refusal} and takes an {@code ExpectedVersion}, which the api reads from
 * If-Match. A service's test only names its root package.
 */
public abstract class LayersContract {

    /** The platform's HTTP package. */
    public static final String PLATFORM_API = "id.go.wna.platform.api..";

    private static final Map<String, JavaClasses> CLASSES = new ConcurrentHashMap<>();

    private final String root;

    /** @param root the service's root package, e.g. {@code id.go.wna.cases} */
    protected LayersContract(String root) {
        this.root = root;
    }

    @Test
    void domainDependsOnNothingInApiServiceOrMessaging() {
        noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        root + ".api..", PLATFORM_API, root + ".service..", root + ".messaging..")
                .check(classes());
    }

    @Test
    void serviceDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(root + ".service..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".api..", PLATFORM_API)
                .check(classes());
    }

    @Test
    void messagingDependsOnNothingInApi() {
        noClasses().that().resideInAPackage(root + ".messaging..")
                .should().dependOnClassesThat().resideInAnyPackage(root + ".api..", PLATFORM_API)
                .check(classes());
    }

    private JavaClasses classes() {
        return CLASSES.computeIfAbsent(root, r -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(r));
    }
}
