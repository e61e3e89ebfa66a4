package org.salesteam.io.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.salesteam.customer.CompanyNames;
import org.salesteam.customer.CustomerImports;
import org.salesteam.customer.CustomerImports.KeyedCustomer;
import org.salesteam.team.Visibility;

/**
 * The duplicate check (查重) of one customer import: a row is the same company as a stored
 * customer other than the one its code names, or as an earlier row of the file, when the
 * {@link CompanyNames#key name keys} or the tax ids are equal. The problem names the
 * column that matched and the stored customer's code — only when the user may see that
 * customer (or it is in the pool); otherwise only that another rep's customer matches.
 */
final class SameCompany {

	private final Map<String, Integer> namesInFile = new HashMap<>();

	private final Map<String, Integer> taxIdsInFile = new HashMap<>();

	private final Map<String, KeyedCustomer> storedByName = new HashMap<>();

	private final Map<String, KeyedCustomer> storedByTaxId = new HashMap<>();

	/**
	 * Loads the stored customers with the name keys or tax ids of the next chunk's rows.
	 */
	void load(CustomerImports customers, Collection<String> nameKeys, Collection<String> taxIds) {
		this.storedByName.clear();
		this.storedByTaxId.clear();
		for (KeyedCustomer stored : customers.findByKeys(nameKeys.stream().filter(Objects::nonNull).toList(),
				taxIds.stream().filter(Objects::nonNull).toList())) {
			if (stored.nameKey() != null) {
				this.storedByName.putIfAbsent(stored.nameKey(), stored);
			}
			if (stored.taxId() != null) {
				this.storedByTaxId.putIfAbsent(stored.taxId(), stored);
			}
		}
	}

	/**
	 * Checks a row with this name key and tax id; {@code storedId} is the customer the
	 * row's code names (null: a new customer).
	 */
	void check(RowValues v, String nameKey, String taxId, Long storedId, Visibility visibility) {
		if (!stored(v, "name", this.storedByName.get(nameKey), storedId, visibility)) {
			inFile(v, "name", nameKey, this.namesInFile);
		}
		if (!stored(v, "taxId", (taxId != null) ? this.storedByTaxId.get(taxId) : null, storedId, visibility)) {
			inFile(v, "taxId", taxId, this.taxIdsInFile);
		}
	}

	/**
	 * Whether the row is another stored customer (then a problem of the row, and its key
	 * is not one of the file's).
	 */
	private static boolean stored(RowValues v, String field, KeyedCustomer match, Long storedId,
			Visibility visibility) {
		if (match == null || Objects.equals(match.id(), storedId)) {
			return false;
		}
		if (match.ownerId() == null || visibility.canSeeCustomer(match.ownerId(), match.id())) {
			v.reject(field, "io.customers.sameCompany." + field, match.code());
		}
		else {
			v.reject(field, "io.customers.sameCompanyHidden." + field);
		}
		return true;
	}

	private static void inFile(RowValues v, String field, String key, Map<String, Integer> seen) {
		if (key == null) {
			return;
		}
		Integer first = seen.putIfAbsent(key, v.line());
		if (first != null && first != v.line()) {
			v.reject(field, "io.customers.sameCompanyInFile." + field, first);
		}
	}

}
