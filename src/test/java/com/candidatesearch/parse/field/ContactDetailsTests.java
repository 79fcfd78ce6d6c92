package com.candidatesearch.parse.field;

import com.candidatesearch.parse.ParsedResume.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsTests {

	@Test
	void aHandlePrintedBeforeItsAddressIsTheUser() {
		assertThat(ContactDetails.profiles("0000000/jdoe https://stackoverflow.com/users/0000000/jdoe • jdoe https://gitlab.com/jdoe"))
			.containsExactly(new Profile("Stack Overflow", "0000000/jdoe", "https://stackoverflow.com/users/0000000/jdoe"),
					new Profile("GitLab", "jdoe", "https://gitlab.com/jdoe"));
		assertThat(ContactDetails.profiles("Follow me https://twitter.com/jdoe").get(0).username()).isEqualTo("jdoe");
	}

	@Test
	void aLabelledHandleKeepsItsLabelsNetwork() {
		assertThat(ContactDetails.profiles("Skype: jdoe.work\nGitHub: jdoe https://github.com/jdoe"))
			.containsExactly(new Profile("Skype", "jdoe.work", null), new Profile("GitHub", "jdoe", null));
		assertThat(ContactDetails.profiles("Mastodon: @jane@mastodon.social https://mastodon.social/@jane"))
			.containsExactly(new Profile("Mastodon", "@jane@mastodon.social", "https://mastodon.social/@jane"));
		assertThat(ContactDetails.profiles("Facebook\n: LinkedIn")).as("a network's name is no handle")
			.noneMatch(profile -> "LinkedIn".equals(profile.username()));
	}

	@Test
	void aHandleUnderItsNetworksNameIsAProfile() {
		assertThat(ContactDetails.profiles("GitHub\njdoe\nLinkedIn\njane-doe\nWork"))
			.containsExactly(new Profile("GitHub", "jdoe", null), new Profile("LinkedIn", "jane-doe", null));
		assertThat(ContactDetails.profiles("Tools\nGitHub\nDocker")).as("a tool under a tool").isEmpty();
	}

	@Test
	void networksListedByNameAloneAreProfilesWithoutUsers() {
		assertThat(ContactDetails.profiles("Profiles\nLinkedIn · Twitter\nExperience"))
			.containsExactly(new Profile("LinkedIn", null, null), new Profile("Twitter", null, null));
		assertThat(ContactDetails.profiles("Tools\nGitHub\nJira")).as("one name among other words lists nothing").isEmpty();
	}

	@Test
	void theSiteIsNoNetworkPageAndNoPieceOfAWrappedAddress() {
		assertThat(ContactDetails.website("github.com/jdoe\nlinkedin.com/in/jdoe\njdoe.example.org")).isEqualTo("jdoe.example.org");
		assertThat(ContactDetails.website("jane@exampl\ne.com jane@example.com\nhttps://jane.example.net")).isEqualTo("https://jane.example.net");
		assertThat(ContactDetails.website("jane.exampl\ne.com")).as("a host a narrow column broke").isEqualTo("jane.example.com");
		assertThat(ContactDetails.website("Worked with docs.example.org daily")).as("a subdomain host in a sentence").isNull();
	}

	@Test
	void networksEachFollowedByAHandleOnOneLineAreProfiles() {
		assertThat(ContactDetails.profiles("LinkedIn mwatsica-mgr Twitter mwatsica")).containsExactly(
				new Profile("LinkedIn", "mwatsica-mgr", null), new Profile("Twitter", "mwatsica", null));
		assertThat(ContactDetails.profiles("GitHub stars and LinkedIn endorsements")).as("words after a name").isEmpty();
	}

	@Test
	void phonesInNationalAndBracketedForms() {
		assertThat(ContactDetails.phone("(912) 555-4321\n2712 Broadway St")).as("the street's number on the next line")
			.isEqualTo("(912) 555-4321");
		assertThat(ContactDetails.phone("07473 4827257")).isEqualTo("07473 4827257");
		assertThat(ContactDetails.phone("Tel (+86) 101-2345-6789")).isEqualTo("(+86) 101-2345-6789");
		assertThat(ContactDetails.phone("call (555 123 4567)")).isEqualTo("555 123 4567");
		assertThat(ContactDetails.phone("Court painter, 1654-1660")).as("years of any century").isNull();
		assertThat(ContactDetails.phone("2019 - 2023")).isNull();
	}

}
