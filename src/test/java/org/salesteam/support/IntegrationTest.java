package org.salesteam.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application and a real database, with the demo company loaded.
 * Runs twice in {@code ./mvnw verify}: on H2 (surefire's default run) and on PostgreSQL
 * 15 (the {@code postgres-test} run, tag {@code db}); see
 * {@link TestDatabaseInitializer}. Sessions are stored in the database as in production;
 * {@link MockMvcSessions} carries them between MockMvc requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
@ActiveProfiles("test")
@Tag("db")
public @interface IntegrationTest {

}
