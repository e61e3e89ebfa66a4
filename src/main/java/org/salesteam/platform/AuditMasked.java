package org.salesteam.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an {@link Audited} entity whose values must never reach the audit trail
 * (password hashes, secrets): the trail records that it was set, changed or removed, with
 * {@link AuditEntry#MASK} in place of every value.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AuditMasked {

}
