package org.salesteam.io.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code import_job} table. A job is the record of a technical process rather than a
 * business aggregate, so it is kept with plain SQL; progress is written in its own
 * transaction ({@code REQUIRES_NEW}) so that it shows while the import's transaction is
 * still open. A user sees their own jobs; an admin sees every job.
 */
@Component
public class ImportJobs {

	static final String ENTITY = "entity.importJob";

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The job if the user may see it; otherwise not found. */
	@Transactional(readOnly = true)
	public ImportJob visible(UserPrincipal user, long id) {
		return find(id).filter((job) -> job.requestedBy() == user.id() || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	/** The user's latest jobs, newest first. */
	@Transactional(readOnly = true)
	public List<ImportJob> recent(UserPrincipal user, int limit) {
		return this.jdbc
			.sql("select * from import_job where requested_by = :user order by created_at desc, id desc "
					+ "limit :limit")
			.param("user", user.id())
			.param("limit", limit)
			.query(ImportJob.class)
			.list();
	}

	Optional<ImportJob> find(long id) {
		return this.jdbc.sql("select * from import_job where id = :id")
			.param("id", id)
			.query(ImportJob.class)
			.optional();
	}

	@Transactional
	long create(String kind, ImportMode mode, ImportOptions options, String fileName, FileScan scan, String mapping,
			long requestedBy, String locale) {
		long id = this.jdbc.sql("select nextval('app_seq')").query(Long.class).single();
		this.jdbc.sql("""
				insert into import_job (id, version, kind, import_mode, write_mode, create_missing, status, file_name,
				    file_format, encoding, delimiter_char, mapping, total_rows, requested_by, locale, created_at)
				values (:id, 0, :kind, :mode, :writeMode, :createMissing, 'QUEUED', :fileName, :format, :encoding,
				    :delimiter, :mapping, :total, :user, :locale, :now)
				""")
			.param("id", id)
			.param("kind", kind)
			.param("mode", mode.name())
			.param("writeMode", options.writes().name())
			.param("createMissing", options.createMissing())
			.param("fileName", fileName)
			.param("format", scan.layout().format().name())
			.param("encoding", scan.layout().encoding())
			.param("delimiter", (int) scan.layout().delimiter())
			.param("mapping", mapping)
			.param("total", scan.rows())
			.param("user", requestedBy)
			.param("locale", locale)
			.param("now", now())
			.update();
		return id;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void started(long id) {
		this.jdbc
			.sql("update import_job set status = 'RUNNING', started_at = :now, version = version + 1 where id = :id")
			.param("now", now())
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void progress(long id, Counts counts) {
		this.jdbc.sql("""
				update import_job set rows_read = :read, rows_imported = :imported, rows_created = :created,
				    rows_updated = :updated, rows_unchanged = :unchanged, rows_rejected = :rejected,
				    version = version + 1
				where id = :id
				""")
			.param("read", counts.read())
			.param("imported", counts.imported())
			.param("created", counts.created())
			.param("updated", counts.updated())
			.param("unchanged", counts.unchanged())
			.param("rejected", counts.rejected())
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void done(long id, Counts counts) {
		progress(id, counts);
		this.jdbc.sql("update import_job set status = 'DONE', finished_at = :now where id = :id")
			.param("now", now())
			.param("id", id)
			.update();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void failed(long id, String messageKey) {
		this.jdbc.sql("""
				update import_job set status = 'FAILED', failure = :failure, finished_at = :now, version = version + 1
				where id = :id
				""").param("failure", messageKey).param("now", now()).param("id", id).update();
	}

	/** Jobs that a stopped application left unfinished; they cannot resume. */
	@Transactional
	int failUnfinished() {
		return this.jdbc.sql("""
				update import_job set status = 'FAILED', failure = 'io.failure.interrupted', finished_at = :now
				where status in ('QUEUED', 'RUNNING')
				""").param("now", now()).update();
	}

	/** Finished jobs older than {@code before}, whose files may go. */
	@Transactional(readOnly = true)
	List<Long> finishedBefore(OffsetDateTime before) {
		return this.jdbc.sql("select id from import_job where finished_at < :before")
			.param("before", before)
			.query(Long.class)
			.list();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	/** Rows of a job so far. */
	record Counts(int read, int created, int updated, int unchanged, int rejected) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		/** Rows created or updated. */
		int imported() {
			return this.created + this.updated;
		}

		Counts add(RowOutcome outcome) {
			return new Counts(this.read + 1, this.created + is(outcome, RowOutcome.Result.CREATED),
					this.updated + is(outcome, RowOutcome.Result.CHANGED),
					this.unchanged + is(outcome, RowOutcome.Result.UNCHANGED),
					this.rejected + is(outcome, RowOutcome.Result.REJECTED));
		}

		/**
		 * Nothing written: the rejected rows stay, every other row counts as read only.
		 */
		Counts rolledBack() {
			return new Counts(this.read, 0, 0, 0, this.rejected);
		}

		private static int is(RowOutcome outcome, RowOutcome.Result result) {
			return (outcome.result() == result) ? 1 : 0;
		}

	}

}
