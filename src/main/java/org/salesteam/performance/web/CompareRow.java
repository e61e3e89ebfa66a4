package org.salesteam.performance.web;

import java.util.List;

import org.salesteam.performance.KpiValue;
import org.salesteam.performance.internal.Scorecards;
import org.salesteam.platform.Formats;

/** A row of a comparison table: the scope, its name and its formatted values. */
record CompareRow(String scope, String name, List<String> values) {

	static CompareRow of(Scorecards.Compared row, Formats fmt) {
		return new CompareRow(row.scope().value(), row.scope().name(),
				row.values().stream().map((KpiValue v) -> KpiFormatting.text(fmt, v.unit(), v.value())).toList());
	}

}
