package org.salesteam.product.internal;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.platform.Role;
import org.salesteam.platform.UserPrincipal;
import org.salesteam.product.Product;
import org.salesteam.product.ProductData;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds and changes products: admins and directors only; codes are unique. */
@Service
public class ProductEditing {

	static final String ENTITY = "entity.product";

	private final ProductRepository products;

	ProductEditing(ProductRepository products) {
		this.products = products;
	}

	public static boolean mayEdit(UserPrincipal user) {
		return user.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
	}

	@Transactional(readOnly = true)
	public Product get(long id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	@Transactional
	public Product create(UserPrincipal user, ProductData data) {
		checkRights(user);
		checkPrices(data);
		if (this.products.existsByCode(data.code())) {
			throw BusinessRuleException.onField("code", "product.error.codeTaken", data.code());
		}
		return this.products.save(new Product(data));
	}

	/** Changes a product if nobody changed it since {@code version} was read. */
	@Transactional
	public Product revise(UserPrincipal user, long id, int version, ProductData data) {
		checkRights(user);
		Product product = get(id);
		if (product.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Product.class, id);
		}
		checkPrices(data);
		if (this.products.existsByCodeAndIdNot(data.code(), id)) {
			throw BusinessRuleException.onField("code", "product.error.codeTaken", data.code());
		}
		product.describe(data);
		return this.products.save(product);
	}

	private static void checkRights(UserPrincipal user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("products are maintained by admins and directors");
		}
	}

	private static void checkPrices(ProductData data) {
		if (data.listPrice().signum() < 0) {
			throw BusinessRuleException.onField("listPrice", "product.validation.notNegative");
		}
		if (data.standardCost().signum() < 0) {
			throw BusinessRuleException.onField("standardCost", "product.validation.notNegative");
		}
	}

}
