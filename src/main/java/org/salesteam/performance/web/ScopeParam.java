package org.salesteam.performance.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the request parameter {@code scope} (e.g. {@code team:3}) to a
 * {@link org.salesteam.performance.VisibleScope} for the signed-in user through
 * {@link VisibleScopeResolver}: a scope the user may not see is 403, a malformed one 422
 * on the field {@code scope}, a missing one 400 — or, with {@link #orInitial}, the user's
 * own first scope (the dashboard's start).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface ScopeParam {

	/** Whether a missing or blank scope means the user's first scope. */
	boolean orInitial() default false;

}
