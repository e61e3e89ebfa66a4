package org.salesteam.keyaccount.internal;

import java.util.List;

/**
 * The written part of a key-account plan, checked ({@link PlanEditing}) before it is
 * stored.
 */
public record PlanContent(String vision, String swot, String strategies, String risks, List<PlanObjective> objectives,
		List<PlanAction> actions) {
}
