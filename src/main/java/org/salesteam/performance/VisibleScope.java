package org.salesteam.performance;

import java.util.Objects;

/**
 * A scope whose figures a viewer may see: the only way into the KPI engine. Only
 * {@link Kpis#check} makes one (ArchitectureTests fails the build on any other
 * constructor call), so a caller that holds one has passed the rights rule.
 */
public final class VisibleScope {

	private final KpiScope scope;

	private final KpiViewer viewer;

	/** For the engine's rights check only; see the class comment. */
	public VisibleScope(KpiScope scope, KpiViewer viewer) {
		this.scope = Objects.requireNonNull(scope);
		this.viewer = Objects.requireNonNull(viewer);
	}

	public KpiScope scope() {
		return this.scope;
	}

	public KpiViewer viewer() {
		return this.viewer;
	}

	/** The API form of the scope. */
	public String format() {
		return this.scope.format();
	}

	@Override
	public String toString() {
		return this.scope + " for " + this.viewer;
	}

}
