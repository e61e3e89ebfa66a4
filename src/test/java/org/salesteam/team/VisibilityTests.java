package org.salesteam.team;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.salesteam.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTests {

	@Test
	void repSeesOnlyOwnRecords() {
		Visibility visibility = Visibility.decide(Set.of(Role.REP), 7L, List.of(8L, 9L));
		assertThat(visibility.all()).isFalse();
		assertThat(visibility.ownerIds()).containsExactly(7L);
		assertThat(visibility.canSee(7L)).isTrue();
		assertThat(visibility.canSee(8L)).isFalse();
	}

	@Test
	void managerSeesOwnAndManagedRepsRecords() {
		Visibility visibility = Visibility.decide(Set.of(Role.MANAGER), 1L, List.of(11L, 12L));
		assertThat(visibility.ownerIds()).containsExactlyInAnyOrder(1L, 11L, 12L);
		assertThat(visibility.canSee(13L)).isFalse();
	}

	@Test
	void directorAndAdminSeeEverything() {
		assertThat(Visibility.decide(Set.of(Role.DIRECTOR), 1L, List.of()).canSee(999L)).isTrue();
		assertThat(Visibility.decide(Set.of(Role.ADMIN), 1L, List.of()).all()).isTrue();
		assertThat(Visibility.decide(Set.of(Role.REP, Role.DIRECTOR), 1L, List.of()).all()).isTrue();
	}

	@Test
	void supportSeesNoSalesRecordsByDefault() {
		Visibility visibility = Visibility.decide(Set.of(Role.SUPPORT), 5L, List.of(6L));
		assertThat(visibility.all()).isFalse();
		assertThat(visibility.ownerIds()).isEmpty();
		assertThat(visibility.canSee(5L)).isFalse();
		assertThat(visibility.ownerIdsForQuery()).containsExactly(Visibility.NO_OWNER);
	}

	@Test
	void managedRepsAreIgnoredWithoutTheManagerRole() {
		Visibility visibility = Visibility.decide(Set.of(Role.REP), 2L, List.of(3L));
		assertThat(visibility.canSee(3L)).isFalse();
	}

	@Test
	void unownedRecordsAreVisibleOnlyToThoseWhoSeeEverything() {
		assertThat(Visibility.decide(Set.of(Role.MANAGER), 1L, List.of(2L)).canSee(null)).isFalse();
		assertThat(Visibility.everything().canSee(null)).isTrue();
	}

}
