package org.salesteam.team.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.salesteam.platform.Role;
import org.salesteam.team.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database: creates {@code admin} with
 * {@code salesteam.bootstrap.admin-password} (or a generated password printed once in the
 * log), then, when {@code salesteam.demo.enabled}, the demo company. A database that
 * already has users is left alone, so restarts change nothing.
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final DemoOrganisation demo;

	private final TransactionTemplate transaction;

	private final String adminPassword;

	private final boolean demoEnabled;

	FirstStart(UserRepository users, PasswordEncoder encoder, DemoOrganisation demo, TransactionTemplate transaction,
			@Value("${salesteam.bootstrap.admin-password:}") String adminPassword,
			@Value("${salesteam.demo.enabled:false}") boolean demoEnabled) {
		this.users = users;
		this.encoder = encoder;
		this.demo = demo;
		this.transaction = transaction;
		this.adminPassword = adminPassword;
		this.demoEnabled = demoEnabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.users.count() > 0) {
				return;
			}
			createAdmin();
			if (this.demoEnabled) {
				this.demo.create();
			}
		});
	}

	private void createAdmin() {
		String password = this.adminPassword;
		if (password == null || password.isBlank()) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			log.warn(
					"\n\n  SalesTeam first start: user 'admin' created with the generated password: {}\n"
							+ "  It is shown only this once. Set salesteam.bootstrap.admin-password to choose it.\n",
					password);
		}
		else {
			log.info("SalesTeam first start: user 'admin' created with the configured password");
		}
		User admin = new User("admin", this.encoder.encode(password), "系统管理员", Set.of(Role.ADMIN));
		this.users.save(admin);
	}

}
