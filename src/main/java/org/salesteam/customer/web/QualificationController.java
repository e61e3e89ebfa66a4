package org.salesteam.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.customer.Customer;
import org.salesteam.customer.CustomerStatus;
import org.salesteam.customer.internal.CustomerAccess;
import org.salesteam.customer.internal.ProspectQualifying;
import org.salesteam.customer.internal.QualificationCriteria;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The qualification card of the customer 360 ({@code /customers/{id}/qualification},
 * loaded into the page) and the criteria page {@code /qualification-criteria} for
 * directors and admins.
 */
@Controller
class QualificationController {

	private final CustomerAccess access;

	private final ProspectQualifying qualifying;

	private final QualificationCriteria criteria;

	QualificationController(CustomerAccess access, ProspectQualifying qualifying, QualificationCriteria criteria) {
		this.access = access;
		this.qualifying = qualifying;
		this.criteria = criteria;
	}

	@GetMapping("/customers/{id}/qualification")
	String card(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Customer customer = this.access.visible(user, id);
		model.addAttribute("customer", customer);
		model.addAttribute("prospect", customer.getStatus() == CustomerStatus.PROSPECT);
		model.addAttribute("criteria", this.criteria.active());
		List<ProspectQualifying.Qualification> history = this.qualifying.history(user, id);
		model.addAttribute("qualifications", history);
		// the form starts from the latest answers
		model.addAttribute("yes",
				history.isEmpty() ? Set.of()
						: history.get(0)
							.answers()
							.stream()
							.filter(ProspectQualifying.Answer::answer)
							.map(ProspectQualifying.Answer::criterionId)
							.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("mayEditCriteria", QualificationCriteria.mayEdit(user));
		return "customer/qualification :: card";
	}

	/** Checked boxes {@code yes} are the criteria answered yes; every other one is no. */
	@PostMapping("/customers/{id}/qualification")
	ModelAndView qualify(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(name = "yes", required = false) Set<Long> yes, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		Map<Long, Boolean> answers = new LinkedHashMap<>();
		this.criteria.active().forEach((c) -> answers.put(c.id(), yes != null && yes.contains(c.id())));
		try {
			boolean qualified = this.qualifying.qualify(user, id, answers, note).qualified();
			redirect.addFlashAttribute("message",
					qualified ? "qualification.saved.qualified" : "qualification.saved.notQualified");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WebSupport.seeOther("/customers/" + id + "#qualification");
	}

	@GetMapping("/qualification-criteria")
	String criteria(@AuthenticationPrincipal UserPrincipal user, Model model) {
		mayEdit(user);
		List<QualificationCriteria.Criterion> all = this.criteria.all();
		model.addAttribute("criteria", all);
		return "customer/qualification-criteria";
	}

	@PostMapping("/qualification-criteria")
	ModelAndView add(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		return act(redirect, () -> this.criteria.add(user, name, required));
	}

	@PostMapping("/qualification-criteria/{criterionId}")
	ModelAndView change(@AuthenticationPrincipal UserPrincipal user, @PathVariable long criterionId,
			@RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean required,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		return act(redirect, () -> this.criteria.change(user, criterionId, name, required, active));
	}

	private ModelAndView act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", "qualification.criteria.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WebSupport.seeOther("/qualification-criteria");
	}

	private static void mayEdit(UserPrincipal user) {
		if (!QualificationCriteria.mayEdit(user)) {
			throw new AccessDeniedException("qualification criteria are set by directors and admins");
		}
	}

}
