package org.salesteam.evaluation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.salesteam.evaluation.internal.Candidate;
import org.salesteam.evaluation.internal.Interview;
import org.salesteam.evaluation.internal.Recruiting;
import org.salesteam.evaluation.internal.RecruitingProfile;
import org.salesteam.evaluation.internal.ScorecardQueries;
import org.salesteam.evaluation.internal.ScoredRole;
import org.salesteam.evaluation.internal.Trait;
import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.FormPages;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 招聘 pages: {@code /evaluation/recruiting} (what the top quartile does, positions, the
 * candidate pipeline) and {@code /evaluation/recruiting/candidates/{id}} (interviews side
 * by side with the mean per trait and the traits to discuss, the caller's interview form,
 * decision, hire, deletion). Same rights as the API.
 */
@Controller
class RecruitingPageController {

	private static final String HOME = "/evaluation/recruiting";

	private final Recruiting recruiting;

	private final RecruitingProfile profile;

	private final ScorecardQueries queries;

	private final ScorecardPageSupport support;

	private final ScorecardRows rows;

	/** A line of the profile as shown: the metric's name and both medians formatted. */
	record MeasureText(String code, String name, String topQuartile, String everyone) {
	}

	RecruitingPageController(Recruiting recruiting, RecruitingProfile profile, ScorecardQueries queries,
			ScorecardPageSupport support, ScorecardRows rows) {
		this.recruiting = recruiting;
		this.profile = profile;
		this.queries = queries;
		this.support = support;
		this.rows = rows;
	}

	@GetMapping(HOME)
	String home(@AuthenticationPrincipal UserPrincipal user, Model model) {
		model.addAttribute("positions",
				this.recruiting.positions(user).stream().map(RecruitingViews.PositionView::of).toList());
		model.addAttribute("candidates",
				this.recruiting.candidates(user, null).stream().map(RecruitingViews.CandidateView::of).toList());
		RecruitingProfile.View view = this.profile.of(user, this.queries.period(null, null));
		model.addAttribute("profile", view);
		model.addAttribute("measures",
				view.measures()
					.stream()
					.map((m) -> new MeasureText(m.code(), this.rows.name(m.code()),
							this.rows.value(ScoredRole.REP, m.code(), m.topQuartile()),
							this.rows.value(ScoredRole.REP, m.code(), m.everyone())))
					.toList());
		model.addAttribute("minHires", RecruitingProfile.MIN_HIRES);
		model.addAttribute("canWrite", user.hasAnyRole(Role.MANAGER, Role.DIRECTOR));
		model.addAttribute("teams", this.support.scopes(user));
		return "evaluation/recruiting";
	}

	@GetMapping(HOME + "/candidates/{id}")
	String candidate(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id, Model model) {
		Recruiting.Shown shown = this.recruiting.one(user, id);
		model.addAttribute("c", RecruitingViews.CandidateView.of(shown));
		model.addAttribute("traits", Arrays.asList(Trait.values()));
		boolean canWrite = user.hasAnyRole(Role.MANAGER, Role.DIRECTOR);
		model.addAttribute("canWrite", canWrite);
		model.addAttribute("canInterview",
				canWrite && shown.interviews().stream().noneMatch((i) -> i.getInterviewerId() == user.id())
						&& (shown.candidate().status() == Candidate.Status.APPLIED
								|| shown.candidate().status() == Candidate.Status.INTERVIEWING));
		model.addAttribute("minInterviewers", Recruiting.MIN_INTERVIEWERS);
		return "evaluation/candidate";
	}

	@PostMapping(HOME + "/positions")
	ModelAndView open(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) String title,
			@RequestParam(required = false) String team, RedirectAttributes flash) {
		Long teamId = (team != null && team.matches("team:\\d{1,18}")) ? Long.valueOf(team.substring(5)) : null;
		return attempt(flash, HOME, () -> this.recruiting.openPosition(user, title, teamId, null));
	}

	@PostMapping(HOME + "/positions/{id}/close")
	ModelAndView close(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return attempt(flash, HOME, () -> this.recruiting.closePosition(user, id, reason));
	}

	@PostMapping(HOME + "/positions/{id}/reopen")
	ModelAndView reopen(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return attempt(flash, HOME, () -> this.recruiting.reopenPosition(user, id, reason));
	}

	@PostMapping(HOME + "/candidates")
	ModelAndView add(@AuthenticationPrincipal UserPrincipal user, @RequestParam(required = false) Long positionId,
			@RequestParam(required = false) String fullName, @RequestParam(required = false) String phone,
			@RequestParam(required = false) String email, @RequestParam(required = false) String source,
			RedirectAttributes flash) {
		return attempt(flash, HOME,
				() -> this.recruiting.add(user, new Candidate.Form(positionId, fullName, phone, email, source)));
	}

	/**
	 * The interview form: {@code score_<TRAIT>} and {@code evidence_<TRAIT>} per trait.
	 */
	@PostMapping(HOME + "/candidates/{id}/interviews")
	ModelAndView interview(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) String basicQualities, @RequestParam Map<String, String> form,
			RedirectAttributes flash) {
		Map<String, Interview.Score> scores = new LinkedHashMap<>();
		for (Trait trait : Trait.values()) {
			String score = form.get("score_" + trait.name());
			scores.put(trait.name(),
					new Interview.Score((score != null && score.matches("[1-5]")) ? Integer.valueOf(score) : null,
							form.get("evidence_" + trait.name())));
		}
		return attempt(flash, HOME + "/candidates/" + id,
				() -> this.recruiting.interview(user, id, new Interview.Form(heldOn, scores, basicQualities)));
	}

	@PostMapping(HOME + "/candidates/{id}/decision")
	ModelAndView decide(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return attempt(flash, HOME + "/candidates/" + id, () -> this.recruiting.decide(user, id, decision, note));
	}

	@PostMapping(HOME + "/candidates/{id}/hire")
	ModelAndView hire(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String username,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hiredOn,
			RedirectAttributes flash) {
		return attempt(flash, HOME + "/candidates/" + id, () -> this.recruiting.hire(user, id, username, hiredOn));
	}

	@PostMapping(HOME + "/candidates/{id}/delete")
	ModelAndView delete(@AuthenticationPrincipal UserPrincipal user, @PathVariable long id) {
		this.recruiting.delete(user, id);
		return FormPages.seeOther(HOME);
	}

	private ModelAndView attempt(RedirectAttributes flash, String back, Runnable action) {
		try {
			action.run();
		}
		catch (BusinessRuleException ex) {
			flash.addFlashAttribute("error", this.support.message(ex));
		}
		return FormPages.seeOther(back);
	}

}
