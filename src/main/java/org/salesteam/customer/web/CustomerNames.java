package org.salesteam.customer.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.salesteam.customer.Customer;
import org.salesteam.customer.internal.ReferenceData;
import org.salesteam.team.TeamDirectory;

import org.springframework.stereotype.Component;

/** The names behind a customer's references: owner, territory, segment. */
@Component
class CustomerNames {

	/** A customer's references by name; null where there is no reference. */
	public record Names(String ownerName, String ownerUsername, String territoryName, String segmentName) {
	}

	private final TeamDirectory directory;

	private final ReferenceData reference;

	CustomerNames(TeamDirectory directory, ReferenceData reference) {
		this.directory = directory;
		this.reference = reference;
	}

	Names of(Customer customer) {
		var owner = (customer.getOwnerId() != null) ? this.directory.findMember(customer.getOwnerId()) : null;
		Map<Long, String> territories = this.reference.territories()
			.stream()
			.collect(Collectors.toMap(ReferenceData.Choice::id, ReferenceData.Choice::name));
		Map<Long, String> segments = this.reference.segments()
			.stream()
			.collect(Collectors.toMap(ReferenceData.Choice::id, ReferenceData.Choice::name));
		return new Names((owner != null) ? owner.map(TeamDirectory.Member::displayName).orElse(null) : null,
				(owner != null) ? owner.map(TeamDirectory.Member::username).orElse(null) : null,
				lookup(territories, customer.getTerritoryId()), lookup(segments, customer.getSegmentId()));
	}

	private static String lookup(Map<Long, String> names, Long id) {
		return (id != null) ? names.get(id) : null;
	}

}
