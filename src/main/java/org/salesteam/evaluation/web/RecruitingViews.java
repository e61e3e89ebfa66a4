package org.salesteam.evaluation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.salesteam.evaluation.internal.Candidate;
import org.salesteam.evaluation.internal.Interview;
import org.salesteam.evaluation.internal.InterviewSummary;
import org.salesteam.evaluation.internal.RecruitPosition;
import org.salesteam.evaluation.internal.Recruiting;

/** The JSON of recruiting: positions, candidates with their interviews read together. */
final class RecruitingViews {

	record PositionView(long id, String title, Long teamId, LocalDate openedOn, String status, String statusReason,
			LocalDate statusChangedOn) {

		static PositionView of(RecruitPosition position) {
			return new PositionView(position.getId(), position.getTitle(), position.getTeamId(), position.getOpenedOn(),
					position.getStatus(), position.getStatusReason(), position.getStatusChangedOn());
		}

	}

	record ScoreView(String trait, String group, int score, String evidence) {

		static ScoreView of(Interview.TraitScore s) {
			return new ScoreView(s.trait().name(), s.trait().group().name(), s.score(), s.evidence());
		}

	}

	record InterviewView(long id, long interviewerId, String interviewer, LocalDate heldOn, String basicQualities,
			List<ScoreView> scores) {

	}

	record TraitView(String trait, String group, BigDecimal mean, Integer lowest, Integer highest, boolean discuss) {

		static TraitView of(InterviewSummary.TraitLine line) {
			return new TraitView(line.trait().name(), line.trait().group().name(), line.mean(), line.lowest(),
					line.highest(), line.discuss());
		}

	}

	record CandidateView(long id, long positionId, String position, String fullName, String phone, String email,
			String source, String status, String decisionNote, int interviewers, BigDecimal interviewScore,
			List<String> toDiscuss, List<TraitView> traits, List<InterviewView> interviews, String hiredUsername,
			LocalDate hiredOn, Long planId) {

		static CandidateView of(Recruiting.Shown shown) {
			Candidate c = shown.candidate();
			List<InterviewView> interviews = shown.interviews()
				.stream()
				.map((i) -> new InterviewView(i.getId(), i.getInterviewerId(),
						shown.interviewerNames().get(i.getInterviewerId()), i.getHeldOn(), i.getBasicQualities(),
						i.getScores().stream().map(ScoreView::of).toList()))
				.toList();
			return new CandidateView(c.getId(), c.getPositionId(),
					(shown.position() != null) ? shown.position().getTitle() : null, c.getFullName(), c.getPhone(),
					c.getEmail(), c.getSource(), c.status().name(), c.getDecisionNote(), shown.summary().interviewers(),
					shown.summary().score(), shown.summary().toDiscuss().stream().map(Enum::name).toList(),
					shown.summary().traits().stream().map(TraitView::of).toList(), interviews, shown.hiredUsername(),
					c.getHiredOn(), c.getPlanId());
		}

	}

	private RecruitingViews() {
	}

}
