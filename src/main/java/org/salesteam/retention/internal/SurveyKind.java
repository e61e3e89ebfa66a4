package org.salesteam.retention.internal;

/**
 * The two surveys: CSAT 1–5 after a delivered order or a closed complaint, detractor at 2
 * or less; NPS 0–10 once a year for key-account contacts, detractor at 6 or less.
 */
public enum SurveyKind {

	CSAT(1, 5, 2), NPS(0, 10, 6);

	private final int min;

	private final int max;

	private final int detractorMax;

	SurveyKind(int min, int max, int detractorMax) {
		this.min = min;
		this.max = max;
		this.detractorMax = detractorMax;
	}

	public int min() {
		return this.min;
	}

	public int max() {
		return this.max;
	}

	boolean accepts(int score) {
		return score >= this.min && score <= this.max;
	}

	boolean isDetractor(int score) {
		return score <= this.detractorMax;
	}

}
