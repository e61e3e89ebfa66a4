package org.salesteam.keyaccount.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.salesteam.keyaccount.internal.AccountSwotEditing;
import org.salesteam.keyaccount.internal.HandoverItem;
import org.salesteam.keyaccount.internal.Handovers;
import org.salesteam.keyaccount.internal.KeyAccountAccess;
import org.salesteam.keyaccount.internal.KeyAccountDesk;
import org.salesteam.keyaccount.internal.KeyAccountEditing;
import org.salesteam.keyaccount.internal.KeyAccountEditing.MemberRequest;
import org.salesteam.keyaccount.internal.KeyAccountList;
import org.salesteam.keyaccount.internal.PlanStatus;
import org.salesteam.keyaccount.internal.Raci;
import org.salesteam.keyaccount.internal.RelationshipMap;
import org.salesteam.keyaccount.internal.TeamMember;
import org.salesteam.keyaccount.internal.TeamRole;
import org.salesteam.platform.UserPrincipal;

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
 * The key-account pages: the key accounts, plans and portfolios the user reads
 * ({@code /key-accounts}), and one account ({@code /customers/{id}/key-account}) with its
 * designation criteria, key-account manager and team — forms for those who manage it —
 * its hand-overs, its relationship map and its SWOT with the competitors' shares.
 */
@Controller
class KeyAccountPageController {

	private final KeyAccountAccess access;

	private final KeyAccountList list;

	private final KeyAccountDesk desk;

	private final KeyAccountEditing editing;

	private final PageErrors forms;

	private final Clock clock;

	private final RelationshipMap relationships;

	private final AccountSwotEditing swots;

	private final Handovers handovers;

	KeyAccountPageController(KeyAccountAccess access, KeyAccountList list, KeyAccountDesk desk,
			KeyAccountEditing editing, PageErrors forms, Clock clock, RelationshipMap relationships,
			AccountSwotEditing swots, Handovers handovers) {
		this.clock = clock;
		this.swots = swots;
		this.handovers = handovers;
		this.relationships = relationships;
		this.access = access;
		this.list = list;
		this.desk = desk;
		this.editing = editing;
		this.forms = forms;
	}

	/** {@code plans}: a status, or ACTIONS for the plans with the user's actions due. */
	@GetMapping("/key-accounts")
	String list(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String plans,
			Model model) {
		boolean actions = "ACTIONS".equals(plans);
		PlanStatus status = actions ? null : parse(plans);
		model.addAttribute("accounts", this.list.accounts(user));
		model.addAttribute("plans", this.list.plans(user, status, actions));
		model.addAttribute("planFilter", (status != null) ? status.name() : (actions ? "ACTIONS" : ""));
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("portfolios", this.access.readablePortfolios(user));
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		return "keyaccount/list";
	}

	@GetMapping("/customers/{id}/key-account")
	String account(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		KeyAccountDesk.Account account = this.desk.of(user, id);
		model.addAttribute("account", account);
		model.addAttribute("map", this.relationships.of(user, id));
		model.addAttribute("swot", this.swots.of(user, id));
		model.addAttribute("handovers", this.handovers.of(user, id));
		model.addAttribute("handoverItems", HandoverItem.values());
		model.addAttribute("plans",
				this.list.plans(user, null, false).stream().filter((p) -> p.customerId() == id).toList());
		model.addAttribute("mayPlan", this.access.mayPlan(user, id));
		model.addAttribute("thisYear", LocalDate.now(this.clock).getYear());
		model.addAttribute("roles", TeamRole.values());
		model.addAttribute("racis", Raci.values());
		return "keyaccount/account";
	}

	@PostMapping("/customers/{id}/key-account")
	ModelAndView designate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) Integer strategicFit, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return this.forms.run(back(id), redirect, () -> this.editing.designate(user, id, strategicFit, reason));
	}

	@PostMapping("/customers/{id}/key-account/withdraw")
	ModelAndView withdraw(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			RedirectAttributes redirect) {
		return this.forms.run(back(id), redirect, () -> this.editing.withdraw(user, id));
	}

	/** Adds a member (or changes one's role, RACI and duty), keeping the others. */
	@PostMapping("/customers/{id}/account-team")
	ModelAndView addMember(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String username, @RequestParam(required = false) String role,
			@RequestParam(required = false) String raci, @RequestParam(required = false) String duty,
			RedirectAttributes redirect) {
		return this.forms.run(back(id), redirect, () -> {
			List<MemberRequest> members = others(user, id, username);
			members.add(new MemberRequest(username, role, raci, duty));
			this.editing.setTeam(user, id, members);
		});
	}

	@PostMapping("/customers/{id}/account-team/remove")
	ModelAndView removeMember(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam String username, RedirectAttributes redirect) {
		return this.forms.run(back(id), redirect, () -> this.editing.setTeam(user, id, others(user, id, username)));
	}

	/** The team as it is, without {@code username}. */
	private List<MemberRequest> others(UserPrincipal user, long id, String username) {
		List<MemberRequest> members = new ArrayList<>();
		for (TeamMember m : this.desk.of(user, id).team()) {
			if (!m.username().equals(username)) {
				members.add(new MemberRequest(m.username(), m.role().name(),
						(m.raci() != null) ? m.raci().name() : null, m.duty()));
			}
		}
		return members;
	}

	private static String back(long id) {
		return "/customers/" + id + "/key-account";
	}

	private static PlanStatus parse(String status) {
		try {
			return (status == null || status.isBlank()) ? null : PlanStatus.valueOf(status);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
