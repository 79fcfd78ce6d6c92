package com.candidatesearch.candidate;

import com.candidatesearch.parse.ParsedResume;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An online profile: GitHub, LinkedIn, Google Scholar, ORCID, … */
@Entity
@Table(name = "profile")
public class Profile extends CandidatePart {

	@Column(length = Bounded.SHORT)
	private String network;

	@Column(length = Bounded.SHORT)
	private String username;

	@Column(length = Bounded.SHORT)
	private String url;

	protected Profile() {
	}

	Profile(ParsedResume.Profile profile) {
		this.network = Bounded.cut(profile.network(), Bounded.SHORT);
		this.username = Bounded.cut(profile.username(), Bounded.SHORT);
		this.url = Bounded.cut(profile.url(), Bounded.SHORT);
	}

	ParsedResume.Profile toContract() {
		return new ParsedResume.Profile(this.network, this.username, this.url);
	}

}
