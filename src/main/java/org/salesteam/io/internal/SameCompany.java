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
 * customer (or it is in the pool); otherwise only that another rep's customer matches. An
 * order import checks the customers its file creates by name key alone
 * ({@link #checkNewCustomer}): an order file has no tax id.
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
	 * Checks the customer an order row would create (its code unknown) by its name key:
	 * the same company as a customer an earlier row of the file creates under another
	 * code, or as a stored customer, is a problem of the row's {@code field}. A row that
	 * passes names its customer with {@link #created} once it is accepted.
	 */
	void checkNewCustomer(RowValues v, String field, String nameKey, Visibility visibility) {
		Integer first = this.namesInFile.get(nameKey);
		if (first != null) {
			v.reject(field, "io.orders.sameCompanyInFile", first);
			return;
		}
		KeyedCustomer match = this.storedByName.get(nameKey);
		if (match != null) {
			reject(v, field, match, "io.orders.sameCompany", "io.customers.sameCompanyHidden.name", visibility);
		}
	}

	/** An order row's new customer, accepted with this name key on this line. */
	void created(String nameKey, int line) {
		this.namesInFile.putIfAbsent(nameKey, line);
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
		reject(v, field, match, "io.customers.sameCompany." + field, "io.customers.sameCompanyHidden." + field,
				visibility);
		return true;
	}

	/**
	 * Rejects the row's field as the stored customer {@code match}: with its code when
	 * the user may see it or it is in the pool, else without.
	 */
	private static void reject(RowValues v, String field, KeyedCustomer match, String visibleKey, String hiddenKey,
			Visibility visibility) {
		if (match.ownerId() == null || visibility.canSeeCustomer(match.ownerId(), match.id())) {
			v.reject(field, visibleKey, match.code());
		}
		else {
			v.reject(field, hiddenKey);
		}
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
