package org.salesteam.team.web;

import java.util.Arrays;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message shown after a redirect (PRG). Keeps the message key and its
 * arguments as strings, so the page translates it and the session holds nothing but
 * strings.
 */
final class Flash {

	private Flash() {
	}

	static void success(RedirectAttributes attributes, String key, Object... args) {
		put(attributes, "success", key, args);
	}

	static void error(RedirectAttributes attributes, BusinessRuleException ex) {
		put(attributes, "danger", ex.messageKey(), ex.arguments());
	}

	private static void put(RedirectAttributes attributes, String level, String key, Object... args) {
		attributes.addFlashAttribute("flashLevel", level);
		attributes.addFlashAttribute("flashKey", key);
		attributes.addFlashAttribute("flashArgs", Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
	}

}
