package org.salesteam.team.internal;

import java.util.List;
import java.util.Optional;

import org.salesteam.team.User;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserRepository extends JpaRepository<User, Long> {

	Optional<User> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<User> findAllByOrderByUsernameAsc();

	List<User> findByTeamIdOrderByUsernameAsc(Long teamId);

}
