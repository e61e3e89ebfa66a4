/**
 * Scale (数据规模): the data generator behind
 * {@code java -jar salesteam.jar generate --scale=M} that fills an empty database with a
 * large, realistic and deterministic company (reps, customers, orders, visits,
 * activities, time logs, opportunities) for benchmarks. It writes rows straight into the
 * tables (PostgreSQL {@code COPY}, JDBC batches on H2) and then has the performance
 * module rebuild its rollups. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scale")
package org.salesteam.scale;
