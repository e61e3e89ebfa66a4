package org.salesteam.coaching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.KnowledgeChecklist;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/knowledge/{username}}: the rep's knowledge checklist (知识清单) — every item
 * with {@code status} (DONE, EXPIRED, OPEN, OVERDUE) and {@code proof}, and
 * {@code readiness} = required items done ÷ required items; proofs recorded per item.
 */
@RestController
@Tag(name = "coaching")
class KnowledgeApiController {

	private final KnowledgeChecklist checklist;

	KnowledgeApiController(KnowledgeChecklist checklist) {
		this.checklist = checklist;
	}

	@GetMapping("/api/v1/knowledge/{username}")
	@Operation(summary = "The rep's knowledge checklist with each item's status and proof, and the readiness")
	KnowledgeChecklist.Checklist of(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username) {
		return this.checklist.of(user, username);
	}

	@PostMapping("/api/v1/knowledge/{username}/items/{code}/proof")
	@Operation(summary = "Record a proof: QUIZ {score ≥ 80} and MANAGER_SIGNOFF by the rep's manager or a director; "
			+ "ARTIFACT {evidence} and DATA_CHECK {customerIds: the rep's top prospects, ≥ 90 % of the system's top "
			+ "⌈20 %⌉ by potential} by the rep or the coach; OBSERVED_VISIT comes from a completed coaching session")
	KnowledgeChecklist.Checklist prove(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@PathVariable String code, @RequestBody(required = false) KnowledgeChecklist.ProofRequest body) {
		return this.checklist.prove(user, username, code, body);
	}

}
