package org.salesteam.io.internal;

import java.util.List;
import java.util.Map;

/**
 * What a file would do, found by validating it without writing anything: the rows that
 * would be created, updated (and how many rows change each field), left unchanged or
 * rejected, the references it names that the system lacks (listed first: only an admin
 * may have them created) and the row errors, translated.
 *
 * @param changedFields the changed field's label → the number of rows that change it
 */
public record ImportPreview(int rowsRead, int rowsCreated, int rowsUpdated, int rowsUnchanged, int rowsRejected,
		Map<String, Integer> changedFields, List<MissingReference> missing, List<ImportErrors.Shown> errors) {

}
