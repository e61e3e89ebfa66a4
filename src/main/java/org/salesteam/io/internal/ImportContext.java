package org.salesteam.io.internal;

import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.Visibility;

/**
 * Who runs a job and on which day: the kind checks rights per row against the user and
 * their visibility (looked up once when the job starts). {@code jobId} names the source
 * of the audit entries the job writes (0: a preview, which writes nothing);
 * {@code options} which rows may be written and whether missing reference data is created
 * (never unless the user is an admin).
 */
record ImportContext(long jobId, UserPrincipal user, Visibility visibility, ImportMode mode, ImportOptions options,
		LocalDate today) {

	ImportContext {
		options = (options != null) ? options : ImportOptions.DEFAULT;
		if (options.createMissing() && !user.hasRole(org.salesteam.platform.Role.ADMIN)) {
			options = new ImportOptions(options.writes(), false);
		}
	}

	/** The user and the source for the customer module's bulk writes. */
	org.salesteam.customer.CustomerImports.Writer writer() {
		return new org.salesteam.customer.CustomerImports.Writer(this.user.id(), this.user.getUsername(),
				auditSource());
	}

	/** The source the job's audit entries name. */
	String auditSource() {
		return org.salesteam.platform.AuditEntry.IMPORT_JOB_SOURCE + this.jobId;
	}

}
