package org.salesteam.io.internal;

import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

/**
 * Who runs a job and on which day: the kind checks rights per row against the user and
 * their visibility (looked up once when the job starts).
 */
record ImportContext(UserPrincipal user, Visibility visibility, ImportMode mode, LocalDate today) {

}
