package com.candidatesearch.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Basics;
import com.candidatesearch.parse.ParsedResume.Profile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityKeysTests {

	@Test
	void readsNamesPrintedEveryWay() {
		assertThat(PersonName.of("Smith, John").key()).isEqualTo("smith j");
		assertThat(PersonName.of("J. Smith").key()).isEqualTo("smith j");
		assertThat(PersonName.of("Dr. John A. Smith, PhD").key()).isEqualTo("smith j");
		assertThat(PersonName.of("Zoë Ågren").key()).isEqualTo("agren z");
		assertThat(PersonName.of("Madonna").key()).isNull();
		assertThat(PersonName.of("  ")).isNull();
	}

	@Test
	void namesAreCompatibleWhenInitialsAgreeButNotWhenGivenNamesDiffer() {
		assertThat(PersonName.of("J. Smith").compatibleWith(PersonName.of("John Smith"))).isTrue();
		assertThat(PersonName.of("John Adam Smith").compatibleWith(PersonName.of("JOHN SMITH"))).isTrue();
		assertThat(PersonName.of("Jon Smith").compatibleWith(PersonName.of("John Smith"))).isFalse();
		assertThat(PersonName.of("K. Smith").compatibleWith(PersonName.of("John Smith"))).isFalse();
		assertThat(PersonName.of("John Smyth").compatibleWith(PersonName.of("John Smith"))).isFalse();
	}

	@Test
	void phonesCompareWithOrWithoutCountryCodeAndTrunkZero() {
		assertThat(PhoneNumbers.key("+1 (555) 010-0123")).isEqualTo(PhoneNumbers.key("555.010.0123"));
		assertThat(PhoneNumbers.key("+44 20 7946 0958")).isEqualTo(PhoneNumbers.key("020 7946 0958"));
		assertThat(PhoneNumbers.key("+1 555 010 0123 ext. 42")).isEqualTo(PhoneNumbers.key("5550100123"));
		assertThat(PhoneNumbers.key("+1 555 010 0123")).isNotEqualTo(PhoneNumbers.key("+1 555 010 0124"));
		assertThat(PhoneNumbers.key("0123")).isNull();
	}

	@Test
	void profilesAreTheSameKeyHoweverTheirUrlIsWritten() {
		assertThat(keysIn("https://www.GitHub.com/Octocat/")).containsExactly("github:octocat");
		assertThat(keysIn("github.com/octocat/hello-world")).containsExactly("github:octocat");
		assertThat(keysIn("http://de.linkedin.com/in/Ada-Lovelace/")).containsExactly("linkedin:ada-lovelace");
		assertThat(keysIn("ORCID https://orcid.org/0000-0002-1825-009x")).containsExactly("orcid:0000-0002-1825-009X");
		assertThat(keysIn("https://scholar.google.com/citations?hl=en&user=he4JY7wAAAAJ"))
			.containsExactly("scholar:he4JY7wAAAAJ");
	}

	@Test
	void profilesGivenAsNetworkAndUserNameHaveTheSameKeys() {
		Set<String> keys = new LinkedHashSet<>();
		OnlineProfiles.keyOf(new Profile("GitHub", "@Octocat", null), keys);
		OnlineProfiles.keyOf(new Profile("Google Scholar", "he4JY7wAAAAJ", null), keys);
		OnlineProfiles.keyOf(new Profile("ORCID", "0000-0002-1825-0097", null), keys);

		assertThat(keys).containsExactly("github:octocat", "scholar:he4JY7wAAAAJ", "orcid:0000-0002-1825-0097");
	}

	@Test
	void theIdentityHasEveryAddressOfTheResumeAndTheNameKey() {
		ParsedResume resume = new ParsedResume(new Basics("Ada Lovelace", null, "Ada@Example.org", "+44 20 7946 0958",
				"https://github.com/ada", null, null, List.of()), null, null, null, null, null, null, null, null, null);

		Identity identity = Identity.of(resume, "Ada Lovelace\nada@example.org · ada.l@uni.ac.uk\n");

		assertThat(identity.keys()).containsExactlyInAnyOrder("email:ada@example.org", "email:ada.l@uni.ac.uk",
				"phone:079460958", "github:ada", "name:lovelace a");
	}

	@Test
	void employersCompareWithoutLegalFormPunctuationOrPlace() {
		assertThat(Identity.organization("Acme, Inc.")).isEqualTo("acme");
		assertThat(Identity.organization("NVIDIA (Atlanta, Georgia)")).isEqualTo("nvidia");
		assertThat(Identity.organization("Société Générale")).isEqualTo("societe generale");
	}

	private static Set<String> keysIn(String text) {
		Set<String> keys = new LinkedHashSet<>();
		OnlineProfiles.keysIn(text, keys);
		return keys;
	}

}
