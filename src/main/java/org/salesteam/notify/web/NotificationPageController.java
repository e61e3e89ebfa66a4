package org.salesteam.notify.web;

import java.util.Locale;

import org.salesteam.notify.internal.Inbox;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /notifications}: the inbox page; {@code /notifications/bell}, the header's bell
 * with the unread count (polled by htmx); opening one marks it read and goes to its page.
 */
@Controller
class NotificationPageController {

	private final Inbox inbox;

	NotificationPageController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal UserPrincipal user, Locale locale, Model model) {
		model.addAttribute("items", this.inbox.of(user.id(), locale));
		model.addAttribute("unread", this.inbox.unread(user.id()));
		return "notify/notifications";
	}

	@GetMapping("/notifications/bell")
	String bell(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("unread", this.inbox.unread(user.id()));
		return "notify/bell :: bell";
	}

	@PostMapping("/notifications/{id}/open")
	ModelAndView open(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		String link = this.inbox.markRead(user.id(), id);
		return FormPages.seeOther((link != null && link.startsWith("/")) ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	ModelAndView readAll(@AuthenticationPrincipal UserPrincipal user) {
		this.inbox.markAllRead(user.id());
		return FormPages.seeOther("/notifications");
	}

}
