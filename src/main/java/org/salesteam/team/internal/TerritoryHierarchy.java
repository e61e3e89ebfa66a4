package org.salesteam.team.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salesteam.team.Territory;

/**
 * The territory tree: the rule that a territory may not sit below itself, and the
 * depth-first order (children by code) in which the tree is shown. Free of lookups so it
 * can be tested on its own.
 */
public final class TerritoryHierarchy {

	/** A territory in tree order; {@code depth} 0 is a root. */
	public record Node(long id, String code, String name, Long parentId, String parentName, boolean active, int depth) {
	}

	private TerritoryHierarchy() {
	}

	/**
	 * Whether giving {@code territoryId} the parent {@code newParentId} would close a
	 * loop, i.e. the new parent is the territory itself or lies below it.
	 * @param parentOf every territory's current parent id (roots may be absent)
	 */
	public static boolean createsCycle(long territoryId, Long newParentId, Map<Long, Long> parentOf) {
		Set<Long> seen = new HashSet<>();
		Long current = newParentId;
		while (current != null && seen.add(current)) {
			if (current == territoryId) {
				return true;
			}
			current = parentOf.get(current);
		}
		return false;
	}

	/**
	 * Every territory once, parents before children. A territory whose parent is missing
	 * is shown as a root.
	 */
	public static List<Node> ordered(List<Territory> territories) {
		Map<Long, Territory> byId = new HashMap<>();
		Map<Long, List<Territory>> children = new HashMap<>();
		territories.forEach((t) -> byId.put(t.getId(), t));
		List<Territory> roots = new ArrayList<>();
		for (Territory territory : territories) {
			if (territory.getParentId() == null || !byId.containsKey(territory.getParentId())) {
				roots.add(territory);
			}
			else {
				children.computeIfAbsent(territory.getParentId(), (id) -> new ArrayList<>()).add(territory);
			}
		}
		List<Node> nodes = new ArrayList<>(territories.size());
		Set<Long> visited = new HashSet<>();
		roots.sort(Comparator.comparing(Territory::getCode));
		for (Territory root : roots) {
			visit(root, 0, byId, children, visited, nodes);
		}
		return nodes;
	}

	private static void visit(Territory territory, int depth, Map<Long, Territory> byId,
			Map<Long, List<Territory>> children, Set<Long> visited, List<Node> nodes) {
		if (!visited.add(territory.getId())) {
			return;
		}
		Territory parent = (territory.getParentId() != null) ? byId.get(territory.getParentId()) : null;
		nodes.add(new Node(territory.getId(), territory.getCode(), territory.getName(), territory.getParentId(),
				(parent != null) ? parent.getName() : null, territory.isActive(), depth));
		List<Territory> below = new ArrayList<>(children.getOrDefault(territory.getId(), List.of()));
		below.sort(Comparator.comparing(Territory::getCode));
		for (Territory child : below) {
			visit(child, depth + 1, byId, children, visited, nodes);
		}
	}

}
