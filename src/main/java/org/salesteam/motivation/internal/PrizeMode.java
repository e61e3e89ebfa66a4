package org.salesteam.motivation.internal;

/**
 * Who wins: everyone reaching the threshold, the top N of each group, or everyone
 * reaching a tier (目标 / 冲刺 / 挑战: target, sprint, challenge).
 */
public enum PrizeMode {

	THRESHOLD, TOP_N, TIERS

}
