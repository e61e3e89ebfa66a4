package org.salesteam;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.salesteam.platform.AbstractAggregate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The conventions of {@code docs/architecture.md} ("Conventions": module layout,
 * visibility, events) that neither the compiler nor {@code ApplicationModules.verify()}
 * enforces; the module map itself is kept by {@link ModularityTests}.
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.salesteam");

	@Test
	void controllersLiveInWebPackagesAndArePackagePrivate() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic();
		rule.check(MAIN);
	}

	@Test
	void controllersDoNotTalkToRepositories() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class);
		rule.check(MAIN);
	}

	@Test
	void useCasesDoNotDependOnTheWeb() {
		ArchRule rule = noClasses().that()
			.resideInAPackage("org.salesteam.(*).internal..")
			.and()
			.resideOutsideOfPackage("org.salesteam.platform..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "..web..");
		rule.check(MAIN);
	}

	@Test
	void everyEntityIsAVersionedAggregate() {
		ArchRule rule = classes().that()
			.areAnnotatedWith(Entity.class)
			.should()
			.beAssignableTo(AbstractAggregate.class)
			.because("every aggregate carries @Version for optimistic locking and an id from app_seq");
		rule.check(MAIN);
	}

	@Test
	void noFieldInjection() {
		ArchRule rule = noFields().should()
			.beAnnotatedWith(Autowired.class)
			.because("dependencies are constructor-injected so that they are explicit and testable");
		rule.check(MAIN);
	}

	@Test
	void noLazyPatchedCycles() {
		ArchRule rule = noClasses().should()
			.dependOnClassesThat()
			.areAssignableTo(Lazy.class)
			.because("a dependency cycle is fixed by design, not hidden behind @Lazy");
		rule.check(MAIN);
	}

	@Test
	void businessTimeComesFromTheInjectedClock() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("org.salesteam.platform")
			.should()
			.callMethod(java.time.LocalDate.class, "now")
			.orShould()
			.callMethod(java.time.LocalDateTime.class, "now")
			.orShould()
			.callMethod(java.time.Instant.class, "now")
			.because("dates come from the injected Clock so that rules are testable");
		rule.check(MAIN);
	}

}
