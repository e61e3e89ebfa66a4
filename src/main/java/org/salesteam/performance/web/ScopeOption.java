package org.salesteam.performance.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.salesteam.performance.KpiScope;
import org.salesteam.performance.internal.ScopeChoices;

import org.springframework.context.MessageSource;

/**
 * One option of the dashboard's scope select, labelled and marked here rather than in the
 * template: a director's select lists every team, territory and rep (over a hundred
 * options at scale M), and three expressions per option were most of the page's rendering
 * (issue 22).
 */
record ScopeOption(String value, String label, boolean selected) {

	static List<ScopeOption> of(List<ScopeChoices.Choice> choices, KpiScope selected, MessageSource messages,
			Locale locale) {
		Map<String, String> kinds = new HashMap<>();
		return choices.stream().map((choice) -> {
			String kind = kinds.computeIfAbsent(choice.kind(),
					(key) -> messages.getMessage("performance.scope." + key, null, locale));
			String label = (choice.name() != null) ? kind + " · " + choice.name() : kind;
			return new ScopeOption(choice.value(), label, choice.scope().equals(selected));
		}).toList();
	}

}
