package org.salesteam.team.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.AbstractAggregate;
import org.salesteam.team.Territory;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryHierarchyTests {

	// 1 EAST ← 2 SH ← 4 PD ; 3 SOUTH
	private static final Map<Long, Long> PARENTS = Map.of(2L, 1L, 4L, 2L);

	@Test
	void refusesTerritoryAsItsOwnParent() {
		assertThat(TerritoryHierarchy.createsCycle(1L, 1L, PARENTS)).isTrue();
	}

	@Test
	void refusesParentBelowTheTerritory() {
		assertThat(TerritoryHierarchy.createsCycle(1L, 4L, PARENTS)).isTrue();
		assertThat(TerritoryHierarchy.createsCycle(2L, 4L, PARENTS)).isTrue();
	}

	@Test
	void allowsParentElsewhereOrNone() {
		assertThat(TerritoryHierarchy.createsCycle(2L, 3L, PARENTS)).isFalse();
		assertThat(TerritoryHierarchy.createsCycle(4L, 1L, PARENTS)).isFalse();
		assertThat(TerritoryHierarchy.createsCycle(1L, null, PARENTS)).isFalse();
	}

	@Test
	void stopsOnAnExistingLoopInsteadOfSpinning() {
		assertThat(TerritoryHierarchy.createsCycle(9L, 5L, Map.of(5L, 6L, 6L, 5L))).isFalse();
	}

	@Test
	void ordersParentsBeforeChildrenByCode() throws Exception {
		List<TerritoryHierarchy.Node> nodes = TerritoryHierarchy
			.ordered(List.of(territory(4, "PD", "浦东", 2L), territory(3, "SOUTH", "华南", null),
					territory(2, "SH", "上海", 1L), territory(5, "AH", "安徽", 1L), territory(1, "EAST", "华东", null)));
		assertThat(nodes).extracting(TerritoryHierarchy.Node::code).containsExactly("EAST", "AH", "SH", "PD", "SOUTH");
		assertThat(nodes).extracting(TerritoryHierarchy.Node::depth).containsExactly(0, 1, 1, 2, 0);
		assertThat(nodes.get(3).parentName()).isEqualTo("上海");
	}

	private static Territory territory(long id, String code, String name, Long parentId) throws Exception {
		Territory territory = new Territory(code, name, parentId);
		Field field = AbstractAggregate.class.getDeclaredField("id");
		field.setAccessible(true);
		field.set(territory, id);
		return territory;
	}

}
