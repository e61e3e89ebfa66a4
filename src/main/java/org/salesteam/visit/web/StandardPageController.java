package org.salesteam.visit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.StandardPeriod;
import org.salesteam.visit.internal.IsoWeeks;
import org.salesteam.visit.internal.StandardCompliance;
import org.salesteam.visit.internal.StandardEditing;
import org.salesteam.visit.internal.VisitStandards;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /visit-standards}: setting the activity standards (managers, directors, admins)
 * and the compliance grid rep × week.
 */
@Controller
class StandardPageController {

	private static final int WEEKS = 8;

	private static final int MONTHS = 6;

	private final StandardEditing editing;

	private final StandardCompliance compliance;

	private final Clock clock;

	StandardPageController(StandardEditing editing, StandardCompliance compliance, Clock clock) {
		this.editing = editing;
		this.compliance = compliance;
		this.clock = clock;
	}

	@GetMapping("/visit-standards")
	String edit(@AuthenticationPrincipal UserPrincipal user, Model model) {
		if (!this.editing.mayEdit(user)) {
			throw new AccessDeniedException("standards are set by managers");
		}
		model.addAttribute("standards", this.editing.list(user));
		model.addAttribute("teams", this.editing.teams(user));
		model.addAttribute("reps", this.editing.reps(user));
		model.addAttribute("periods", StandardPeriod.values());
		return "activity/standards";
	}

	/** {@code scope} is {@code default}, {@code team:<id>} or {@code rep:<id>}. */
	@PostMapping("/visit-standards")
	ModelAndView set(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "") String scope,
			@RequestParam(required = false) StandardPeriod period, @RequestParam(defaultValue = "0") int minVisits,
			@RequestParam(defaultValue = "0") int minNewProspects, @RequestParam(defaultValue = "0") int minConversions,
			@RequestParam(defaultValue = "0") int minProposals, RedirectAttributes redirect) {
		Long teamId = scope.startsWith("team:") ? parse(scope.substring(5)) : null;
		Long repId = scope.startsWith("rep:") ? parse(scope.substring(4)) : null;
		try {
			this.editing.set(user, teamId, repId, period,
					new VisitStandards.Minimums(minVisits, minNewProspects, minConversions, minProposals));
			redirect.addFlashAttribute("message", "standard.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return Web.seeOther("/visit-standards");
	}

	@GetMapping("/visit-standards/compliance")
	String compliance(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String lastWeek,
			@RequestParam(required = false) String lastMonth, Model model) {
		YearMonth month = Web.month(lastMonth, this.clock);
		model.addAttribute("monthRows", this.compliance.monthGrid(user, month, MONTHS));
		model.addAttribute("lastMonth", month.toString());
		model.addAttribute("previousMonth", month.minusMonths(MONTHS).toString());
		model.addAttribute("nextMonth", month.plusMonths(MONTHS).toString());
		LocalDate last = (lastWeek != null) ? IsoWeeks.monday(lastWeek) : IsoWeeks.mondayOf(LocalDate.now(this.clock));
		model.addAttribute("rows", this.compliance.grid(user, IsoWeeks.of(last), WEEKS));
		model.addAttribute("previous", IsoWeeks.of(last.minusWeeks(WEEKS)));
		model.addAttribute("next", IsoWeeks.of(last.plusWeeks(WEEKS)));
		model.addAttribute("mayEdit", this.editing.mayEdit(user));
		return "activity/compliance";
	}

	private static Long parse(String id) {
		try {
			return Long.valueOf(id);
		}
		catch (NumberFormatException ex) {
			throw BusinessRuleException.onField("scope", "standard.validation.unknownScope");
		}
	}

}
