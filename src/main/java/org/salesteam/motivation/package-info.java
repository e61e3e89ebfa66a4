/**
 * Motivation and sales contests (激励与竞赛), the handbook's chapter 4: contests fair by
 * construction and judged by their effect. A contest serves a KPI of the catalogue over a
 * window, for teams, reps and support staff (credited with a share of their accounts'
 * results); its scoring (absolute, per cent of target, lift over last year, per
 * potential, in brackets of similar potential) and prizes (threshold, top N, tiers) are
 * frozen when it is launched. A fairness check replays the rules over the last four
 * windows before launch; the leaderboard is computed on read from the KPI engine in every
 * state; the evaluation measures the dip before and after and the net incremental profit
 * (ADR 0032). Results are announced once on FINAL through {@code notify}; the demo shapes
 * {@code sales}' orders so that one finished contest worked and one only moved sales (ADR
 * 0039). Recognition: achievements earned from the data once each, managers' praise and
 * the team's wall; contest KPIs filtered by product category, class, segment or new
 * customers (ADR 0046). Built only on the APIs of {@code performance}, {@code goal},
 * {@code team}, {@code customer}, {@code notify}, {@code sales} and {@code keyaccount}
 * (its plan objectives met, ADR 0053).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Motivation and contests")
package org.salesteam.motivation;
