package org.salesteam.io.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code salesteam.import.*}: where uploads are kept and the limits a file must respect.
 *
 * @param dir uploaded files: {@code staging/} until a job starts, {@code jobs/} while it
 * runs and for {@code retention} afterwards (the rejected rows are cut from it). With
 * several app nodes this must be a shared volume.
 * @param maxFileSize larger uploads are refused with 413
 * @param maxRows data rows (without the header)
 * @param maxColumns columns of the widest row
 * @param maxCellLength characters of one cell
 * @param chunkSize rows validated and written together (one transaction per chunk in
 * SKIP_INVALID)
 * @param workers jobs that run at the same time
 * @param queueCapacity jobs that may wait; beyond that a new job is refused with 429
 * @param retention how long a finished job's file is kept
 */
@ConfigurationProperties("salesteam.import")
public record ImportProperties(@DefaultValue("./data/imports") Path dir, @DefaultValue("60MB") DataSize maxFileSize,
		@DefaultValue("1000000") int maxRows, @DefaultValue("200") int maxColumns,
		@DefaultValue("32767") int maxCellLength, @DefaultValue("1000") int chunkSize, @DefaultValue("1") int workers,
		@DefaultValue("20") int queueCapacity, @DefaultValue("7d") Duration retention) {

	Path staging() {
		return this.dir.resolve("staging");
	}

	Path jobs() {
		return this.dir.resolve("jobs");
	}

}
