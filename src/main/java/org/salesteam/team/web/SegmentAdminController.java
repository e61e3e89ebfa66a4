package org.salesteam.team.web;

import jakarta.validation.Valid;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.team.MarketSegment;
import org.salesteam.team.internal.SegmentAdministration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/segments}: market segments, new and edit forms, (de)activation. */
@Controller
@RequestMapping("/admin/segments")
class SegmentAdminController {

	private static final String FORM = "team/admin/segment-form";

	private final SegmentAdministration segments;

	SegmentAdminController(SegmentAdministration segments) {
		this.segments = segments;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("segments", this.segments.all());
		return "team/admin/segments";
	}

	@GetMapping("/new")
	String newSegment(Model model) {
		return showForm(new NewSegmentForm(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewSegmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MarketSegment segment = this.segments.create(form.getCode(), form.getName(), form.getIndustry(),
						form.getEnterpriseType());
				Flash.success(redirect, "admin.segment.created", segment.getCode());
				return SeeOther.to("/admin/segments");
			}
			catch (BusinessRuleException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return showForm(form, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		MarketSegment segment = this.segments.get(id);
		return showForm(SegmentForm.from(segment), segment, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SegmentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MarketSegment segment = this.segments.get(id);
		if (result.hasErrors()) {
			return showForm(form, segment, model);
		}
		this.segments.update(id, form.getName(), form.getIndustry(), form.getEnterpriseType());
		Flash.success(redirect, "admin.segment.saved", segment.getCode());
		return SeeOther.to("/admin/segments");
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.segment.deactivated", this.segments.deactivate(id).getCode());
		return SeeOther.to("/admin/segments");
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, RedirectAttributes redirect) {
		Flash.success(redirect, "admin.segment.activated", this.segments.activate(id).getCode());
		return SeeOther.to("/admin/segments");
	}

	private String showForm(SegmentForm form, MarketSegment segment, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("segment", segment);
		return FORM;
	}

}
