package org.salesteam.scale.internal;

import java.util.Locale;

/**
 * How much the generator writes. Counts of visits and order lines are targets: the
 * generator draws them from distributions and lands within a few percent.
 *
 * @param name the scale's name
 * @param teams sales teams, one territory and one manager each
 * @param reps sales reps, spread evenly over the teams
 * @param customers customers, about one in ten in the pool
 * @param visits visits over the two years
 * @param orderLines order lines over the two years
 */
record Scale(String name, int teams, int reps, int customers, int visits, int orderLines) {

	/** Test size. */
	static final Scale XS = new Scale("XS", 2, 6, 300, 1_500, 6_000);

	/** About the size of the demo company. */
	static final Scale S = new Scale("S", 3, 15, 1_000, 10_000, 50_000);

	static final Scale M = new Scale("M", 10, 100, 20_000, 200_000, 1_000_000);

	static final Scale L = new Scale("L", 100, 1_000, 200_000, 2_000_000, 10_000_000);

	static Scale of(String name) {
		return switch (name.toUpperCase(Locale.ROOT)) {
			case "XS" -> XS;
			case "S" -> S;
			case "M" -> M;
			case "L" -> L;
			default -> throw new IllegalArgumentException("Unknown scale " + name + " (XS, S, M, L)");
		};
	}

	int repsPerTeam() {
		return Math.max(1, this.reps / this.teams);
	}

}
