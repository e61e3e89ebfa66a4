package org.salesteam.retention.web;

import java.util.List;
import java.util.Map;

import org.salesteam.platform.UserPrincipal;
import org.salesteam.retention.internal.ReviewReferrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals as prospects (ADR 0051): the API lists a meeting's referred prospects and
 * registers one.
 */
@RestController
@Tag(name = "retention")
class ReviewReferralApiController {

	record ReferralBody(String name) {
	}

	private final ReviewReferrals referrals;

	ReviewReferralApiController(ReviewReferrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/api/v1/account-reviews/{id}/referrals")
	@Operation(summary = "The prospects registered from the meeting's referrals")
	List<ReviewReferrals.Referral> list(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		return this.referrals.of(user, id);
	}

	@PostMapping("/api/v1/account-reviews/{id}/referrals")
	@Operation(summary = "Register a company the key account referred in the held meeting as a prospect (source "
			+ "REFERRAL) of the account's owner, linked to the meeting; 422 on status (not held) or name (blank, "
			+ "too long, a stored customer's name)")
	ResponseEntity<Map<String, Long>> register(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestBody ReferralBody body) {
		long customer = this.referrals.register(user, id, body.name());
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", customer));
	}

}
