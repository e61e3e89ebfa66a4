package org.salesteam.customer.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.BusinessRuleException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the administrator's customer settings; a change of the class
 * thresholds reclassifies every customer whose class was not set by hand.
 */
@Component
public class CustomerRules {

	static final long SETTINGS_ID = 1L;

	private final CustomerSettingsRepository settings;

	private final Reclassification reclassification;

	private final Clock clock;

	CustomerRules(CustomerSettingsRepository settings, Reclassification reclassification, Clock clock) {
		this.settings = settings;
		this.reclassification = reclassification;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CustomerSettings current() {
		return this.settings.findById(SETTINGS_ID).orElseThrow(() -> new IllegalStateException("no customer settings"));
	}

	/**
	 * Saves the settings if nobody changed them since {@code version} was read.
	 * @return how many customers changed class
	 */
	@Transactional
	public int change(int version, CustomerSettings.Values values) {
		CustomerSettings current = current();
		if (current.getVersion() != version) {
			throw new BusinessRuleException("problem.concurrentChange");
		}
		boolean thresholdsChanged = current.values().classAMin().compareTo(values.classAMin()) != 0
				|| current.values().classBMin().compareTo(values.classBMin()) != 0;
		current.change(values);
		this.settings.saveAndFlush(current);
		return thresholdsChanged ? this.reclassification.reclassifyAll(current.classification(), today()) : 0;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
