package org.salesteam.home.web;

import java.util.List;

import org.salesteam.customer.CustomerPortfolio;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;
import org.salesteam.visit.ActivityAlerts;
import org.salesteam.visit.TodaysVisits;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: one home page whose sections follow the user's roles. Shows only real
 * figures; sections for capabilities that have not landed yet are not shown at all.
 */
@Controller
class HomeController {

	private final TeamDirectory directory;

	private final CustomerPortfolio portfolio;

	private final ActivityAlerts alerts;

	private final TodaysVisits todaysVisits;

	HomeController(TeamDirectory directory, CustomerPortfolio portfolio, ActivityAlerts alerts,
			TodaysVisits todaysVisits) {
		this.directory = directory;
		this.portfolio = portfolio;
		this.alerts = alerts;
		this.todaysVisits = todaysVisits;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("user", user);
		if (user.hasAnyRole(Role.REP, Role.MANAGER)) {
			// the field worker's day comes first: today's visits and the follow-ups due
			model.addAttribute("today", this.todaysVisits.of(user));
		}
		if (user.hasAnyRole(Role.REP, Role.MANAGER, Role.DIRECTOR, Role.ADMIN)) {
			model.addAttribute("portfolio", this.portfolio.of(user));
			model.addAttribute("portfolioScope",
					user.hasAnyRole(Role.DIRECTOR, Role.ADMIN) ? "all" : (user.hasRole(Role.MANAGER) ? "team" : "own"));
		}
		if (user.hasAnyRole(Role.MANAGER, Role.DIRECTOR)) {
			model.addAttribute("behind", this.alerts.behind(user));
		}
		if (user.hasAnyRole(Role.DIRECTOR, Role.ADMIN)) {
			model.addAttribute("teams", this.directory.allTeams());
		}
		else if (user.hasRole(Role.MANAGER)) {
			model.addAttribute("teams", this.directory.teamsManagedBy(user.id()));
		}
		else {
			model.addAttribute("teams", List.of());
		}
		this.directory.findMember(user.id())
			.map(TeamDirectory.Member::teamId)
			.flatMap((teamId) -> this.directory.allTeams().stream().filter((t) -> t.id() == teamId).findFirst())
			.ifPresent((team) -> {
				model.addAttribute("myTeam", team);
				model.addAttribute("teammates", this.directory.membersOf(team.id()));
			});
		return "home/index";
	}

}
