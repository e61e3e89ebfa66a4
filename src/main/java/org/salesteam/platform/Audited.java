package org.salesteam.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JPA entity whose creation, changes (field by field, old → new) and deletion are
 * written to the audit trail, in the same transaction as the change itself. Read the
 * trail through {@link AuditTrail}.
 * <p>
 * Every persistent attribute is recorded except the optimistic-lock version; element
 * collections are recorded as a sorted, comma-separated list. Mark secrets with
 * {@link AuditMasked}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

	/**
	 * The stable key the trail stores as entity type, e.g. {@code user} or
	 * {@code customer}: never rename it once records exist. The admin page translates it
	 * with the message key {@code audit.entity.<key>}.
	 */
	String value();

}
