package org.salesteam.customer.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.salesteam.customer.CustomerClass;
import org.salesteam.customer.internal.ClassOverride;
import org.salesteam.customer.internal.CustomerOwnership;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.team.TeamDirectory;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/bulk/…}: re-assign or re-classify many customers at once, with
 * the rules of the single-record actions (a manager within their team, directors and
 * admins anywhere; reps neither: 403). All or nothing: one customer the caller may not
 * see answers 404 and nothing is written; transfers take the open opportunities along.
 */
@RestController
@Tag(name = "customers")
class CustomerBulkApiController {

	record ReassignRequest(
			@NotEmpty(message = "{customer.validation.required}") @Size(max = 1000,
					message = "{customer.validation.tooMany}") List<@NotNull Long> ids,
			@NotNull(message = "{customer.validation.required}") String ownerUsername) {
	}

	record ReclassifyRequest(
			@NotEmpty(message = "{customer.validation.required}") @Size(max = 1000,
					message = "{customer.validation.tooMany}") List<@NotNull Long> ids,
			@JsonAlias("class") @NotNull(message = "{customer.validation.required}") CustomerClass customerClass,
			@Size(max = 500, message = "{customer.validation.max.reason}") String reason) {
	}

	/** How many of the customers changed; the others already had that owner or class. */
	record BulkResult(int requested, int changed) {
	}

	private final CustomerOwnership ownership;

	private final ClassOverride classOverride;

	private final TeamDirectory directory;

	CustomerBulkApiController(CustomerOwnership ownership, ClassOverride classOverride, TeamDirectory directory) {
		this.ownership = ownership;
		this.classOverride = classOverride;
		this.directory = directory;
	}

	@PostMapping("/api/v1/customers/bulk/reassign")
	@Operation(summary = "Give many customers to a rep, with their open opportunities (all or nothing)")
	BulkResult reassign(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody ReassignRequest request) {
		long owner = this.directory.findMemberByUsername(request.ownerUsername())
			.filter(TeamDirectory.Member::active)
			.map(TeamDirectory.Member::id)
			.orElseThrow(() -> BusinessRuleException.onField("ownerUsername", "customer.error.unknownUser",
					request.ownerUsername()));
		List<Long> ids = request.ids().stream().distinct().toList();
		return new BulkResult(ids.size(), this.ownership.transfer(user, ids, owner));
	}

	@PostMapping("/api/v1/customers/bulk/reclassify")
	@Operation(summary = "Set the class of many customers by hand, with a reason (all or nothing)")
	BulkResult reclassify(@AuthenticationPrincipal UserPrincipal user, @Valid @RequestBody ReclassifyRequest request) {
		List<Long> ids = request.ids().stream().distinct().toList();
		return new BulkResult(ids.size(), this.classOverride.execute(user, ids, request.customerClass(),
				(request.reason() != null) ? request.reason() : ""));
	}

}
