/**
 * Goals (销售目标), the handbook's chapter 2: targets of every kind for the company, a team,
 * a territory or a rep and a month, quarter or year, approved by the superior (上司批准),
 * allocated from a team to its reps, with their progress (attained, pace against elapsed
 * working days, forecast) measured by the KPI engine. Contributes the approved targets to
 * the engine through {@link org.salesteam.performance.KpiTargets}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals")
package org.salesteam.goal;
