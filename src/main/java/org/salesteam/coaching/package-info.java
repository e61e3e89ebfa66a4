/**
 * 培训与辅导 (chapter 3 of the handbook, issue 16): coaching sessions on real visits in the
 * five coaching steps with the three-phase debrief, the large-deal rule (plan–do–check),
 * the skills self-test (知识与技巧测验表) with priorities and flags, the knowledge checklist
 * (知识清单) with proofs, the data diagnosis and one ranked training list per rep, sales
 * meetings (销售会议) with actions, and the KPIs {@code COACHING_SESSIONS},
 * {@code COACHING_COVERAGE}, {@code KNOWLEDGE_READINESS} and
 * {@code MEETING_ACTION_CLOSURE}, contributed to the KPI engine through
 * {@link org.salesteam.performance.KpiContributor}. A session is visible to its coach,
 * its rep and those who see the rep's records; never to other reps. Contributes the
 * coach's open debriefs to the home inbox ({@link org.salesteam.platform.PendingWork}).
 * See {@code docs/adr/0031-coaching-on-real-visits.md} and
 * {@code docs/adr/0038-coaching-diagnosis-training-list-and-sales-meetings.md}; the
 * coaching effect's page, on-line quizzes and uploaded proof files in
 * {@code docs/adr/0045-coaching-effect-page-quizzes-and-shaped-demo-orders.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching")
package org.salesteam.coaching;
