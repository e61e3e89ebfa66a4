package org.salesteam.retention.web;

import java.time.LocalDate;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.SellingReports;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The passive vs active selling page (被动销售/主动销售, ADR 0050): the reps of the scope for a
 * quarter, the mostly reactive first with the handbook's characteristics of passive
 * selling; the quarter before and after by link.
 */
@Controller
class SellingPageController {

	private final SellingReports reports;

	SellingPageController(SellingReports reports) {
		this.reports = reports;
	}

	@GetMapping("/retention/selling")
	String report(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String quarter, Model model) {
		SellingReports.Report report = this.reports.report(user, scope, quarter);
		model.addAttribute("report", report)
			.addAttribute("previousQuarter", quarterOf(report.from().minusMonths(3)))
			.addAttribute("nextQuarter", quarterOf(report.from().plusMonths(3)))
			.addAttribute("traits", SellingReports.PASSIVE_TRAITS)
			.addAttribute("thresholdPercent", Math.round(report.threshold() * 100));
		return "retention/selling";
	}

	private static String quarterOf(LocalDate start) {
		return start.getYear() + "-Q" + ((start.getMonthValue() + 2) / 3);
	}

}
