package org.salesteam.platform.web;

import java.time.Clock;

import org.salesteam.platform.AuditAction;
import org.salesteam.platform.AuditDisplay;
import org.salesteam.platform.AuditPage;
import org.salesteam.platform.AuditTrail;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /admin/audit}: the audit trail for administrators and directors, filtered,
 * newest first, one keyset page at a time. A filter value that cannot be read is marked
 * on the form and left out of the search. Values are shown as users know them
 * ({@link AuditDisplay}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
class AuditController {

	static final String PATH = "/admin/audit";

	private final AuditTrail trail;

	private final Clock clock;

	private final AuditDisplay display;

	AuditController(AuditTrail trail, Clock clock, AuditDisplay display) {
		this.trail = trail;
		this.clock = clock;
		this.display = display;
	}

	@GetMapping(PATH)
	String search(@ModelAttribute("filter") AuditSearchForm filter, BindingResult binding, Model model) {
		AuditPage page = this.trail.search(filter.toQuery(this.clock.getZone()));
		model.addAttribute("page", page);
		model.addAttribute("entries", this.display.shown(page.entries()));
		model.addAttribute("zone", this.clock.getZone());
		model.addAttribute("entityTypes", this.trail.entityTypes());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("firstPage", filter.getBefore() == null);
		model.addAttribute("newestUrl", filter.url(PATH, null));
		if (page.hasNext()) {
			model.addAttribute("olderUrl", filter.url(PATH, page.next()));
		}
		return "admin/audit";
	}

}
