package org.salesteam.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * A journey through the running application in a real headless Chromium. The application
 * listens on a random port with the demo company loaded (profile {@code test}); test
 * methods take a {@link Browser} parameter, which {@link BrowserExtension} opens before
 * and closes after each test.
 * <p>
 * Tagged {@code e2e}: left out of {@code ./mvnw verify}, run by {@code ./mvnw -Pe2e
 * verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("e2e")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(BrowserExtension.class)
public @interface BrowserJourney {

}
