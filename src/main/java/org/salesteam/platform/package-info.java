/**
 * Cross-cutting platform: security, web layout, i18n, errors, audit trail and the base
 * types every module builds on. Its public API is the types in this package;
 * {@code internal} and {@code web} are hidden.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.salesteam.platform;
