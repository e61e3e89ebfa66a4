package org.salesteam.coaching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.CoachingEffect;
import org.salesteam.coaching.internal.TrainingNeeds;
import org.salesteam.platform.UserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/training-needs}: the data diagnosis (which survey shortcomings the rep's
 * records show, with evidence) and the ranked training list of a rep; the team view of
 * the reps the caller coaches.
 */
@RestController
@Tag(name = "coaching")
class TrainingApiController {

	private final TrainingNeeds needs;

	private final CoachingEffect effect;

	TrainingApiController(TrainingNeeds needs, CoachingEffect effect) {
		this.needs = needs;
		this.effect = effect;
	}

	@GetMapping("/api/v1/coaching-effect")
	@Operation(
			summary = "The coaching effect on a KPI (default SALES): the coached rep's change over the 8 weeks after "
					+ "a session minus the uncoached peers' change (difference in differences), with the sessions it rests on")
	CoachingEffect.Effect effect(@AuthenticationPrincipal UserPrincipal user,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String kpi) {
		return this.effect.of(user, kpi);
	}

	@GetMapping("/api/v1/training-needs")
	@Operation(summary = "The reps the caller coaches, each with the diagnosis' findings and the first three needs")
	List<TrainingNeeds.TeamRow> team(@AuthenticationPrincipal UserPrincipal user) {
		return this.needs.team(user);
	}

	@GetMapping("/api/v1/training-needs/{username}")
	@Operation(summary = "The rep's training list: self-test and manager priorities, flags, data findings and "
			+ "overdue knowledge items ranked together, with the diagnosis")
	TrainingNeeds.TrainingList list(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username) {
		return this.needs.list(user, username);
	}

	@GetMapping("/api/v1/training-needs/{username}/diagnosis")
	@Operation(summary = "The rep's data diagnosis: the handbook's survey shortcomings the records show, with evidence")
	TrainingNeeds.Diagnosis diagnosis(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username) {
		return this.needs.diagnosis(user, username);
	}

}
