package org.salesteam.coaching.web;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.coaching.internal.CoachingSessions;
import org.salesteam.coaching.internal.SessionList;
import org.salesteam.coaching.internal.StepFields;
import org.salesteam.coaching.internal.StepOutOfOrderException;
import org.salesteam.coaching.internal.CoachableVisits;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 培训与辅导 pages: the coaching calendar (a manager's sessions with their team, a rep's own)
 * with the form to coach a rep on a visit, and one session with the form of its next
 * step, one column so that the rep fills the debrief on the phone right after the visit.
 */
@Controller
class CoachingPageController {

	private final CoachingSessions sessions;

	private final SessionList list;

	private final CoachableVisits choices;

	private final Clock clock;

	private final MessageSource messages;

	CoachingPageController(CoachingSessions sessions, SessionList list, CoachableVisits choices, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.sessions = sessions;
		this.list = list;
		this.choices = choices;
		this.clock = clock;
	}

	@GetMapping("/coaching")
	String calendar(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "false") boolean open,
			@RequestParam(required = false) String rep, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("sessions", this.list.find(user, rep, today.minusMonths(6), null, open, 300))
			.addAttribute("visits", this.choices.forCoach(user, today))
			.addAttribute("open", open)
			.addAttribute("today", today);
		return "coaching/sessions";
	}

	@PostMapping("/coaching")
	String start(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long visitId,
			RedirectAttributes redirect) {
		try {
			return "redirect:/coaching/" + this.sessions.startOn(user, visitId).getId();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex));
			return "redirect:/coaching";
		}
	}

	@GetMapping("/coaching/{id}")
	String session(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		SessionList.Detail detail = this.list.one(user, id);
		model.addAttribute("s", SessionView.of(detail))
			.addAttribute("isCoach", detail.session().getCoachId() == user.id())
			.addAttribute("isRep", detail.session().getRepId() == user.id());
		return "coaching/session";
	}

	@PostMapping("/coaching/{id}/steps/{step}")
	String step(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable String step,
			StepFields form, RedirectAttributes redirect) {
		try {
			this.sessions.record(user, id, step, form);
			redirect.addFlashAttribute("message", "coaching.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", text(ex));
			redirect.addFlashAttribute("problemField", ex.field());
		}
		catch (StepOutOfOrderException ex) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage("coaching.error.outOfOrderPage", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/coaching/" + id;
	}

	private String text(BusinessRuleException ex) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale());
	}

}
