package org.salesteam.notify.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.salesteam.notify.NoticeTypes;

import org.springframework.stereotype.Component;

/**
 * Every event type the modules contribute ({@link NoticeTypes}), and which of them robots
 * may receive: all but the personal ones.
 */
@Component
class NoticeCatalogue {

	private final List<NoticeTypes> catalogues;

	NoticeCatalogue(List<NoticeTypes> catalogues) {
		this.catalogues = catalogues;
	}

	/** Every type: the inbox and e-mail choices. */
	Set<String> all() {
		Set<String> types = new TreeSet<>();
		this.catalogues.forEach((c) -> types.addAll(c.types()));
		return types;
	}

	/** The types a robot or webhook may subscribe to. */
	Set<String> forRobots() {
		Set<String> types = all();
		this.catalogues.forEach((c) -> types.removeAll(c.personal()));
		return types;
	}

	boolean personal(String type) {
		return this.catalogues.stream().anyMatch((c) -> c.personal().contains(type));
	}

}
