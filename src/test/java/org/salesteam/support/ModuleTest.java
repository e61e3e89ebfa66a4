package org.salesteam.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of one application module against a real database: Spring Modulith's
 * {@link ApplicationModuleTest} starts only the module of the test's package, the modules
 * it uses directly ({@link BootstrapMode#DIRECT_DEPENDENCIES}, by default) and the shared
 * {@code platform}, with the demo data of those modules only. Every test class of one
 * module (and mode) shares one context and one database; a module's context never sees
 * another module's listeners, so a test that needs a reaction across modules is an
 * {@link IntegrationTest}. Like {@link IntegrationTest} it runs on H2 and again on
 * PostgreSQL (tag {@code db}, {@link TestDatabaseInitializer}), with MockMvc and database
 * sessions ({@link MockMvcSessions}). See {@code docs/architecture.md}, "Tests".
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
@ActiveProfiles("test")
@Tag("db")
public @interface ModuleTest {

	/** Which other modules start with the module under test. */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode mode() default BootstrapMode.DIRECT_DEPENDENCIES;

	/**
	 * Modules to start as well, by name, e.g. one that listens to the module's events.
	 */
	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
	String[] extraIncludes() default {};

}
