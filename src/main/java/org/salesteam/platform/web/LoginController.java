package org.salesteam.platform.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. In demo mode it lists the demo accounts; otherwise it says nothing
 * about who exists.
 */
@Controller
class LoginController {

	private static final List<String> DEMO_ACCOUNTS = List.of("director", "manager1", "manager2", "manager3", "rep1",
			"rep2", "rep6", "rep11", "support1");

	private final boolean demoEnabled;

	LoginController(@Value("${salesteam.demo.enabled:false}") boolean demoEnabled) {
		this.demoEnabled = demoEnabled;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoAccounts", this.demoEnabled ? DEMO_ACCOUNTS : List.of());
		return "login";
	}

}
