package org.salesteam.team.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.User;
import org.salesteam.team.internal.OrganisationChoices;
import org.salesteam.team.internal.UserAdministration;
import org.salesteam.team.internal.UserList;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: the user list (htmx requests get only the results), new and edit
 * forms, and the account actions. Every change answers 303 to a page that shows what
 * happened.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String FORM = "team/admin/user-form";

	private final UserAdministration users;

	private final UserList list;

	private final OrganisationChoices choices;

	UserAdminController(UserAdministration users, UserList list, OrganisationChoices choices) {
		this.users = users;
		this.list = list;
		this.choices = choices;
	}

	@GetMapping
	String list(@ModelAttribute("filter") UserFilterForm filter, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		response.addHeader("Vary", "HX-Request");
		model.addAttribute("users", this.list.find(filter.toFilter()));
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.choices.teams());
		return (htmx != null) ? "team/admin/users :: results" : "team/admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return showForm(new NewUserForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User user = this.users.create(form.getUsername(), form.getPassword(), form.toData());
				Flash.success(redirect, "admin.user.created", user.getUsername());
				return SeeOther.to("/admin/users/" + user.getId());
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		User user = this.users.get(id);
		return showForm(UserForm.from(user), user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			@AuthenticationPrincipal UserPrincipal me, Model model, RedirectAttributes redirect) {
		User user = this.users.get(id);
		if (!result.hasErrors()) {
			try {
				this.users.update(id, form.toData(), me.id());
				Flash.success(redirect, "admin.user.saved", user.getUsername());
				return SeeOther.to("/admin/users/" + id);
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, user, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		User user = this.users.get(id);
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", form);
			return showForm(UserForm.from(user), user, model);
		}
		this.users.resetPassword(id, form.getPassword());
		Flash.success(redirect, "admin.user.passwordReset", user.getUsername());
		return SeeOther.to("/admin/users/" + id);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal UserPrincipal me, RedirectAttributes redirect) {
		try {
			User user = this.users.deactivate(id, me.id());
			Flash.success(redirect, "admin.user.deactivated", user.getUsername());
		}
		catch (BusinessRuleException ex) {
			Flash.error(redirect, ex);
		}
		return SeeOther.to("/admin/users/" + id);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		User user = this.users.activate(id);
		Flash.success(redirect, "admin.user.activated", user.getUsername());
		return SeeOther.to("/admin/users/" + id);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		User user = this.users.unlock(id);
		Flash.success(redirect, "admin.user.unlocked", user.getUsername());
		return SeeOther.to("/admin/users/" + id);
	}

	private String showForm(UserForm form, User user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordResetForm());
		}
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.choices.teams());
		model.addAttribute("territories", this.choices.territories());
		model.addAttribute("languages", Languages.TAGS);
		return FORM;
	}

}
