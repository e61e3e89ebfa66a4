package org.salesteam.notify.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.notify.internal.ChannelAdmin;
import org.salesteam.notify.internal.Outbox;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/notification-channels} (admins only, {@link NotifyApiAccessRules}): 企业微信
 * / 钉钉 robots and JSON webhooks. A URL to a loopback, private, link-local or metadata
 * address, or plain http, is a 422 naming {@code url}; the secret and the URL's token are
 * never returned.
 */
@RestController
@Tag(name = "notifications")
@PreAuthorize("hasRole('ADMIN')")
class ChannelApiController {

	private final ChannelAdmin admin;

	ChannelApiController(ChannelAdmin admin) {
		this.admin = admin;
	}

	@GetMapping("/api/v1/notification-channels")
	@Operation(summary = "The configured robots and webhooks")
	List<ChannelAdmin.ChannelView> list() {
		return this.admin.list();
	}

	@PostMapping("/api/v1/notification-channels")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a robot or webhook for a team (teamId) or the whole company")
	ChannelAdmin.ChannelView create(@RequestBody ChannelAdmin.NewChannel request) {
		return this.admin.create(request);
	}

	@DeleteMapping("/api/v1/notification-channels/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a robot or webhook")
	void remove(@PathVariable long id) {
		this.admin.remove(id);
	}

	@PostMapping("/api/v1/notification-channels/{id}/test")
	@Operation(summary = "Send one test message now")
	Map<String, Object> test(@PathVariable long id) {
		String error = this.admin.test(id);
		Map<String, Object> result = new HashMap<>();
		result.put("sent", error == null);
		result.put("error", error);
		return result;
	}

	@GetMapping("/api/v1/notification-channels/deliveries")
	@Operation(summary = "Deliveries: given up and waiting ones first, then the latest sent")
	List<Outbox.Row> deliveries() {
		return this.admin.deliveries();
	}

}
