package com.candidatesearch.candidate;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.candidatesearch.parse.ParsedResume;
import com.candidatesearch.parse.ParsedResume.Language;
import com.candidatesearch.parse.ParsedResume.Location;
import com.candidatesearch.parse.ParsedResume.SkillGroup;
import com.candidatesearch.web.Link;
import com.candidatesearch.web.ResumeDates;

/**
 * The profile page: every section of the resume, dates and links already made printable, so the
 * template only loops and prints. An empty list is a section the resume does not have.
 *
 * @param id the candidate's id
 * @param name the name to show
 * @param label the headline
 * @param email the e-mail, linked when it is one address
 * @param phone the phone number
 * @param url the personal site, linked when it is a web address
 * @param location the location on one line
 * @param profiles the online profiles, linked when their address is a web address
 * @param summary the summary
 * @param work the jobs
 * @param education the degrees
 * @param skills the skill groups
 * @param languages the spoken languages
 * @param publications the publications
 * @param awards the awards
 * @param certificates the certificates
 * @param projects the projects
 * @param teaching the teaching roles
 * @param file the uploaded original
 */
record ProfileView(long id, String name, String label, Link email, String phone, Link url, String location,
		List<Link> profiles, String summary, List<Job> work, List<Study> education, List<SkillGroup> skills,
		List<Language> languages, List<Paper> publications, List<Honor> awards, List<Honor> certificates,
		List<Venture> projects, List<Course> teaching, FileInfo file) {

	private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

	private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	static ProfileView of(CandidateProfile profile) {
		ParsedResume resume = profile.resume();
		ParsedResume.Basics basics = resume.basics();
		return new ProfileView(profile.id(), profile.displayName(), basics.label(),
				basics.email() == null ? null : Link.email(basics.email()), basics.phone(),
				basics.url() == null ? null : Link.web(basics.url(), basics.url()), location(basics.location()),
				basics.profiles().stream().map(ProfileView::profile).toList(), basics.summary(),
				resume.work().stream().map(Job::of).toList(), resume.education().stream().map(Study::of).toList(),
				resume.skills(), resume.languages(), resume.publications().stream().map(Paper::of).toList(),
				resume.awards().stream().map(Honor::of).toList(), resume.certificates().stream().map(Honor::of).toList(),
				resume.projects().stream().map(Venture::of).toList(), resume.teaching().stream().map(Course::of).toList(), FileInfo.of(profile.file()));
	}

	/** Whether any section below the basics has something: a naive parse may leave them all empty. */
	public boolean hasSections() {
		return !(this.work.isEmpty() && this.education.isEmpty() && this.skills.isEmpty() && this.languages.isEmpty()
				&& this.publications.isEmpty() && this.awards.isEmpty() && this.certificates.isEmpty()
				&& this.projects.isEmpty() && this.teaching.isEmpty());
	}

	private static Link profile(ParsedResume.Profile profile) {
		String text = joined(": ", profile.network(), profile.username() != null ? profile.username() : profile.url());
		String url = profile.url() != null ? profile.url() : knownAddress(profile.network(), profile.username());
		return Link.web(text != null ? text : url, url);
	}

	/** Where a handle on a well-known network lives, when the resume printed the handle alone. */
	private static String knownAddress(String network, String username) {
		if (network == null || username == null || !HANDLE.matcher(username).matches()) {
			return null;
		}
		return switch (network.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
			case "github" -> "https://github.com/" + username;
			case "linkedin" -> "https://www.linkedin.com/in/" + username;
			case "googlescholar" -> "https://scholar.google.com/citations?user=" + username;
			case "gitlab" -> "https://gitlab.com/" + username;
			default -> null;
		};
	}

	private static String location(Location location) {
		if (location == null) {
			return null;
		}
		return joined(", ", location.address(), location.city(), location.region(), location.postalCode(),
				location.countryCode());
	}

	static String joined(String separator, String... parts) {
		String text = Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
		return text.isEmpty() ? null : text;
	}

	/**
	 * A job.
	 *
	 * @param title the job title, or the employer when there is none
	 * @param subtitle the employer and location, e.g. "NVIDIA · Santa Clara, CA"
	 * @param dates when, e.g. "2021-01 – present"
	 * @param summary what it was
	 * @param highlights the achievements, one per bullet
	 */
	record Job(String title, String subtitle, String dates, String summary, List<String> highlights) {

		static Job of(ParsedResume.Work work) {
			String title = work.position() != null ? work.position() : work.name();
			String employer = work.position() != null ? work.name() : null;
			return new Job(title, joined(" \u00B7 ", employer, work.location()),
					ResumeDates.range(work.startDate(), work.endDate()), work.summary(), work.highlights());
		}

	}

	/**
	 * A degree.
	 *
	 * @param title the degree and field, e.g. "Ph.D., Computer Science", or the school when neither is known
	 * @param subtitle the school and location
	 * @param dates when
	 * @param score the grade
	 * @param courses the courses listed, on one line
	 */
	record Study(String title, String subtitle, String dates, String score, String courses) {

		static Study of(ParsedResume.Education education) {
			String degree = joined(", ", education.studyType(), education.area());
			String school = degree != null ? education.institution() : null;
			return new Study(degree != null ? degree : education.institution(),
					joined(" \u00B7 ", school, education.location()),
					ResumeDates.range(education.startDate(), education.endDate()), education.score(),
					education.courses().isEmpty() ? null : String.join(", ", education.courses()));
		}

	}

	/**
	 * A publication.
	 *
	 * @param title the title, linked when its address is a web address
	 * @param authors the authors as printed, on one line
	 * @param venue where and when it appeared, e.g. "CVPR 2023, 2023"
	 * @param summary what it is about
	 */
	record Paper(Link title, String authors, String venue, String summary) {

		static Paper of(ParsedResume.Publication publication) {
			String title = publication.name() != null ? publication.name() : publication.url();
			return new Paper(Link.web(title != null ? title : "Untitled", publication.url()),
					publication.authors().isEmpty() ? null : String.join(", ", publication.authors()),
					joined(", ", publication.publisher(), publication.releaseDate()), publication.summary());
		}

	}

	/**
	 * A project.
	 *
	 * @param name its name
	 * @param description what it is
	 * @param dates when
	 * @param highlights what it achieved
	 */
	record Venture(String name, String description, String dates, List<String> highlights) {

		static Venture of(ParsedResume.Project project) {
			return new Venture(project.name() != null ? project.name() : "Project", project.description(),
					ResumeDates.range(project.startDate(), project.endDate()), project.highlights());
		}

	}

	/**
	 * A teaching role.
	 *
	 * @param title the course or role, or the institution when neither is known
	 * @param subtitle the institution
	 * @param when the term as printed ("Winter 2025"), else the dates
	 * @param highlights what it involved
	 */
	record Course(String title, String subtitle, String when, List<String> highlights) {

		static Course of(ParsedResume.Teaching teaching) {
			String when = teaching.term() != null ? teaching.term()
					: ResumeDates.range(teaching.startDate(), teaching.endDate());
			return new Course(teaching.name() != null ? teaching.name() : teaching.institution(),
					teaching.name() != null ? teaching.institution() : null, when, teaching.highlights());
		}

	}

	/**
	 * An award or a certificate.
	 *
	 * @param title what it is
	 * @param subtitle who gave it and when, e.g. "NSF, 2023"
	 * @param summary what it is worth or for
	 */
	record Honor(String title, String subtitle, String summary) {

		static Honor of(ParsedResume.Award award) {
			return new Honor(award.title() != null ? award.title() : "Award",
					joined(", ", award.awarder(), award.date()), award.summary());
		}

		static Honor of(ParsedResume.Certificate certificate) {
			return new Honor(certificate.name() != null ? certificate.name() : "Certificate",
					joined(", ", certificate.issuer(), certificate.date()), null);
		}

	}

	/**
	 * The uploaded original.
	 *
	 * @param fileName its name
	 * @param mediaType its detected type
	 * @param size its size, e.g. "182 KB"
	 * @param uploadedAt when, in UTC
	 * @param sha256 its SHA-256
	 */
	record FileInfo(String fileName, String mediaType, String size, String uploadedAt, String sha256) {

		static FileInfo of(CandidateProfile.OriginalFile file) {
			return new FileInfo(file.fileName(), file.mediaType(), size(file.sizeBytes()),
					file.uploadedAt() == null ? null : UPLOADED.format(file.uploadedAt()), file.sha256());
		}

		static String size(long bytes) {
			if (bytes < 1024) {
				return bytes + " bytes";
			}
			if (bytes < 1024 * 1024) {
				return Math.round(bytes / 1024.0) + " KB";
			}
			return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
		}

	}

}
