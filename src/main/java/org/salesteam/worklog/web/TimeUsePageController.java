package org.salesteam.worklog.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.worklog.TimeUseCategory;
import org.salesteam.worklog.internal.TimeEntryLogging;
import org.salesteam.worklog.internal.TimeUseQueries;
import org.salesteam.worklog.internal.TimeUseSummary;
import org.salesteam.worklog.internal.WorklogAccess;
import org.salesteam.worklog.internal.WorklogChoices;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /time-use}: the quick daily entry of one's own minutes per category (a rep's
 * categories; a manager's five families), and the summary of a visible user over a period
 * — the selling ÷ non-selling ratio and the families against the benchmark — with its
 * charts.
 */
@Controller
class TimeUsePageController {

	private static final String MINUTES = "minutes[";

	private final TimeEntryLogging logging;

	private final TimeUseQueries queries;

	private final WorklogChoices choices;

	private final MessageSource messages;

	private final Clock clock;

	TimeUsePageController(TimeEntryLogging logging, TimeUseQueries queries, WorklogChoices choices,
			MessageSource messages, Clock clock) {
		this.logging = logging;
		this.queries = queries;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/time-use")
	String page(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = (date != null && !date.isAfter(today)) ? date : today;
		LocalDate[] period = period(from, to, today);
		boolean mayLog = WorklogAccess.mayLog(user);
		model.addAttribute("mayLog", mayLog);
		model.addAttribute("day", day);
		model.addAttribute("today", today);
		if (mayLog) {
			List<TimeUseQueries.Day> logged = this.queries.days(user, null, day, day);
			model.addAttribute("dayMinutes", logged.isEmpty() ? Map.of() : logged.get(0).minutes());
		}
		model.addAttribute("repCategories",
				(user.hasRole(Role.REP) || !WorklogAccess.leads(user)) ? TimeUseCategory.repCategories() : List.of());
		model.addAttribute("families", WorklogAccess.leads(user) ? TimeUseCategory.families() : List.of());
		TimeUseSummary summary = this.queries.summary(user, username, period[0], period[1]);
		model.addAttribute("summary", summary);
		model.addAttribute("from", period[0]);
		model.addAttribute("to", period[1]);
		model.addAttribute("workers", this.choices.workers(user));
		return "worklog/time-use";
	}

	@PostMapping("/time-use")
	ModelAndView log(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		try {
			this.logging.replaceDay(user, null, date, minutes(params));
			redirect.addFlashAttribute("message", "worklog.time.saved");
		}
		catch (BusinessRuleException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			redirect.addFlashAttribute("errorArgs", ex.arguments());
		}
		return WorklogWeb.seeOther("/time-use" + ((date != null) ? "?date=" + date : ""));
	}

	@GetMapping(path = "/time-use/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "categories") String kind) {
		LocalDate[] period = period(from, to, LocalDate.now(this.clock));
		TimeUseSummary summary = this.queries.summary(user, username, period[0], period[1]);
		return "families".equals(kind)
				? TimeUseChartOptions.families(summary, this.messages, LocaleContextHolder.getLocale())
				: TimeUseChartOptions.categories(summary, this.messages, LocaleContextHolder.getLocale());
	}

	/** The period asked for, the last four weeks by default, its ends in order. */
	private static LocalDate[] period(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = (to != null) ? to : today;
		LocalDate start = (from != null) ? from : WorklogWeb.defaultFrom(end);
		if (start.isAfter(end)) {
			return new LocalDate[] { end, start };
		}
		if (start.plusYears(3).isBefore(end)) {
			return new LocalDate[] { end.minusYears(3), end };
		}
		return new LocalDate[] { start, end };
	}

	/**
	 * The form's {@code minutes[CATEGORY]} fields; blanks count as 0, non-numbers break a
	 * rule.
	 */
	private static Map<TimeUseCategory, Integer> minutes(Map<String, String> params) {
		Map<TimeUseCategory, Integer> minutes = new EnumMap<>(TimeUseCategory.class);
		params.forEach((name, value) -> {
			if (name.startsWith(MINUTES) && name.endsWith("]")) {
				TimeUseCategory category = category(name.substring(MINUTES.length(), name.length() - 1));
				if (category != null && value != null && !value.isBlank()) {
					try {
						minutes.put(category, Integer.valueOf(value.trim()));
					}
					catch (NumberFormatException ex) {
						throw BusinessRuleException.onField("minutes", "worklog.validation.number");
					}
				}
			}
		});
		return minutes;
	}

	private static TimeUseCategory category(String name) {
		try {
			return TimeUseCategory.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
