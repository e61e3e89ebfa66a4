package org.salesteam.io.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One read of a job's file: turns rows into {@link SourceRow}s through the mapping, hands
 * them to the kind's session in chunks and keeps the counts and the problems. With a
 * {@code perChunk} transaction each chunk commits on its own; without, the caller's
 * transaction spans the pass and writing stops at the first rejected row.
 */
final class ImportPass {

	private final TableSource.Layout layout;

	private final boolean dryRun;

	private final Map<String, Integer> changedFields = new java.util.TreeMap<>();

	private final ImportSession session;

	private final Map<String, String> mapping;

	private final Path file;

	private final int chunkSize;

	private final TransactionTemplate perChunk;

	private final Consumer<ImportJobs.Counts> progress;

	private final List<ImportErrors.Found> problems = new ArrayList<>();

	private final List<SourceRow> chunk = new ArrayList<>();

	private Map<String, Integer> columns;

	private ImportJobs.Counts counts = ImportJobs.Counts.NONE;

	ImportPass(ImportJob job, ImportSession session, Map<String, String> mapping, Path file, int chunkSize,
			TransactionTemplate perChunk, Consumer<ImportJobs.Counts> progress) {
		this(job.layout(), session, mapping, file, chunkSize, perChunk, progress, false);
	}

	/**
	 * @param dryRun validate only and write nothing (a preview): every chunk is processed
	 * with {@code write} false, in the caller's transaction
	 */
	ImportPass(TableSource.Layout layout, ImportSession session, Map<String, String> mapping, Path file, int chunkSize,
			TransactionTemplate perChunk, Consumer<ImportJobs.Counts> progress, boolean dryRun) {
		this.layout = layout;
		this.dryRun = dryRun;
		this.session = session;
		this.mapping = mapping;
		this.file = file;
		this.chunkSize = chunkSize;
		this.perChunk = perChunk;
		this.progress = progress;
	}

	void run() {
		this.layout.open(this.file).read((line, cells) -> {
			if (this.columns == null) {
				this.columns = columns(cells);
				return true;
			}
			SourceRow row = row(line, cells);
			if (!row.values().isEmpty() || cells.stream().anyMatch((cell) -> CellText.clean(cell) != null)) {
				this.chunk.add(row);
			}
			if (this.chunk.size() >= this.chunkSize) {
				flush();
			}
			return true;
		});
		flush();
		if (this.dryRun) {
			this.session.finish(false);
		}
		else if (this.perChunk != null) {
			this.perChunk.executeWithoutResult((status) -> this.session.finish(true));
		}
		else {
			this.session.finish(this.counts.rejected() == 0);
		}
	}

	ImportJobs.Counts counts() {
		return this.counts;
	}

	List<ImportErrors.Found> problems() {
		return this.problems;
	}

	/** How many rows change each field (as the owning module's change log names it). */
	Map<String, Integer> changedFields() {
		return this.changedFields;
	}

	/**
	 * The references the file names that the system lacks, with the column they are in.
	 */
	List<MissingReference> missing() {
		return this.session.missing()
			.stream()
			.map((missing) -> new MissingReference(this.mapping.getOrDefault(missing.field(), missing.field()),
					missing.value()))
			.toList();
	}

	private void flush() {
		if (this.chunk.isEmpty()) {
			return;
		}
		List<SourceRow> rows = List.copyOf(this.chunk);
		this.chunk.clear();
		List<RowOutcome> outcomes = this.dryRun ? this.session.process(rows, false)
				: (this.perChunk != null) ? this.perChunk.execute((status) -> this.session.process(rows, true))
						: this.session.process(rows, this.counts.rejected() == 0);
		for (RowOutcome outcome : outcomes) {
			this.counts = this.counts.add(outcome);
			outcome.changedFields().forEach((field) -> this.changedFields.merge(field, 1, Integer::sum));
			for (RowProblem problem : outcome.problems()) {
				String column = (problem.field() != null) ? this.mapping.get(problem.field()) : null;
				this.problems.add(new ImportErrors.Found(outcome.line(), column, problem.value(), problem.messageKey(),
						problem.arguments()));
			}
		}
		this.progress.accept(this.counts);
	}

	/** Mapped field → column index, the leftmost column of each header. */
	private Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> result = new LinkedHashMap<>();
		this.mapping.forEach((field, wanted) -> {
			for (int i = 0; i < header.size(); i++) {
				if (wanted.equals(CellText.clean(header.get(i)))) {
					result.put(field, i);
					return;
				}
			}
		});
		return result;
	}

	private SourceRow row(int line, List<String> cells) {
		Map<String, String> values = new LinkedHashMap<>();
		this.columns.forEach((field, index) -> {
			String value = (index < cells.size()) ? CellText.clean(cells.get(index)) : null;
			if (value != null) {
				values.put(field, value);
			}
		});
		return new SourceRow(line, values);
	}

}
