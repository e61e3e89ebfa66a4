package org.salesteam.visit.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.visit.internal.IsoWeeks;
import org.salesteam.visit.internal.VisitCalendar;
import org.salesteam.visit.internal.VisitChoices;
import org.salesteam.visit.internal.VisitFilter;
import org.salesteam.visit.internal.VisitList;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /visits/calendar}: week and month views of the visible visits (the user's own by
 * default), and the user's private calendar feed URL, renewed or revoked here.
 */
@Controller
class VisitCalendarPageController {

	/** One day of the calendar with its visits. */
	record Day(LocalDate date, boolean inMonth, boolean today, List<VisitList.Row> visits) {
	}

	private final VisitList visits;

	private final VisitChoices choices;

	private final VisitCalendar calendar;

	private final Clock clock;

	VisitCalendarPageController(VisitList visits, VisitChoices choices, VisitCalendar calendar, Clock clock) {
		this.visits = visits;
		this.choices = choices;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/visits/calendar")
	String calendar(@AuthenticationPrincipal UserPrincipal user, @RequestParam(defaultValue = "week") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) Long repId, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (date != null) ? date : today;
		boolean month = "month".equals(view);
		LocalDate from = month ? IsoWeeks.mondayOf(day.withDayOfMonth(1)) : IsoWeeks.mondayOf(day);
		LocalDate to = month
				? day.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))
				: from.plusDays(6);
		Long rep = (repId != null) ? repId : Long.valueOf(user.id());
		Map<LocalDate, List<VisitList.Row>> byDay = new LinkedHashMap<>();
		this.visits.find(user, new VisitFilter(null, null, rep, null, from, to, true, 0, 500))
			.items()
			.forEach((row) -> byDay.computeIfAbsent(row.visitDate(), (d) -> new ArrayList<>()).add(row));
		List<Day> days = new ArrayList<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.add(new Day(d, !month || d.getMonth() == day.getMonth(), d.equals(today),
					byDay.getOrDefault(d, List.of())));
		}
		model.addAttribute("month", month);
		model.addAttribute("day", day);
		model.addAttribute("days", days);
		model.addAttribute("repId", rep);
		model.addAttribute("reps", this.choices.reps(user));
		model.addAttribute("previous", month ? day.minusMonths(1) : day.minusWeeks(1));
		model.addAttribute("next", month ? day.plusMonths(1) : day.plusWeeks(1));
		model.addAttribute("feedUrl",
				this.calendar.token(user.id())
					.map((token) -> ServletUriComponentsBuilder.fromCurrentContextPath()
						.path("/api/v1/visit-calendar/{token}.ics")
						.buildAndExpand(token)
						.toUriString())
					.orElse(null));
		return "activity/calendar";
	}

	@PostMapping("/visits/calendar/feed")
	ModelAndView renew(@AuthenticationPrincipal UserPrincipal user, RedirectAttributes redirect) {
		this.calendar.renew(user.id());
		redirect.addFlashAttribute("message", "calendar.feed.renewed");
		return Web.seeOther("/visits/calendar");
	}

	@PostMapping("/visits/calendar/feed/revoke")
	ModelAndView revoke(@AuthenticationPrincipal UserPrincipal user, RedirectAttributes redirect) {
		this.calendar.revoke(user.id());
		redirect.addFlashAttribute("message", "calendar.feed.revoked");
		return Web.seeOther("/visits/calendar");
	}

}
