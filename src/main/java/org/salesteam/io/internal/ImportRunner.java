package org.salesteam.io.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.salesteam.platform.TooManyRequestsException;
import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditEntry;
import org.salesteam.platform.AuditLog;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.VisibilityPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import jobs on the bounded import executor, as the user who started them (their
 * rights as of the start). ALL_OR_NOTHING runs in one transaction that is rolled back
 * when any row is rejected; SKIP_INVALID commits chunk by chunk, so a crash leaves the
 * chunks before it written — running the same file again completes it, since imports are
 * idempotent. Progress is written after every chunk.
 */
@Component
class ImportRunner {

	/** The audit trail's entity type of an import run. */
	static final String AUDIT_ENTITY = "importJob";

	/** Row errors a preview lists at most. */
	static final int PREVIEW_ERRORS = 1_000;

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobs jobs;

	private final ImportErrors errors;

	private final ImportKinds kinds;

	private final ImportFiles files;

	private final VisibilityPolicy visibility;

	private final TaskExecutor executor;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final Clock clock;

	private final int chunkSize;

	private final AuditLog auditLog;

	private final org.springframework.context.MessageSource messages;

	ImportRunner(ImportJobs jobs, ImportErrors errors, ImportKinds kinds, ImportFiles files,
			VisibilityPolicy visibility, @Qualifier("importExecutor") TaskExecutor executor,
			PlatformTransactionManager transactions, ObjectMapper json, Clock clock, ImportProperties properties,
			AuditLog auditLog, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.jobs = jobs;
		this.errors = errors;
		this.kinds = kinds;
		this.files = files;
		this.visibility = visibility;
		this.executor = executor;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
		this.chunkSize = properties.chunkSize();
		this.auditLog = auditLog;
	}

	/** Queues the job; a full queue fails it and answers 429. */
	void submit(long jobId, UserPrincipal user) {
		try {
			this.executor.execute(() -> run(jobId, user));
		}
		catch (TaskRejectedException ex) {
			this.jobs.failed(jobId, "io.failure.busy");
			throw new TooManyRequestsException();
		}
	}

	void run(long jobId, UserPrincipal user) {
		ImportJob job = this.jobs.find(jobId).orElse(null);
		if (job == null || job.status() != ImportJob.Status.QUEUED) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		long started = System.nanoTime();
		try {
			this.jobs.started(jobId);
			ImportPass pass = pass(job, user);
			if (job.importMode() == ImportMode.ALL_OR_NOTHING) {
				this.transaction.executeWithoutResult((status) -> {
					pass.run();
					if (pass.counts().rejected() > 0) {
						status.setRollbackOnly();
					}
					else {
						audit(job, user, pass.counts());
					}
				});
			}
			else {
				pass.run();
				this.transaction.executeWithoutResult((status) -> audit(job, user, pass.counts()));
			}
			this.errors.save(jobId, pass.problems());
			ImportJobs.Counts counts = pass.counts();
			if (job.importMode() == ImportMode.ALL_OR_NOTHING && counts.rejected() > 0) {
				counts = counts.rolledBack();
			}
			this.jobs.done(jobId, counts);
			log.info("Import {} ({} {}) done in {} ms: {}", jobId, job.kind(), job.importMode(),
					(System.nanoTime() - started) / 1_000_000, counts);
		}
		catch (FileRejectedException ex) {
			this.jobs.failed(jobId, ex.messageKey());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			this.jobs.failed(jobId, "io.failure.concurrent");
		}
		catch (RuntimeException ex) {
			log.error("Import {} failed", jobId, ex);
			this.jobs.failed(jobId, "io.failure.unexpected");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * One audit entry per run that wrote rows (the rows themselves are written in bulk,
	 * past the entity listeners): the file, the kind, the mode and the counts, by the
	 * user who started it. See ADR 0008.
	 */
	private void audit(ImportJob job, UserPrincipal user, ImportJobs.Counts counts) {
		if (counts.imported() == 0) {
			return;
		}
		List<AuditEntry.Change> values = List.of(new AuditEntry.Change("fileName", null, job.fileName()),
				new AuditEntry.Change("kind", null, job.kind()),
				new AuditEntry.Change("mode", null, job.importMode().name()),
				new AuditEntry.Change("rowsRead", null, String.valueOf(counts.read())),
				new AuditEntry.Change("rowsImported", null, String.valueOf(counts.imported())),
				new AuditEntry.Change("rowsCreated", null, String.valueOf(counts.created())),
				new AuditEntry.Change("rowsUpdated", null, String.valueOf(counts.updated())),
				new AuditEntry.Change("rowsUnchanged", null, String.valueOf(counts.unchanged())),
				new AuditEntry.Change("rowsRejected", null, String.valueOf(counts.rejected())));
		this.auditLog.record(user.getUsername(), AUDIT_ENTITY, job.id(), AuditAction.CREATE, values);
	}

	/**
	 * Validates a staged file without writing (read-only transaction, the kind's session
	 * with {@code write} false) and tells what importing it would do.
	 */
	ImportPreview preview(ImportKind kind, UserPrincipal user, ImportMode mode, ImportOptions options,
			Map<String, String> mapping, java.nio.file.Path file, TableSource.Layout layout, java.util.Locale locale) {
		ImportContext context = new ImportContext(0, user, this.visibility.of(user), mode, options,
				LocalDate.now(this.clock));
		ImportPass pass = new ImportPass(layout, kind.open(context), mapping, file, this.chunkSize, null, (counts) -> {
		}, true);
		TransactionTemplate readOnly = new TransactionTemplate(this.transaction.getTransactionManager());
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult((status) -> pass.run());
		ImportJobs.Counts counts = pass.counts();
		Map<String, Integer> fields = new java.util.LinkedHashMap<>();
		pass.changedFields()
			.forEach((field, rows) -> fields.put(
					this.messages.getMessage("audit.field." + kind.auditEntity() + "." + field, null, field, locale),
					rows));
		return new ImportPreview(counts.read(), counts.created(), counts.updated(), counts.unchanged(),
				counts.rejected(), fields, pass.missing(), this.errors.shown(pass.problems(), locale, PREVIEW_ERRORS));
	}

	private ImportPass pass(ImportJob job, UserPrincipal user) {
		ImportKind kind = this.kinds.get(job.kind());
		Map<String, String> mapping = this.json.readValue(job.mapping(), new TypeReference<Map<String, String>>() {
		});
		ImportContext context = new ImportContext(job.id(), user, this.visibility.of(user), job.importMode(),
				job.options(), LocalDate.now(this.clock));
		TransactionTemplate perChunk = (job.importMode() == ImportMode.SKIP_INVALID) ? this.transaction : null;
		return new ImportPass(job, kind.open(context), mapping, this.files.jobFile(job.id()), this.chunkSize, perChunk,
				(counts) -> this.jobs.progress(job.id(), counts));
	}

}
