package org.salesteam.coaching.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesteam.coaching.internal.SalesMeeting;
import org.salesteam.coaching.internal.SalesMeetings;
import org.salesteam.coaching.internal.SelfTestItems;
import org.salesteam.coaching.internal.SelfTests;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
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
 * 销售会议 pages: the meetings the user sees with their actions (closable by owner or
 * organizer), and for managers and directors the form for a new meeting with up to three
 * actions.
 */
@Controller
class MeetingPageController {

	private static final int ACTION_ROWS = 3;

	private final SalesMeetings meetings;

	private final SelfTests tests;

	private final MessageSource messages;

	MeetingPageController(SalesMeetings meetings, SelfTests tests, MessageSource messages) {
		this.meetings = meetings;
		this.tests = tests;
		this.messages = messages;
	}

	@GetMapping("/sales-meetings")
	String list(@AuthenticationPrincipal UserPrincipal user, Model model) {
		boolean organizer = user.hasAnyRole(Role.MANAGER, Role.DIRECTOR);
		model.addAttribute("meetings", this.meetings.visible(user))
			.addAttribute("organizer", organizer)
			.addAttribute("people", organizer ? this.tests.coached(user) : List.of())
			.addAttribute("purposes", SalesMeeting.PURPOSES)
			.addAttribute("formats", SalesMeeting.FORMATS)
			.addAttribute("topics", SelfTestItems.CODES)
			.addAttribute("actionRows", ACTION_ROWS)
			.addAttribute("me", user.getUsername());
		return "coaching/meetings";
	}

	@GetMapping("/sales-meetings/{id}")
	String one(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("m", this.meetings.find(user, id)).addAttribute("me", user.getUsername());
		return "coaching/meeting";
	}

	@PostMapping("/sales-meetings")
	String hold(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> form,
			@RequestParam(name = "attendees", required = false) List<String> attendees, RedirectAttributes redirect) {
		List<SalesMeetings.ActionRequest> actions = new ArrayList<>();
		for (int i = 0; i < ACTION_ROWS; i++) {
			String description = blankToNull(form.get("action" + i));
			if (description != null) {
				String due = blankToNull(form.get("due" + i));
				actions.add(new SalesMeetings.ActionRequest(description, form.get("owner" + i),
						(due != null) ? LocalDate.parse(due) : null));
			}
		}
		String heldOn = blankToNull(form.get("heldOn"));
		try {
			SalesMeetings.Meeting meeting = this.meetings.hold(user,
					new SalesMeetings.MeetingRequest(null, (heldOn != null) ? LocalDate.parse(heldOn) : null,
							form.get("title"), blankToNull(form.get("purpose")), blankToNull(form.get("topic")),
							blankToNull(form.get("format")), form.get("agenda"), form.get("materials"),
							form.get("decisions"), (attendees != null) ? attendees : List.of(), actions));
			redirect.addFlashAttribute("message", "coaching.meeting.saved");
			return "redirect:/sales-meetings/" + meeting.id();
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("problem",
					this.messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
			return "redirect:/sales-meetings";
		}
	}

	@PostMapping("/sales-meetings/{id}/actions/{index}/close")
	String close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, @PathVariable int index,
			RedirectAttributes redirect) {
		this.meetings.close(user, id, index);
		redirect.addFlashAttribute("message", "coaching.meeting.closed");
		return "redirect:/sales-meetings/" + id;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
