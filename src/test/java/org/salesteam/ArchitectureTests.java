package org.salesteam;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.VisibleScope;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.team.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * Visibility in one home: {@link Visibility} is the one policy, and in each module
	 * exactly one access class (named {@code …Access}) turns it into SQL — nobody else
	 * reads its owner or account ids or builds its where clause, so no list, export or
	 * read model can forget or re-invent the owner filter.
	 */
	@Test
	void onlyOneAccessClassPerModuleTurnsVisibilityIntoSql() {
		Set<String> building = Set.of("where", "ownerIdsForQuery", "ownerIds", "accountIds", "all");
		Map<String, Set<String>> byModule = new TreeMap<>();
		for (JavaClass owner : MAIN) {
			for (JavaMethodCall call : owner.getMethodCallsFromSelf()) {
				if (call.getTargetOwner().isEquivalentTo(Visibility.class) && building.contains(call.getName())
						&& !topLevel(owner).equals(Visibility.class.getName())) {
					String module = owner.getPackageName().replaceFirst("^org\\.salesteam\\.([^.]+).*$", "$1");
					byModule.computeIfAbsent(module, (k) -> new TreeSet<>()).add(topLevel(owner));
				}
			}
		}
		assertThat(byModule).as("modules that filter by visibility").isNotEmpty();
		byModule.forEach((module, callers) -> {
			assertThat(callers).as("classes of module %s that build visibility filters", module).hasSize(1);
			assertThat(callers.iterator().next()).as("the access class of module %s", module).endsWith("Access");
		});
	}

	private static String topLevel(JavaClass type) {
		String name = type.getName();
		int nested = name.indexOf('$');
		return (nested < 0) ? name : name.substring(0, nested);
	}

	/**
	 * KPI rights in one place: only the performance module's rights check makes a
	 * {@link VisibleScope}, the engine's only way in, and no controller asks for figures
	 * as the application itself.
	 */
	@Test
	void kpiScopesAreCheckedInOnePlace() {
		noClasses().that()
			.doNotHaveFullyQualifiedName("org.salesteam.performance.internal.ScopeAccess")
			.should()
			.callConstructor(VisibleScope.class, KpiScope.class, KpiViewer.class)
			.because("only Kpis.check makes a VisibleScope")
			.check(MAIN);
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.callMethod(KpiViewer.class, "system", String.class)
			.because("a request's figures are computed for its user")
			.check(MAIN);
	}

}
