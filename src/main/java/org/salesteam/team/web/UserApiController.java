package org.salesteam.team.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.User;
import org.salesteam.team.internal.UserAdministration;
import org.salesteam.team.internal.UserList;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/users}: user accounts, for admins only. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "users", description = "User accounts (ADMIN only)")
class UserApiController {

	private final UserAdministration users;

	private final UserList list;

	UserApiController(UserAdministration users, UserList list) {
		this.users = users;
		this.list = list;
	}

	@GetMapping
	@Operation(summary = "List users, optionally filtered by text, role, team and active flag")
	List<UserJson.Summary> list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) Long teamId, @RequestParam(required = false) Boolean active) {
		return this.list.find(new UserList.Filter(q, role, teamId, active)).stream().map(UserJson.Summary::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One user")
	UserJson.View get(@PathVariable long id) {
		return UserJson.View.of(this.users.get(id));
	}

	@PostMapping
	@Operation(summary = "Create a user with an initial password")
	ResponseEntity<UserJson.View> create(@Valid @RequestBody UserJson.Create request) {
		User user = this.users.create(request.username(), request.password(), request.toData());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId())).body(UserJson.View.of(user));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a user's name, email, roles, team, territories and language")
	UserJson.View update(@PathVariable long id, @Valid @RequestBody UserJson.Update request,
			@AuthenticationPrincipal UserPrincipal me) {
		return UserJson.View.of(this.users.update(id, request.toData(), me.id()));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a user: they are signed out and their tokens stop working")
	UserJson.View deactivate(@PathVariable long id, @AuthenticationPrincipal UserPrincipal me) {
		return UserJson.View.of(this.users.deactivate(id, me.id()));
	}

	@PostMapping("/{id}/activate")
	@Operation(summary = "Activate a user again")
	UserJson.View activate(@PathVariable long id) {
		return UserJson.View.of(this.users.activate(id));
	}

}
