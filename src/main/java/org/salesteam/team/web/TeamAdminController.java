package org.salesteam.team.web;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.team.SalesTeam;
import org.salesteam.team.internal.OrganisationChoices;
import org.salesteam.team.internal.TeamAdministration;
import org.salesteam.team.internal.TeamList;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/teams}: the team list, new and edit forms, members, (de)activation. */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private static final String FORM = "team/admin/team-form";

	private final TeamAdministration teams;

	private final TeamList list;

	private final OrganisationChoices choices;

	TeamAdminController(TeamAdministration teams, TeamList list, OrganisationChoices choices) {
		this.teams = teams;
		this.list = list;
		this.choices = choices;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", this.list.all());
		return "team/admin/teams";
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		return showForm(new TeamForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				SalesTeam team = this.teams.create(form.getName(), form.getManagerId(), form.getSegmentId());
				Flash.success(redirect, "admin.team.created", team.getName());
				return SeeOther.to("/admin/teams/" + team.getId() + "/members");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		SalesTeam team = this.teams.get(id);
		return showForm(TeamForm.from(team), team, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SalesTeam team = this.teams.get(id);
		if (!result.hasErrors()) {
			try {
				this.teams.update(id, form.getName(), form.getManagerId(), form.getSegmentId());
				Flash.success(redirect, "admin.team.saved", form.getName().trim());
				return SeeOther.to("/admin/teams");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, team, model);
	}

	@GetMapping("/{id}/members")
	String members(@PathVariable long id, Model model) {
		return showMembers(this.teams.get(id), MembersForm.of(this.teams.memberIds(id)), model);
	}

	@PostMapping("/{id}/members")
	String assignMembers(@PathVariable long id, @ModelAttribute("form") MembersForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		SalesTeam team = this.teams.get(id);
		try {
			this.teams.assignMembers(id, form.getRepIds());
			Flash.success(redirect, "admin.team.membersSaved", team.getName());
			return SeeOther.to("/admin/teams");
		}
		catch (BusinessRuleException ex) {
			FormErrors.reject(result, ex);
			return showMembers(team, form, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.team.deactivated", this.teams.deactivate(id).getName());
		return SeeOther.to("/admin/teams");
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.team.activated", this.teams.activate(id).getName());
		return SeeOther.to("/admin/teams");
	}

	private String showForm(TeamForm form, SalesTeam team, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("team", team);
		model.addAttribute("managers", this.choices.managers());
		model.addAttribute("segments", this.choices.segments());
		return FORM;
	}

	private String showMembers(SalesTeam team, MembersForm form, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("form", form);
		model.addAttribute("reps", this.choices.repsWithTeam());
		return "team/admin/team-members";
	}

}
