package com.candidatesearch.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who may sign in: a lower-case user name, a password hash, a role, and whether it is enabled. */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 500)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	protected Account() {
	}

	Account(String username, String passwordHash, Role role, String createdBy) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void enable() {
		this.enabled = true;
	}

	void disable() {
		this.enabled = false;
	}

	void makeAdmin() {
		this.role = Role.ADMIN;
	}

	void signedIn() {
		this.lastLoginAt = Instant.now();
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

}
