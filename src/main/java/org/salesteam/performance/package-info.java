/**
 * Performance (业绩): the KPI engine of the handbook's chapter 5 — a catalogue of measures
 * with their formulas, computed for the company, a team, a territory, a rep, one
 * customer, a segment or the key accounts of a manager or team and any date range from
 * rollup tables kept current by the sales, visit and work-log events — and the
 * performance dashboards. Other modules use {@link org.salesteam.performance.Kpis} on
 * behalf of a {@link org.salesteam.performance.KpiViewer}: {@code Kpis.check} applies the
 * rights rule and gives the {@link org.salesteam.performance.VisibleScope} every
 * computation needs (ADR 0022), with {@link org.salesteam.performance.KpiScope} and
 * {@link org.salesteam.performance.KpiPeriod}; they may contribute goal targets through
 * the SPI {@link org.salesteam.performance.KpiTargets}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.salesteam.performance;
