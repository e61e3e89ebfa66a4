package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.Handovers;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's hand-over form ({@code POST /customers/{id}/hand-over}): the new
 * manager's username, the ticked checklist items and a note; a broken rule is shown on
 * the page as a message (ADR 0048).
 */
@Controller
class HandoverPageController {

	private final Handovers handovers;

	private final PageErrors forms;

	HandoverPageController(Handovers handovers, PageErrors forms) {
		this.handovers = handovers;
		this.forms = forms;
	}

	@PostMapping("/customers/{id}/hand-over")
	ModelAndView handOver(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String to, @RequestParam(required = false) List<String> checklist,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return this.forms.run("/customers/" + id + "/key-account#handover", redirect,
				() -> this.handovers.handOver(user, id, to, checklist, note));
	}

}
