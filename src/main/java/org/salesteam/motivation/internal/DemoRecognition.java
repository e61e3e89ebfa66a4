package org.salesteam.motivation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.salesteam.platform.PrincipalSource;
import org.salesteam.team.TeamDirectory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo recognition (ADR 0046), once, while there is none: the achievements of the last
 * {@link #DAYS} days earned from the demo's orders, goals and complaints, as the nightly
 * job would have recorded them; and two praises — rep7 ("Arlene Summers", who builds
 * customers) by her manager, and rep3 (刘洋, high volume) by the director.
 */
@Component
@Order(100)
class DemoRecognition implements ApplicationRunner {

	static final int DAYS = 100;

	private final Achievements achievements;

	private final Recognitions recognitions;

	private final TeamDirectory directory;

	private final PrincipalSource principals;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final boolean enabled;

	DemoRecognition(Achievements achievements, Recognitions recognitions, TeamDirectory directory,
			PrincipalSource principals, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${salesteam.demo.enabled:false}") boolean enabled) {
		this.achievements = achievements;
		this.recognitions = recognitions;
		this.directory = directory;
		this.principals = principals;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("select count(*) from recognition").query(Long.class).single() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		this.achievements.earn(today.minusDays(DAYS), today.minusDays(1));
		this.transaction.executeWithoutResult((status) -> {
			praiseByManager("rep7", "这个月又开发了两家新客户，客户档案也建得扎实，大家向她学习！");
			this.principals.findActive("director")
				.ifPresent((director) -> this.recognitions.praise(director, "rep3", "季度销量第一，辛苦了！下季度把毛利也守住。"));
		});
	}

	private void praiseByManager(String username, String message) {
		this.directory.findMemberByUsername(username)
			.map(TeamDirectory.Member::teamId)
			.flatMap((team) -> this.directory.allTeams().stream().filter((t) -> t.id() == team).findFirst())
			.map(TeamDirectory.TeamSummary::managerId)
			.flatMap(this.directory::findMember)
			.flatMap((manager) -> this.principals.findActive(manager.username()))
			.ifPresent((manager) -> this.recognitions.praise(manager, username, message));
	}

}
