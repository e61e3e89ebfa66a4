package org.salesteam.coaching.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.salesteam.coaching.internal.SelfTestItems;
import org.salesteam.coaching.internal.SelfTestScoring;
import org.salesteam.coaching.internal.SelfTests;
import org.salesteam.platform.UserPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/self-tests}: the skills self-test (知识与技巧测验表). The rep rates importance
 * (3 非常重要 / 2 普通重要 / 1 不重要) and ability (3 能胜任 / 2 普通 / 1 需要改善) of each item, the rep's
 * manager or a director adds {@code managerAbility}; priority = importance × (3 −
 * ability), ≥ 4 a training need, |rep − manager| ≥ 2 flagged. Values outside 1–3 are 422
 * naming the item.
 */
@RestController
@Tag(name = "coaching")
class SelfTestApiController {

	record ItemName(String code, String name) {
	}

	record RatingsRequest(List<SelfTests.Rating> items) {
	}

	record ItemView(String code, String name, Integer importance, Integer ability, Integer managerAbility,
			Integer priority, boolean trainingNeed, boolean flagged) {
	}

	record ResultView(String username, String name, LocalDate takenOn, LocalDate ratedOn, BigDecimal meanPriority,
			List<ItemView> items) {
	}

	record HeatmapView(List<ItemName> items, List<String> reps, List<String> repNames, List<List<Integer>> priorities,
			List<BigDecimal> means) {
	}

	private final SelfTests tests;

	private final MessageSource messages;

	SelfTestApiController(SelfTests tests, MessageSource messages) {
		this.tests = tests;
		this.messages = messages;
	}

	@GetMapping("/api/v1/self-tests/items")
	@Operation(summary = "The items of the skills self-test")
	List<ItemName> items() {
		return SelfTestItems.CODES.stream().map(this::item).toList();
	}

	@PutMapping("/api/v1/self-tests/{username}")
	@Operation(summary = "The rep's own ratings (importance, ability) or, by the rep's manager or a director, "
			+ "managerAbility on the latest test; answers the latest test scored")
	ResultView rate(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username,
			@RequestBody RatingsRequest body) {
		return view(this.tests.rate(user, username, body.items()));
	}

	@GetMapping("/api/v1/self-tests/{username}/latest")
	@Operation(summary = "The rep's latest test: every item with priority, trainingNeed and flagged")
	ResultView latest(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username) {
		return view(this.tests.latest(user, username));
	}

	@GetMapping("/api/v1/self-tests/{username}/trend")
	@Operation(summary = "Every test of the rep, oldest first, with mean priority and counts")
	List<SelfTests.Point> trend(@AuthenticationPrincipal UserPrincipal user, @PathVariable String username) {
		return this.tests.trend(user, username);
	}

	@GetMapping("/api/v1/self-tests/heatmap")
	@Operation(summary = "Mean priority per item over the latest tests of the reps the caller coaches (team=id)")
	HeatmapView heatmap(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long team) {
		SelfTests.Heatmap map = this.tests.heatmap(user, team);
		return new HeatmapView(map.items().stream().map(this::item).toList(),
				map.reps().stream().map((rep) -> rep.username()).toList(),
				map.reps().stream().map((rep) -> rep.displayName()).toList(), map.priorities(), map.means());
	}

	private ItemName item(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return new ItemName(code, this.messages.getMessage(SelfTestItems.nameKey(code), null, locale));
	}

	ResultView view(SelfTests.Result result) {
		return new ResultView(result.username(), result.name(), result.takenOn(), result.ratedOn(),
				result.meanPriority(), result.items().stream().map(this::view).toList());
	}

	private ItemView view(SelfTestScoring.ItemScore score) {
		return new ItemView(score.code(), item(score.code()).name(), score.importance(), score.ability(),
				score.managerAbility(), score.priority(), score.trainingNeed(), score.flagged());
	}

}
