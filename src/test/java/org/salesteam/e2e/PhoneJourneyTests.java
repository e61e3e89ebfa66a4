package org.salesteam.e2e;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390×844): pages fit the screen's width and the navbar folds into a toggler
 * that opens it.
 */
@BrowserJourney
class PhoneJourneyTests {

	@Test
	void loginAndHomePageFitPhoneAndNavbarToggles(@Phone Browser phone) {
		phone.visit("/login");
		assertThat(phone.scriptSettlingOn(390L, "return window.innerWidth;")).isEqualTo(390L);
		assertThat(phone.overflowsHorizontally()).as("login page overflows sideways").isFalse();
		phone.screenshot("phone-login");

		phone.signIn("rep1", "demo");
		assertThat(phone.path()).isEqualTo("/");
		assertThat(phone.overflowsHorizontally()).as("home page overflows sideways").isFalse();
		assertThat(phone.find(".navbar-toggler").isDisplayed()).isTrue();
		assertThat(phone.find("#userMenu").isDisplayed()).isFalse();

		phone.find(".navbar-toggler").click();
		phone.waitVisible("#userMenu");
		assertThat(phone.find(".navbar-toggler").getAttribute("aria-expanded")).isEqualTo("true");
		phone.screenshot("phone-home-menu");

		phone.find(".navbar-toggler").click();
		phone.waitInvisible("#mainNav");
		assertThat(phone.find(".navbar-toggler").getAttribute("aria-expanded")).isEqualTo("false");
	}

	@Test
	void directorHomePageFitsPhone(@Phone Browser phone) {
		phone.signIn("director", "demo");
		assertThat(phone.overflowsHorizontally()).as("director's home page overflows sideways").isFalse();
		assertThat(phone.findAll("#teamsTable tbody tr")).hasSize(3);
		phone.screenshot("phone-home-director");

		phone.signOut();
		assertThat(phone.path()).isEqualTo("/login?logout");
	}

}
