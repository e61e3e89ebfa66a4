/**
 * Organisation: users and their roles, sales teams, territories and market segments, API
 * tokens, and the record visibility policy every other module applies in its queries —
 * {@link org.salesteam.team.Visibility}, with its where-clause helper, used by one access
 * class per module (ADR 0022); it reads the account teams ({@code account_team_member})
 * that the key-account capability maintains.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team")
package org.salesteam.team;
