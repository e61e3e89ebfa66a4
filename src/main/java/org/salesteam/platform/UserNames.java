package org.salesteam.platform;

import java.util.Collection;
import java.util.Map;

/**
 * SPI: the names users know each other by, contributed by the module that owns users.
 * Kept here so that the platform (the audit trail's display) depends on no business
 * module.
 */
public interface UserNames {

	/**
	 * The display names of the given user ids; ids of unknown users are left out. Called
	 * once per page of values, so it must be one query.
	 */
	Map<Long, String> displayNames(Collection<Long> ids);

}
