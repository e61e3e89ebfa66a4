package org.salesteam;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries: no cycles, no access to another module's internals. Also
 * writes the module documentation (C4 and UML component diagrams, module canvases) into
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SalesTeamApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("platform",
				"team", "home");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
		assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
	}

}
