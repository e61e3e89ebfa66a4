package org.salesteam.safety;

import java.util.List;

/**
 * The expected access per actor and path, written from the product's rules rather than
 * read from the endpoints: public pages; administration for admins only; everything else
 * for any signed-in user (records inside are then filtered by the visibility policy,
 * which the modules' own tests cover record by record).
 */
final class AccessPolicy {

	private static final List<String> PUBLIC = List.of("/login", "/api/v1/auth/token");

	private static final List<String> ADMIN_ONLY = List.of("/admin/", "/api/v1/users", "/api/v1/teams",
			"/api/v1/territories", "/api/v1/segments");

	/** The audit trail: administrators and directors (issue 20). */
	private static final List<String> AUDIT = List.of("/admin/audit", "/api/v1/audit");

	private AccessPolicy() {
	}

	static boolean allows(String actor, String path) {
		if (PUBLIC.contains(path)) {
			return true;
		}
		if ("anonymous".equals(actor)) {
			return false;
		}
		if (AUDIT.stream().anyMatch(path::startsWith)) {
			return "admin".equals(actor) || "director".equals(actor);
		}
		if (ADMIN_ONLY.stream().anyMatch(path::startsWith)) {
			return "admin".equals(actor);
		}
		return true;
	}

	/**
	 * A refusal: 401/403 on the API, 403 or a redirect to the sign-in page in the
	 * browser; 404 hides records.
	 */
	static boolean isRefusal(int status, String path) {
		if (path.startsWith("/api/")) {
			return status == 401 || status == 403 || status == 404;
		}
		return status == 302 || status == 401 || status == 403 || status == 404;
	}

}
