package org.salesteam.scale.internal;

/**
 * Ids for generated rows: consecutive from a value the sequence has handed out; the
 * generator moves {@code app_seq} past the last one when it is done.
 */
final class Ids {

	private long next;

	Ids(long first) {
		this.next = first;
	}

	long next() {
		return this.next++;
	}

	/** The highest id handed out so far. */
	long last() {
		return this.next - 1;
	}

}
