package org.salesteam.worklog;

/** The handbook's four-step self-rating: 优, 良, 普通, 差, scored 4 to 1 for the trend. */
public enum SelfRating {

	EXCELLENT(4), GOOD(3), FAIR(2), POOR(1);

	private final int points;

	SelfRating(int points) {
		this.points = points;
	}

	public int points() {
		return this.points;
	}

	public String messageKey() {
		return "worklog.rating." + name();
	}

}
