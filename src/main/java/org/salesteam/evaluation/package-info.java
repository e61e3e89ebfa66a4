/**
 * Evaluation and development (评估与发展), the handbook's chapter 5: "一个数据不足以做出一个结论".
 * Scorecard templates per role (评价标准: KPI codes with weights), scorecards per person and
 * period — each metric's value from the KPI engine, its percentile in the peer group, the
 * weighted score, rank and quartile — and the imbalance flags that catch a "Joe Martin"
 * (high volume, low margin, no prospecting) and credit an "Arlene Summers" (builds
 * customers). A rep sees their own scorecard only, a manager their teams', a director
 * all, support staff none. Built only on the KPI engine's API
 * ({@link org.salesteam.performance.Kpis}) and the organisation's.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation and development")
package org.salesteam.evaluation;
