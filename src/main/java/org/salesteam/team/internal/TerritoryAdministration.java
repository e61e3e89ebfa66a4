package org.salesteam.team.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salesteam.platform.BusinessRuleException;
import org.salesteam.platform.NotFoundException;
import org.salesteam.team.Territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's use cases on territories. Codes are unique and stored in upper case; they
 * never change once created (other records may quote them). A parent must exist and may
 * not lie below the territory ({@link TerritoryHierarchy#createsCycle}).
 */
@Service
@Transactional
public class TerritoryAdministration {

	private final TerritoryRepository territories;

	TerritoryAdministration(TerritoryRepository territories) {
		this.territories = territories;
	}

	@Transactional(readOnly = true)
	public Optional<Territory> find(long id) {
		return this.territories.findById(id);
	}

	@Transactional(readOnly = true)
	public Territory get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("entity.territory", id));
	}

	@Transactional(readOnly = true)
	public List<Territory> all() {
		return this.territories.findAllByOrderByCodeAsc();
	}

	@Transactional(readOnly = true)
	public List<TerritoryHierarchy.Node> tree() {
		return TerritoryHierarchy.ordered(all());
	}

	public Territory create(String code, String name, Long parentId) {
		String normalized = code.trim().toUpperCase(Locale.ROOT);
		if (this.territories.existsByCodeIgnoreCase(normalized)) {
			throw BusinessRuleException.onField("code", "territory.rule.codeTaken", normalized);
		}
		checkParentExists(parentId);
		return this.territories.save(new Territory(normalized, name.trim(), parentId));
	}

	public Territory update(long id, String name, Long parentId) {
		Territory territory = get(id);
		checkParentExists(parentId);
		Map<Long, Long> parentOf = new HashMap<>();
		for (Territory each : all()) {
			if (each.getParentId() != null) {
				parentOf.put(each.getId(), each.getParentId());
			}
		}
		if (TerritoryHierarchy.createsCycle(id, parentId, parentOf)) {
			throw BusinessRuleException.onField("parentId", "territory.rule.cycle");
		}
		territory.update(name.trim(), parentId);
		return territory;
	}

	public Territory deactivate(long id) {
		Territory territory = get(id);
		territory.deactivate();
		return territory;
	}

	public Territory activate(long id) {
		Territory territory = get(id);
		territory.activate();
		return territory;
	}

	private void checkParentExists(Long parentId) {
		if (parentId != null && !this.territories.existsById(parentId)) {
			throw BusinessRuleException.onField("parentId", "territory.rule.unknownParent");
		}
	}

}
