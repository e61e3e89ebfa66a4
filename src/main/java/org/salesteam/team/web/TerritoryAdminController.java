package org.salesteam.team.web;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.team.Territory;
import org.salesteam.team.internal.TerritoryAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/territories}: the territory tree, new and edit forms, (de)activation. */
@Controller
@RequestMapping("/admin/territories")
class TerritoryAdminController {

	private static final String FORM = "team/admin/territory-form";

	private final TerritoryAdministration territories;

	TerritoryAdminController(TerritoryAdministration territories) {
		this.territories = territories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("territories", this.territories.tree());
		return "team/admin/territories";
	}

	@GetMapping("/new")
	String newTerritory(Model model) {
		return showForm(new NewTerritoryForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewTerritoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Territory territory = this.territories.create(form.getCode(), form.getName(), form.getParentId());
				Flash.success(redirect, "admin.territory.created", territory.getCode());
				return SeeOther.to("/admin/territories");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Territory territory = this.territories.get(id);
		return showForm(TerritoryForm.from(territory), territory, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") TerritoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Territory territory = this.territories.get(id);
		if (!result.hasErrors()) {
			try {
				this.territories.update(id, form.getName(), form.getParentId());
				Flash.success(redirect, "admin.territory.saved", territory.getCode());
				return SeeOther.to("/admin/territories");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, territory, model);
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.territory.deactivated", this.territories.deactivate(id).getCode());
		return SeeOther.to("/admin/territories");
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.territory.activated", this.territories.activate(id).getCode());
		return SeeOther.to("/admin/territories");
	}

	private String showForm(TerritoryForm form, Territory territory, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("territory", territory);
		model.addAttribute("parents",
				this.territories.tree()
					.stream()
					.filter((node) -> territory == null || node.id() != territory.getId())
					.toList());
		return FORM;
	}

}
