package org.salesteam.io.internal;

import java.util.List;

import org.salesteam.platform.UserPrincipal;

/**
 * A kind of record that files can import — the plug-in point of the import engine. A kind
 * is a Spring bean in this package; the engine finds every bean of this type and offers
 * it under {@link #name()} on the API ({@code kind=…}), the pages and the example
 * templates. Adding a kind needs no change to the engine.
 *
 * <h2>Contract</h2>
 * <ol>
 * <li>{@link #fields()} are the target fields: the keys of the request's {@code mapping}
 * (target field → the file's column header). Labels, synonyms for the suggested mapping,
 * the example row of the template and the required flag come from here. Message keys:
 * {@code io.field.<kind>.<field>} (label), {@code io.example.<kind>.<field>} (example),
 * {@code io.hint.<kind>.<field>} (optional hint in the template).</li>
 * <li>{@link #allows(UserPrincipal)} decides who may import this kind at all (403
 * otherwise); record-level rights are checked per row by the session.</li>
 * <li>{@link #open(ImportContext)} is called once per job, on the worker thread. The
 * session keeps what the job has seen (keys of earlier rows, looked-up references) so
 * that a file is treated as a whole: a key twice in one file is rejected on its second
 * row.</li>
 * <li>{@link ImportSession#process} receives consecutive chunks of rows in file order and
 * returns one {@link RowOutcome} per row, in order. It never throws for a bad row — it
 * reports it ({@link RowValues} collects problems with the field they belong to).
 * <ul>
 * <li>ALL_OR_NOTHING: every chunk runs in one transaction; {@code write} is true until
 * the first rejected row, then false (validate only: nothing may be created, not even
 * missing references), and the transaction is rolled back if any row was rejected.</li>
 * <li>SKIP_INVALID: one transaction per chunk, {@code write} always true; the valid rows
 * of the chunk are written, the rejected ones not.</li>
 * </ul>
 * An exception out of {@code process} fails the whole job (status FAILED).</li>
 * <li>A session honours the job's {@link ImportOptions#writes()}: a row the choice
 * excludes is not written and its outcome is UNCHANGED. A CHANGED outcome names the
 * fields that change ({@link RowOutcome#changedFields()}, as {@link #auditEntity()}'s
 * change log names them) for the preview.</li>
 * <li>Idempotence: a row matches a stored record by its natural key; when the merged
 * record equals the stored one the outcome is {@link RowOutcome.Result#UNCHANGED} and
 * nothing is written. A blank cell keeps the stored value (a file cannot clear a
 * field).</li>
 * <li>Writes go through the owning module's public API (e.g.
 * {@code customer.CustomerImports}) in JDBC batches, one call per chunk, never row by
 * row.</li>
 * <li>{@link ImportSession#finish} runs once after the last chunk (in the file's
 * transaction, or in one of its own with SKIP_INVALID) for what is done once per
 * job.</li>
 * </ol>
 *
 * <h2>Kinds</h2>
 * <ul>
 * <li>{@code customers}, {@code contacts}: REP, MANAGER, DIRECTOR, ADMIN. A territory or
 * segment a customers file names that the system lacks is a row error unless an admin
 * chose to create the missing ones ({@link ImportOptions#createMissing()}); the session
 * reports them through {@link ImportSession#missing()} for the preview (ADR 0023).</li>
 * <li>{@code products} ({@link ProductImportKind}) — natural key product code; category
 * created if missing. Allowed: ADMIN, DIRECTOR.</li>
 * <li>{@code orders} ({@link OrderImportKind}) — one row per order line. Target fields
 * (issue 3, Contracts): {@code orderNumber}*, {@code lineNumber} (the line's key inside
 * the file; without it lines are keyed by order and position — never by product, an order
 * can hold the same product twice), {@code orderDate}*, {@code customerCode}*,
 * {@code customerName}, {@code customerSegment}, {@code territoryCode},
 * {@code repUsername}, {@code productCode}*, {@code productName},
 * {@code productCategory}, {@code quantity}*, {@code unitPrice}, {@code discount}
 * (fraction 0–1), {@code lineAmount} (net; default quantity × unit price × (1 −
 * discount)), {@code lineCost} or {@code lineProfit}, {@code status}
 * ({@code cancelled}/{@code 已取消}, any case, cancels the order; blank, {@code confirmed},
 * {@code delivered} are valid; anything else is a row error). Missing customers,
 * segments, territories, categories and products are created; a rep named must exist.
 * Allowed: ADMIN, DIRECTOR.</li>
 * </ul>
 */
interface ImportKind {

	/** The API name: {@code customers}, {@code contacts}, … */
	String name();

	List<ImportField> fields();

	boolean allows(UserPrincipal user);

	ImportSession open(ImportContext context);

	/**
	 * The audit trail's entity type of the records this kind writes, whose field labels
	 * ({@code audit.field.<type>.<field>}) name the fields a preview says will change.
	 */
	default String auditEntity() {
		return name();
	}

}
