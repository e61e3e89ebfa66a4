package org.salesteam.retention.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.AuditHalf;
import org.salesteam.retention.internal.ServiceAuditScore;
import org.salesteam.retention.internal.ServiceAudits;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service audit pages (服务审计, ADR 0050): a half's key accounts with their audit (the
 * largest gap, open actions) or a button to open one; one audit with the measured figures
 * beside the typed scores, the gaps largest first and the actions, all in one form.
 */
@Controller
class ServiceAuditPageController {

	private final ServiceAudits audits;

	private final Clock clock;

	ServiceAuditPageController(ServiceAudits audits, Clock clock) {
		this.audits = audits;
		this.clock = clock;
	}

	@GetMapping("/service-audits")
	String half(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String half, Model model) {
		AuditHalf current = AuditHalf.of(LocalDate.now(this.clock));
		AuditHalf shown = (half != null) ? AuditHalf.parse(half) : null;
		shown = (shown != null) ? shown : current;
		List<ServiceAudits.Row> rows = this.audits.accounts(user, shown, null, false);
		model.addAttribute("half", shown.toString())
			.addAttribute("previousHalf", shown.previous().toString())
			.addAttribute("nextHalf", shown.equals(current) ? null : next(shown).toString())
			.addAttribute("rows", rows)
			.addAttribute("audited", rows.stream().filter((row) -> row.auditId() != null).count());
		return "retention/audits";
	}

	@PostMapping("/service-audits")
	String open(@AuthenticationPrincipal UserPrincipal user, @RequestParam long customerId, @RequestParam String half,
			RedirectAttributes redirect) {
		try {
			return "redirect:/service-audits/" + this.audits.open(user, customerId, half);
		}
		catch (BusinessRuleException ex) {
			problem(redirect, ex);
			return "redirect:/service-audits?half=" + half;
		}
	}

	@GetMapping("/service-audits/{id}")
	String detail(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("audit", this.audits.detail(user, id)).addAttribute("today", LocalDate.now(this.clock));
		return "retention/audit";
	}

	@PostMapping("/service-audits/{id}/items")
	String score(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @RequestParam List<String> code,
			@RequestParam(required = false) List<String> importance, @RequestParam(required = false) List<String> ours,
			@RequestParam(required = false) List<String> competitor, @RequestParam(required = false) List<String> note,
			@RequestParam(required = false) List<String> actionOwner,
			@RequestParam(required = false) List<String> actionDueOn,
			@RequestParam(required = false) List<String> actionNote,
			@RequestParam(required = false) List<String> actionDone, RedirectAttributes redirect) {
		List<ServiceAuditScore> scores = new ArrayList<>();
		for (int row = 0; row < code.size(); row++) {
			String item = code.get(row);
			String owner = at(actionOwner, row);
			scores.add(new ServiceAuditScore(item, number(at(importance, row)), number(at(ours, row)),
					number(at(competitor, row)), at(note, row), owner, date(at(actionDueOn, row)), at(actionNote, row),
					(owner == null && at(actionDueOn, row) == null) ? null
							: (actionDone != null && actionDone.contains(item))));
		}
		try {
			this.audits.score(user, id, scores);
			redirect.addFlashAttribute("message", "retention.audit.saved");
		}
		catch (BusinessRuleException ex) {
			problem(redirect, ex);
		}
		return "redirect:/service-audits/" + id;
	}

	private static AuditHalf next(AuditHalf half) {
		return (half.number() == 1) ? new AuditHalf(half.year(), 2) : new AuditHalf(half.year() + 1, 1);
	}

	private static String at(List<String> values, int row) {
		String value = (values != null && row < values.size()) ? values.get(row) : null;
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static Integer number(String text) {
		try {
			return (text != null) ? Integer.valueOf(text) : null;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static LocalDate date(String text) {
		try {
			return (text != null) ? LocalDate.parse(text) : null;
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static void problem(RedirectAttributes redirect, BusinessRuleException ex) {
		redirect.addFlashAttribute("problem", ex.messageKey());
		redirect.addFlashAttribute("problemArgs", ex.arguments());
		redirect.addFlashAttribute("problemField", ex.field());
	}

}
