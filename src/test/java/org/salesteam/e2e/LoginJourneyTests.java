package org.salesteam.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out in the browser: the page's languages, the generic error, the
 * lock-out after repeated wrong passwords. Uses {@code rep2} and {@code rep3} only, since
 * the lock-out outlives the test in the shared application context.
 */
@BrowserJourney
class LoginJourneyTests {

	@Test
	void showsSignInPageInChineseByDefaultAndInEnglishOnRequest(Browser browser) {
		browser.visit("/login");
		assertThat(browser.text("h2")).isEqualTo("登录");
		assertThat(browser.text("#loginButton")).isEqualTo("登录");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.texts(".st-demo-user")).contains("director", "manager1", "rep1");
		browser.screenshot("login-zh");

		browser.visit("/login?lang=en");
		assertThat(browser.text("h2")).isEqualTo("Sign in");
		assertThat(browser.text("label[for=username]")).isEqualTo("User name");
		assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
		browser.screenshot("login-en");
	}

	@Test
	void refusesWrongPasswordWithGenericMessage(Browser browser) {
		browser.signIn("rep3", "not-the-password");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text(".alert-danger")).isEqualTo("用户名或密码错误，或账户暂时被锁定。");

		browser.signIn("nobody-by-this-name", "demo");
		assertThat(browser.text(".alert-danger")).isEqualTo("用户名或密码错误，或账户暂时被锁定。");
	}

	@Test
	void locksAccountAfterFiveWrongPasswords(Browser browser) {
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn("rep2", "wrong-" + attempt);
			assertThat(browser.path()).isEqualTo("/login?error");
		}
		browser.signIn("rep2", "demo");
		assertThat(browser.path()).isEqualTo("/login?error");
		assertThat(browser.text(".alert-danger")).isEqualTo("用户名或密码错误，或账户暂时被锁定。");
		assertThat(browser.exists("nav.navbar")).isFalse();
		browser.screenshot("login-locked");
	}

	@Test
	void signsOutAndForgetsTheSession(Browser browser) {
		browser.signIn("rep3", "demo");
		assertThat(browser.path()).isEqualTo("/");

		browser.signOut();
		assertThat(browser.path()).isEqualTo("/login?logout");
		assertThat(browser.text(".alert-success")).isEqualTo("您已安全退出。");

		browser.visit("/");
		assertThat(browser.path()).startsWith("/login");
		assertThat(browser.exists("nav.navbar")).isFalse();
	}

}
