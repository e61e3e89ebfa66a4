/**
 * Performance (业绩): the KPI engine of the handbook's chapter 5 — a catalogue of measures
 * with their formulas, computed for the company, a team, a territory or a rep and any
 * date range from rollup tables kept current by the sales events — and the performance
 * dashboards. Other modules use {@link org.salesteam.performance.Kpis} with
 * {@link org.salesteam.performance.KpiScope} and
 * {@link org.salesteam.performance.KpiPeriod}, and may contribute goal targets through
 * the SPI {@link org.salesteam.performance.KpiTargets}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package org.salesteam.performance;
