package com.candidatesearch.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	long countByRoleAndEnabledTrue(Role role);

	List<Account> findAllByOrderByUsername();

}
