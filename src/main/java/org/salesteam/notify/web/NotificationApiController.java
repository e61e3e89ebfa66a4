package org.salesteam.notify.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.notify.internal.Inbox;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notifications}: the caller's inbox, newest first, each
 * {@code {"id","event","text","link","createdAt","read"}} with the text in the caller's
 * language; marking one read (another user's id: 404) or all.
 */
@RestController
@Tag(name = "notifications")
class NotificationApiController {

	private final Inbox inbox;

	NotificationApiController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/notifications")
	@Operation(summary = "The caller's notifications, newest first (the latest 100)")
	List<Inbox.Item> list(@AuthenticationPrincipal UserPrincipal user, Locale locale) {
		return this.inbox.of(user.id(), locale);
	}

	@GetMapping("/api/v1/notifications/unread-count")
	@Operation(summary = "How many of the caller's notifications are unread")
	Map<String, Integer> unread(@AuthenticationPrincipal UserPrincipal user) {
		return Map.of("unread", this.inbox.unread(user.id()));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@Operation(summary = "Mark one of the caller's notifications read")
	Map<String, Object> read(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.inbox.markRead(user.id(), id);
		return Map.of("id", id, "read", true);
	}

	@PostMapping("/api/v1/notifications/read-all")
	@Operation(summary = "Mark all of the caller's notifications read")
	Map<String, Integer> readAll(@AuthenticationPrincipal UserPrincipal user) {
		return Map.of("marked", this.inbox.markAllRead(user.id()));
	}

}
