package org.salesteam.retention.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.Cohorts;
import org.salesteam.retention.internal.LossRates;
import org.salesteam.retention.internal.RetentionTargets;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention targets page (保持目标与客户群): each class's loss rate of the year against its
 * target (directors and admins change the targets here), and the cohort triangle as a
 * table and an ECharts heatmap.
 */
@Controller
class RetentionMeasuresPageController {

	private final RetentionTargets targets;

	private final LossRates lossRates;

	private final Cohorts cohorts;

	private final MessageSource messages;

	private final org.salesteam.retention.internal.CompetitorEstimates competitors;

	private final Clock clock;

	RetentionMeasuresPageController(RetentionTargets targets, LossRates lossRates, Cohorts cohorts,
			MessageSource messages, org.salesteam.retention.internal.CompetitorEstimates competitors, Clock clock) {
		this.competitors = competitors;
		this.targets = targets;
		this.lossRates = lossRates;
		this.cohorts = cohorts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/retention/measures")
	String page(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Model model) {
		LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
		model.addAttribute("asOf", date)
			.addAttribute("loss", this.lossRates.of(user, null, date))
			.addAttribute("cohorts", this.cohorts.of(user, null, date))
			.addAttribute("competitors", this.competitors.comparison(user, date.getYear()));
		return "retention/measures";
	}

	@GetMapping(path = "/retention/cohorts/chart", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> chart(@AuthenticationPrincipal UserPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		LocalDate date = (asOf != null) ? asOf : LocalDate.now(this.clock);
		return CohortChartOptions.heatmap(this.cohorts.of(user, null, date), this.messages,
				LocaleContextHolder.getLocale());
	}

	@PostMapping("/retention/targets")
	String changeTargets(@AuthenticationPrincipal UserPrincipal user, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Map<String, BigDecimal> changes = new LinkedHashMap<>();
		try {
			for (String customerClass : new String[] { "A", "B", "C" }) {
				String value = form.get("target" + customerClass);
				if (value != null && !value.isBlank()) {
					changes.put(customerClass, new BigDecimal(value.trim()));
				}
			}
			this.targets.change(user, changes);
			redirect.addFlashAttribute("message", "retention.targets.saved");
		}
		catch (NumberFormatException | BusinessRuleException ex) {
			redirect.addFlashAttribute("problem", "retention.targets.invalid");
		}
		return "redirect:/retention/measures";
	}

}
