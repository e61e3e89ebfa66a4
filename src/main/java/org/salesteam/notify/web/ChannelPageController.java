package org.salesteam.notify.web;

import org.salesteam.notify.internal.ChannelAdmin;
import org.salesteam.notify.internal.ChannelKind;
import org.salesteam.notify.internal.RobotFormat;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/notification-channels} (admins, as all of {@code /admin/**}): the robots
 * and webhooks, a form to add one, test and remove buttons, and the recent deliveries
 * with the ones given up first.
 */
@Controller
@RequestMapping("/admin/notification-channels")
class ChannelPageController {

	private static final String PAGE = "notify/channels";

	private final ChannelAdmin admin;

	private final TeamDirectory directory;

	ChannelPageController(ChannelAdmin admin, TeamDirectory directory) {
		this.admin = admin;
		this.directory = directory;
	}

	@GetMapping
	String page(Model model) {
		return show(new ChannelForm(), model);
	}

	@PostMapping
	Object create(@ModelAttribute("form") ChannelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			this.admin.create(form.toRequest());
			redirect.addFlashAttribute("notice", "notify.channels.saved");
			return FormPages.seeOther("/admin/notification-channels");
		}
		catch (BusinessRuleException ex) {
			FormPages.reject(result, ex);
			return show(form, model);
		}
	}

	@PostMapping("/{id}/test")
	ModelAndView test(@PathVariable long id, RedirectAttributes redirect) {
		String error = this.admin.test(id);
		redirect.addFlashAttribute("notice",
				(error == null) ? "notify.channels.testSent" : "notify.channels.testFailed");
		redirect.addFlashAttribute("noticeArg", error);
		redirect.addFlashAttribute("noticeOk", error == null);
		return FormPages.seeOther("/admin/notification-channels");
	}

	@PostMapping("/{id}/remove")
	ModelAndView remove(@PathVariable long id, RedirectAttributes redirect) {
		this.admin.remove(id);
		redirect.addFlashAttribute("notice", "notify.channels.removed");
		return FormPages.seeOther("/admin/notification-channels");
	}

	private String show(ChannelForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("channels", this.admin.list());
		model.addAttribute("deliveries", this.admin.deliveries());
		model.addAttribute("catalogue", this.admin.robotCatalogue());
		model.addAttribute("kinds", ChannelKind.values());
		model.addAttribute("formats", RobotFormat.values());
		model.addAttribute("teams", this.directory.allTeams());
		return PAGE;
	}

}
