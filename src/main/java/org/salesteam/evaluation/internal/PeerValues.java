package org.salesteam.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.salesteam.performance.KpiPeriod;
import org.salesteam.performance.KpiScope;
import org.salesteam.performance.KpiValue;
import org.salesteam.performance.KpiViewer;
import org.salesteam.performance.Kpis;
import org.salesteam.performance.VisibleScope;

import org.springframework.stereotype.Component;

/**
 * The KPI values of a whole peer group in one pass of the engine
 * ({@link Kpis#computeEach}): a rep's are those of {@code rep:{username}}, a manager's
 * those of the teams they lead (several teams: amounts added, ratios as Σ numerators ÷ Σ
 * denominators). Computed as the application itself: percentiles need every peer's value,
 * though the viewer sees only the rows their rights allow (ADR 0028).
 */
@Component
class PeerValues {

	private static final KpiViewer PEER_GROUP = KpiViewer.system("scorecard peer group");

	private final Kpis kpis;

	PeerValues(Kpis kpis) {
		this.kpis = kpis;
	}

	/** Username → code → value (missing for a manager without a team). */
	Map<String, Map<String, KpiValue>> of(ScoredRole role, List<Peers.Peer> peers, KpiPeriod period,
			Collection<String> codes) {
		List<KpiScope> scopes = new ArrayList<>();
		List<String> owners = new ArrayList<>();
		for (Peers.Peer peer : peers) {
			if (role == ScoredRole.REP) {
				scopes.add(KpiScope.rep(peer.username()));
				owners.add(peer.username());
			}
			else {
				for (Long team : peer.teamIds()) {
					scopes.add(KpiScope.team(team));
					owners.add(peer.username());
				}
			}
		}
		Map<String, Map<String, KpiValue>> result = new HashMap<>();
		if (scopes.isEmpty() || codes.isEmpty()) {
			return result;
		}
		List<VisibleScope> visible = this.kpis.checkAll(PEER_GROUP, scopes);
		List<List<KpiValue>> values = this.kpis.computeEach(visible, period, codes);
		for (int i = 0; i < owners.size(); i++) {
			Map<String, KpiValue> byCode = result.computeIfAbsent(owners.get(i), (k) -> new HashMap<>());
			for (KpiValue value : values.get(i)) {
				byCode.merge(value.code(), value, PeerValues::combine);
			}
		}
		return result;
	}

	private static KpiValue combine(KpiValue a, KpiValue b) {
		if (a.denominator() == null && b.denominator() == null) {
			BigDecimal sum = (a.value() == null || b.value() == null) ? null : a.value().add(b.value());
			return new KpiValue(a.code(), sum, sum, null, a.unit());
		}
		BigDecimal numerator = add(a.numerator(), b.numerator());
		BigDecimal denominator = add(a.denominator(), b.denominator());
		BigDecimal value = (numerator != null && denominator != null && denominator.signum() != 0)
				? numerator.divide(denominator, 6, RoundingMode.HALF_UP) : null;
		return new KpiValue(a.code(), value, numerator, denominator, a.unit());
	}

	private static BigDecimal add(BigDecimal a, BigDecimal b) {
		if (a == null) {
			return b;
		}
		return (b == null) ? a : a.add(b);
	}

}
