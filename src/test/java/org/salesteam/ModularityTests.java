package org.salesteam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the module boundaries: no cycles, no access to another module's internals; the
 * exact list of modules; and the module map of {@code docs/architecture.md} in step with
 * the code. Also writes Modulith's documentation (C4 and UML component diagrams, module
 * canvases) into {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private static final String MAP_START = "<!-- module-map:start -->";

	private static final String MAP_END = "<!-- module-map:end -->";

	private final ApplicationModules modules = ApplicationModules.of(SalesTeamApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyCapabilityIsItsOwnModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"platform", "team", "customer", "product", "sales", "visit", "worklog", "goal", "performance", "io",
				"home", "scale", "evaluation", "retention", "service", "notify", "keyaccount", "coaching",
				"motivation");
	}

	/**
	 * The module map's rows (module, what it uses) are the modules and their direct
	 * dependencies as Modulith sees them, platform left out (every module may use it);
	 * the purpose column is prose and must not be empty. On a difference the message
	 * shows the rows to paste.
	 */
	@Test
	void theModuleMapInTheDocsIsTheModulesOfTheCode() throws IOException {
		Map<String, String> expected = new LinkedHashMap<>();
		this.modules.stream().forEach((module) -> expected.put(module.getIdentifier().toString(), uses(module)));

		String document = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
		assertThat(document).contains(MAP_START, MAP_END);
		List<String[]> rows = document
			.substring(document.indexOf(MAP_START) + MAP_START.length(), document.indexOf(MAP_END))
			.lines()
			.filter((line) -> line.startsWith("| `"))
			.map((line) -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
				.map(String::strip)
				.toArray(String[]::new))
			.toList();
		Map<String, String> documented = new LinkedHashMap<>();
		for (String[] row : rows) {
			assertThat(row).as("module, purpose, uses: %s", String.join(" | ", row)).hasSize(3);
			assertThat(row[1]).as("purpose of %s", row[0]).isNotBlank();
			documented.put(row[0].replace("`", ""), row[2]);
		}
		assertThat(documented).as("module map in %s; the rows of the code are:%n%s", ARCHITECTURE, rows(expected))
			.containsExactlyInAnyOrderEntriesOf(expected);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
		assertThat(Files.exists(Path.of("target/spring-modulith-docs/components.puml"))).isTrue();
	}

	private String uses(ApplicationModule module) {
		TreeSet<String> names = module.getDirectDependencies(this.modules)
			.uniqueModules()
			.map((dependency) -> dependency.getIdentifier().toString())
			.filter((name) -> !name.equals("platform"))
			.collect(Collectors.toCollection(TreeSet::new));
		return names.isEmpty() ? "—" : names.stream().map((name) -> "`" + name + "`").collect(Collectors.joining(", "));
	}

	private static String rows(Map<String, String> expected) {
		return expected.entrySet()
			.stream()
			.map((row) -> "| `" + row.getKey() + "` | … | " + row.getValue() + " |")
			.collect(Collectors.joining("\n"));
	}

}
