/**
 * Organisation: users and their roles, sales teams, territories and market segments, API
 * tokens, and the record visibility policy every other module applies in its queries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team")
package org.salesteam.team;
