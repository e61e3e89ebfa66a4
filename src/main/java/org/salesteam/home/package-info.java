/**
 * The home page of each role: what a rep, a manager, a director, support staff or an
 * admin sees first after signing in. Reads the other modules' public APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home")
package org.salesteam.home;
