package org.salesteam.e2e;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Browser} parameter: emulate a phone, a 390×844 CSS-pixel touch screen that
 * honours the page's viewport meta tag (an iPhone 12–15 class device).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Phone {

	int WIDTH = 390;

	int HEIGHT = 844;

}
