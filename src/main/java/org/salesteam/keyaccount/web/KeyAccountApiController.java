package org.salesteam.keyaccount.web;

import java.util.List;

import org.salesteam.keyaccount.internal.KeyAccountDesk;
import org.salesteam.keyaccount.internal.KeyAccountEditing;
import org.salesteam.keyaccount.internal.KeyAccountEditing.MemberRequest;
import org.salesteam.keyaccount.internal.KeyAccountList;
import org.salesteam.keyaccount.internal.TeamMember;
import org.salesteam.platform.UserPrincipal;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key-account designation and account teams (ADR 0035): read by whoever reads the
 * customer (404 otherwise); designated and staffed by managers, directors and admins (a
 * rep or support: 403) on customers they see by owner (404 otherwise); 422 names the
 * field.
 */
@RestController
@Tag(name = "key accounts")
class KeyAccountApiController {

	record DesignationRequest(Integer strategicFit, String reason) {
	}

	private final KeyAccountDesk desk;

	private final KeyAccountEditing editing;

	private final KeyAccountList list;

	KeyAccountApiController(KeyAccountDesk desk, KeyAccountEditing editing, KeyAccountList list) {
		this.desk = desk;
		this.editing = editing;
		this.list = list;
	}

	@GetMapping("/api/v1/key-accounts")
	List<KeyAccountList.Row> keyAccounts(@AuthenticationPrincipal UserPrincipal user) {
		return this.list.accounts(user);
	}

	@GetMapping("/api/v1/customers/{id}/key-account")
	KeyAccountDesk.Account account(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.desk.of(user, id);
	}

	@PutMapping("/api/v1/customers/{id}/key-account")
	KeyAccountDesk.Account designate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody DesignationRequest request) {
		this.editing.designate(user, id, request.strategicFit(), request.reason());
		return this.desk.of(user, id);
	}

	@DeleteMapping("/api/v1/customers/{id}/key-account")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void withdraw(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.editing.withdraw(user, id);
	}

	@GetMapping("/api/v1/customers/{id}/account-team")
	List<TeamMember> team(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.desk.of(user, id).team();
	}

	@PutMapping("/api/v1/customers/{id}/account-team")
	List<TeamMember> setTeam(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody List<MemberRequest> members) {
		this.editing.setTeam(user, id, members);
		return this.desk.of(user, id).team();
	}

}
