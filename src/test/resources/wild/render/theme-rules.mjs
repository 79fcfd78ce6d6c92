// What each theme prints, as observed in its rendered output (PDF via pdftotext -layout, the
// HTML in Chromium, and the theme's template source, all for the pinned versions in
// package.json). render.mjs turns a JSON Resume document into the contract shape
// (the contract's PARSED_RESUME.md) and then keeps only what the rules below say the theme
// shows. A section missing from `sections` is not printed by the theme (or is printed as a
// separate "Volunteer(ing)" section, which the contract leaves out) and is dropped from gold.
//
// Field lists: the contract fields the theme prints for an item of that section.
// dates: how the theme prints dates of that section:
//   'raw'   the JSON string as is (e.g. "2013-12-01", "2014") -> gold keeps the value as is
//   'month' "Dec 2013", "12/2013", "Dec, 2013" ...         -> gold "2013-12"
//   'year'  the year only ("2013")                         -> gold "2013"
// profiles: which parts of basics.profiles are visible as text:
//   'network' network name, 'username' the handle, 'url' the URL as text,
//   'fromUrl' only the URL is printed: network/username are kept when the printed URL shows
//   them (known host or the handle inside the URL).
// legacy: the theme was written for the pre-1.0 schema (work.company, website, gpa). Its
//   input gets those aliases added (company <- name, website <- url, gpa <- score) so that
//   it prints what a user of that theme would have written; the document on disk is v1.0.0.
//   Without the aliases these themes print no employer names at all.

export const THEMES = {
  even: {
    pkg: 'jsonresume-theme-even',
    // Masthead: name, label, summary (markdown), then an icon list: "San Francisco, United
    // States" (city + country NAME from countryCode, only when city is set; no address,
    // region or postal code), email, phone, url without scheme.
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: ['city', 'countryCode'],
    locationNeedsCity: true,
    // Profiles: "neutralthoughts (Twitter)": username as link text + network in brackets;
    // the URL is only the link target (printed as text only when username is missing).
    profiles: ['network', 'username', 'urlIfNoUsername'],
    sections: {
      // "CEO/President / Pied Piper · Awesome compression company / Dec 2013 – Dec 2014 /
      // Palo Alto, CA", summary paragraph, bullets. Duration "· 1 yr" is hidden in print.
      work: { fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // "Bachelor in Information Technology", "Jun 2011 – Jan 2014", "Courses" list; no score.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses'], dates: 'month' },
      // name, "Team lead and Designer at Smoogle", dates, type, description, bullets, keywords.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // "Awarded by Techcrunch Nov 2014", summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      // "Issued by X" + month date.
      certificates: { fields: ['name', 'date', 'issuer'], dates: 'month' },
      // "Published by Hooli Oct 2014", summary; URL only as link target of the title.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      skills: true,
      // "English" heading + "Native speaker".
      languages: ['language', 'fluency'],
    },
    // A date range whose start equals its end prints one date only ("Aug 2016"): gold keeps
    // startDate alone.
    sameDateOnce: true,
  },

  stackoverflow: {
    pkg: 'jsonresume-theme-stackoverflow',
    // Header: name, label, "2712 Broadway St, CA 94115, San Francisco, California (US)",
    // email, phone. The v1 basics.url is NOT printed (the theme only reads basics.website).
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['address', 'postalCode', 'city', 'region', 'countryCode'],
    // Profiles: brand icon (no network text) + username; in print (PDF) the CSS appends
    // " · <url>" after each profile link, so the URL is visible in the PDF only.
    profiles: ['username', 'url'],
    profilesNeedNetwork: true,
    sections: {
      // "CEO/President at Pied Piper  Dec 2013 - Dec 2014", location line, summary, bullets.
      work: { fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // "Bachelor Information Technology at University of Oklahoma", dates, courses as tags.
      // The grade is printed only from the legacy key gpa, so v1 score is not shown.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses', 'location'], dates: 'month' },
      // name, dates, keywords, url, description, bullets.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // "Digital Compression Pioneer Award at Techcrunch  Nov 2014", summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      certificates: { fields: ['name', 'date', 'issuer'], dates: 'month' },
      // "Video compression for 3d media in Hooli  Oct 2014", summary (URL read from the
      // legacy key website only, so not shown for v1 documents).
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      skills: true,
      // language heading + fluency text (the level bar is hidden in print).
      languages: ['language', 'fluency'],
    },
  },

  macchiato: {
    pkg: 'jsonresume-theme-macchiato',
    legacy: true,
    // Header name + label; left "About" column: "2712 Broadway St San Francisco California
    // CA 94115 US" (all location parts), email, phone, website without scheme, profile
    // usernames behind font icons (no network text, no URL).
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: ['address', 'city', 'region', 'postalCode', 'countryCode'],
    profiles: ['username'],
    profilesNeedNetwork: true,
    sections: {
      // "Experience": company (legacy key) + "12/2013 - 12/2014", work.description as a
      // subtitle (not a contract field), position, summary, bullets. No work location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // institution, "06/2011 - 01/2014", "Bachelor Information Technology", gpa, courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses', 'location'], dates: 'month' },
      // "Open Source Projects": name · url, dates, description, keywords, bullets.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // title, awarder, summary; the award date is NOT printed.
      awards: { fields: ['title', 'awarder', 'summary'] },
      // name, "10/2014", publisher, summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      // each skill group is its own left-column heading, level, keyword tags.
      skills: true,
      // "English (Native speaker)".
      languages: ['language', 'fluency'],
      // certificates: not printed.
    },
  },

  class: {
    pkg: 'jsonresume-theme-class',
    legacy: true,
    // Blue header: name, label. "Contact": Website, Email, Phone (labelled). "About":
    // summary. No location at all.
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: [],
    // Profiles: network in bold, then the username (or the URL when no username) as a link;
    // a profile without url shows only its network. When the URL stands in for the handle,
    // network/username are kept as far as the URL shows them (as for 'fromUrl').
    profiles: ['network', 'usernameIfUrl', 'urlIfNoUsername'],
    sections: {
      // company (legacy key), position, "2013-12-01 - 2014-12-01" (raw strings), website,
      // summary, bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'raw' },
      // institution + raw dates + courses; studyType/area are NOT printed (the template only
      // knows a non-schema "qualification" key), nor is the grade.
      education: { fields: ['institution', 'startDate', 'endDate', 'courses'], dates: 'raw' },
      skills: true,
      languages: ['language', 'fluency'],
      // projects, awards, publications, certificates: not printed.
    },
  },

  onepage: {
    pkg: 'jsonresume-theme-onepage',
    legacy: true,
    // "Richard Hendriks, Programmer"; "email | phone | San Francisco, California, US";
    // then the profile URLs as text. basics.url/website is NOT printed.
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['city', 'region', 'countryCode'],
    profiles: ['fromUrl'],
    profilesNeedUrl: true,
    // The pre-1.0 "details" lists are printed: work details as bullets "text [comment]",
    // skill details as "HTML (expert), ..." (keyword = text).
    details: true,
    sections: {
      // ", CEO/President" when there is no company: company (legacy) + position, raw dates
      // "2013-12-01 — 2014-12-01", website, then bullets. The theme moves the work summary
      // into the first bullet, so gold has it as the first highlight, not as summary.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'highlights'], dates: 'raw', summaryAsFirstHighlight: true },
      // "Video compression for 3d media, Hooli   2014-10-01", website as text, summary as a
      // bullet (kept as summary: publications have no highlights).
      publications: { fields: ['name', 'publisher', 'releaseDate', 'url', 'summary'], dates: 'raw' },
      // "Digital Compression Pioneer Award, Techcrunch  2014-11-01", summary as a bullet.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'raw' },
      // institution, raw dates, "Bachelor - Information Technology, GPA: 4.0", courses in
      // three columns.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'], dates: 'raw' },
      skills: true,
      languages: ['language', 'fluency'],
      // projects, certificates: not printed. Volunteer: separate "VOLUNTEERING" section.
    },
  },

  paper: {
    pkg: 'jsonresume-theme-paper',
    legacy: true,
    // Header: name, label (no summary anywhere). "Contact": Website, Email, Phone.
    // "Location": Address, "Postal Code & City" (only when both are set), Region; no country.
    basics: ['name', 'label', 'email', 'phone', 'url'],
    location: ['address', 'postalCode', 'city', 'region'],
    cityNeedsPostalCode: true,
    // "Profiles": network names as links only.
    profiles: ['network'],
    profilesNeedNetwork: true,
    sections: {
      // "Professional Skills Summary": "Web Development (Master): HTML, CSS, Javascript".
      skills: true,
      // left: "Work Experience" + "2013-12-01 to 2014-12-01" (raw); right: "Position at
      // Company" (legacy key), summary, bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'raw' },
      // institution; "studyType: area (gpa)" only when area is set; the date range only when
      // both dates are set. No courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score'], dates: 'raw', bothDatesOrNone: true },
      languages: ['language', 'fluency'],
      // left: title + raw date; right: awarder, summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'raw' },
      // projects, publications, certificates: not printed. Volunteering: separate section.
    },
  },

  spartacus: {
    pkg: 'jsonresume-theme-spartacus',
    legacy: true,
    // Header: name + label. "Contact": "San Francisco, California, US", email, profiles
    // "Twitter: neutralthoughts" (only profiles with a url), phone. "Summary" (raw HTML).
    // basics.url/website is not printed.
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['city', 'region', 'countryCode'],
    profiles: ['network', 'username'],
    profilesNeedUrl: true,
    sections: {
      // "Technical Skills": group name, level, "HTML, CSS, Javascript".
      skills: true,
      // "Bachelor in Information Technology at University of Oklahoma", "Jun 2011 - Jan 2014",
      // "Grade: 4.0" (legacy gpa). No courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score'], dates: 'month' },
      // title, awarder, summary, "Nov 2014".
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      // "Employment": company link (legacy key) + position, "Dec 2013 - Dec 2014", summary,
      // bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // languages, publications, certificates and the real projects are not printed.
    },
    // The theme prints the VOLUNTEER entries under a "Projects" heading, each titled by its
    // summary ("Global movement of free coding clubs for young people.") with its bullets
    // and no dates, position or organisation. Gold follows the page: projects named so.
    volunteerAsProjects: true,
  },

  actual: {
    pkg: 'jsonresume-theme-actual',
    // Top: big name, label; right: phone, email, "San Francisco, California, US" (city,
    // region, then the country CODE, or the country NAME when fewer than two parts precede
    // it). Summary (markdown). "Links" in the side column: basics.url and each profile URL
    // as text without scheme (no network names, no usernames).
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: ['city', 'region', 'countryCode'],
    profiles: ['fromUrl'],
    sections: {
      // "CEO/President  Dec 2013 - Dec 2014 / Pied Piper · Palo Alto, CA", summary, bullets.
      work: { fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // roles ("Team lead and Designer") as title, name, dates, description, bullets.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // title (link), publisher, "Oct 2014", summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      // side column: "Web Development" + keyword list.
      skills: true,
      // "Bachelor, Information Technology" + institution; NO dates, score or courses.
      education: { fields: ['institution', 'area', 'studyType'] },
      // name + issuer; no date.
      certificates: { fields: ['name', 'issuer'] },
      // title, awarder, summary; no date.
      awards: { fields: ['title', 'awarder', 'summary'] },
      // "English · Native speaker".
      languages: ['language', 'fluency'],
      // Volunteer: separate "Volunteer" section.
    },
  },

  kendall: {
    pkg: 'jsonresume-theme-kendall',
    // Bootstrap 3 page of a main column (About, Work Experience, Awards, Volunteer, Projects)
    // and a side column (Contact, Education, Skills, Publications, Languages, Interests),
    // Font Awesome icons before every heading and contact line. Bootstrap and the icons come
    // from a CDN: offline (as rendered here) the side column is stacked under the main one and
    // the icons are empty. Header: avatar (gravatar, not loaded), NAME and LABEL in capitals
    // (CSS text-transform; the text is as written). "Contact": the address, then
    // "Tillmanberg, Florida 95468 US" (city, region, postal code, country CODE), phone, email,
    // basics.url as text.
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: ['address', 'city', 'region', 'postalCode', 'countryCode'],
    // Profiles (in Contact): network, then the username as link text (the URL when there is no
    // username).
    profiles: ['network', 'username', 'urlIfNoUsername'],
    sections: {
      // Grey block "Ankunding - Bartell / East Vena, RI / March 2021 – Present" (full month
      // names; a year-only date would print as the year alone, no document here has one),
      // then position, summary (raw HTML), "Highlights" + bullets.
      work: { fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // "<year> <year>" beside institution, "Bachelor of Science", area, "Grade: 3.6",
      // "Courses" list: years only ("2027 (expected)" for an end after this year, "Present"
      // for none). No location.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'], dates: 'year' },
      // "March 2019" beside awarder (as a heading), title, summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      // "pgshard: Open-source tool ..." only: no dates, no bullets.
      projects: { fields: ['name', 'description'] },
      // panel: title, publisher, "01 October 2014", the URL as text, summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'url', 'summary'], dates: 'month' },
      // group name, level, keyword badges.
      skills: true,
      // languages: the section is only printed when languages[0].name is set (a pre-1.0
      // key); v1 documents have "language", so it is never printed. Certificates: not printed.
    },
  },

  elegant: {
    pkg: 'jsonresume-theme-elegant',
    // A profile card and a "Background" card of entries with icons (an icon font of the theme
    // and Bootstrap 3 from a CDN; offline the floating menu and the icons are empty and the
    // cards are stacked). Profile card: picture (gravatar, not loaded), name, label, then icon
    // lines: "199 Wellington Cove, Tillmanberg, Florida, US, 95468" (address, city, region,
    // country code, postal code), phone, email, the LANGUAGE NAMES "English, German" (no
    // fluency). basics.url is not printed (the theme reads only basics.website).
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['address', 'city', 'region', 'countryCode', 'postalCode'],
    // Profiles: icon links with no text at all (the URL is only the link target).
    profiles: [],
    sections: {
      // "Senior Backend Engineer, Ankunding - Bartell", "Mar, 2021 - Present   3 years 8
      // months" (the duration depends on the day of rendering; not in gold), summary, bullets.
      // No location. A year-only date prints as "Jan, 2017".
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // "Projects Experience": name, "Oct, 2019 - Jun, 2020", description, bullets.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // name + keyword labels (the level is a bar with a tooltip only).
      skills: true,
      // "Computer Science, Bachelor of Science, University of Texas", "Sep, 2011 - May, 2015",
      // course labels. The grade is printed only from the legacy key gpa, so v1 score is not.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses'], dates: 'month' },
      // "Certified Kubernetes Application Developer, Cloud Native Computing Foundation",
      // "Issued on: Apr 10, 2022".
      certificates: { fields: ['name', 'date', 'issuer'], dates: 'month' },
      // "title , awarder", "Awarded on: Mar 02, 2019", summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      // "name , publisher", "Published on: Oct 01, 2014", summary; URL only as link target.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      // in the profile card, names only (see above).
      languages: ['language'],
      // Volunteer: separate "Volunteer Work" section.
    },
  },

  flat: {
    pkg: 'jsonresume-theme-flat',
    legacy: true,
    // Grey header: name, label. Then rows of a heading column and a content column (Bootstrap
    // 3 grid from a CDN; offline each heading stands right-aligned above its content):
    // "Contact": Email, Phone, Website (labelled); "About": summary; "Profiles". No location.
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: [],
    // Profiles: network in bold, the username as a link (the URL as text when there is no
    // username).
    profiles: ['network', 'username', 'urlIfNoUsername'],
    sections: {
      // company (legacy key) on a rule with "2021-03-01 — " (raw strings) at its right end,
      // website, position, summary, "Highlights" + bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'raw' },
      // institution + raw dates on a rule, area, studyType, "Courses" list. No grade.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses'], dates: 'raw' },
      // title, "Awarded 2019-03-02" (raw), "by awarder", summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'raw' },
      // name + raw date, "Published by publisher", summary; the website link has no text.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'raw' },
      skills: true,
      languages: ['language', 'fluency'],
      // projects, certificates: not printed. Volunteer: separate section.
    },
  },

  short: {
    pkg: 'jsonresume-theme-short',
    legacy: true,
    // A dense single column: name (no label), "email  phone  website" on one line, summary,
    // profiles "GitHub  rharris" (network, then the username as link text; nothing for a
    // profile without username). No location.
    basics: ['name', 'email', 'phone', 'url', 'summary'],
    location: [],
    profiles: ['network', 'username'],
    sections: {
      // a table of group name and "Go, Java, Python, SQL" (no level).
      skills: true,
      // company (legacy key) as heading, then "Senior Backend Engineer   Mar 2021 - Present"
      // (the month from JavaScript's Date in the machine's time zone: UTC here; a year alone
      // prints as "Jan 2017"), summary, bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // institution, "Sep 2011 - May 2015", "Bachelor of Science - Computer Science GPA: 3.6"
      // (legacy gpa). No courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score'], dates: 'month' },
      // title, "undefined NaN" in place of the date (the template's {{date}} calls the theme's
      // own date helper without an argument), awarder, summary: no award date.
      awards: { fields: ['title', 'awarder', 'summary'] },
      // name, publisher, the date as written (raw), a "Link" (URL not shown), summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'raw' },
      languages: ['language', 'fluency'],
      // projects, certificates: not printed. Volunteer: separate "Volunteering" section.
    },
  },

  slick: {
    pkg: 'jsonresume-theme-slick',
    legacy: true,
    // A card: name, label, website (legacy key), email, phone, then the address block
    // "2712 Broadway St / 94115 San Francisco California US", printed only when the address
    // is set. Profiles: entypo icon links with no text (the icon font is not loaded; the URL is
    // only the link target). Summary under the card. Each section: an icon and its heading in
    // a left column (Bootstrap 3 from a CDN; offline the columns stack).
    basics: ['name', 'label', 'email', 'phone', 'url', 'summary'],
    location: ['address', 'postalCode', 'city', 'region', 'countryCode'],
    locationNeedsAddress: true,
    profiles: [],
    sections: {
      // company (legacy key), position, "2021-03-01 - Present" (raw strings), website,
      // summary, bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'raw' },
      // institution, area, studyType, raw dates, "GPA: 3.6" (legacy gpa), courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'score', 'courses'], dates: 'raw' },
      // title, awarder, raw date, summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'raw' },
      // name, publisher, raw date, a "Link" (URL not shown), summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'raw' },
      // group name, level, keyword list.
      skills: true,
      languages: ['language', 'fluency'],
      // projects, certificates: not printed. Volunteer: separate section.
    },
  },

  autumn: {
    pkg: 'jsonresume-theme-autumn',
    // Header: name, label; right: "Tillmanberg, Florida, United States" (city, region, the
    // country NAME looked up from the code; address and postal code left out), e-mail, phone,
    // website only from the legacy key (so not printed for a v1 document), each profile as its
    // NETWORK name linking to its URL. Summary. Then a grid: a narrow column of Skills,
    // Languages ("English" + a fluency chip), Interests; a wide one of Work, Volunteer,
    // Education, Awards, Publications, References (side by side in print).
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['city', 'region', 'countryCode'],
    profiles: ['network'],
    profilesNeedNetwork: true,
    sections: {
      // name (linked to its website), position, "Mar 2021 - Present" (date-fns in the
      // machine's time zone: UTC here), summary, bullets. No location.
      work: { fields: ['name', 'position', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // institution, "studyType in area", dates. No grade, no courses.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate'], dates: 'month' },
      // title, awarder, "Mar 2019", summary.
      awards: { fields: ['title', 'date', 'awarder', 'summary'], dates: 'month' },
      // name, publisher, "Oct 2014", summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      // group name + keyword chips.
      skills: true,
      languages: ['language', 'fluency'],
      // projects, certificates: not printed. Volunteer: separate section.
    },
  },

  lucide: {
    pkg: 'jsonresume-theme-lucide',
    // In French. A coloured sidebar: COMPETENCES (group + keyword tags), SOFT SKILLS,
    // Certifications ("Avr. 2022", name, issuer), LANGUES ("English : Native speaker"),
    // INTERETS. Content: the name with its last word in capitals ("Rickie HARRIS"), "City,
    // (US)" (city and country code), phone, email, website only from the legacy key (so not
    // printed for a v1 document), each profile with a network as its USERNAME linking to its
    // URL (the network's icon font is not loaded), label, summary (markdown).
    basics: ['name', 'label', 'email', 'phone', 'summary'],
    location: ['city', 'countryCode'],
    profiles: ['username'],
    profilesNeedNetwork: true,
    sections: {
      // EXPERIENCES PROFESSIONNELLES: "Mars 2021 - Aujourd'hui" over the length ("5 ans 9
      // mois", from the day of rendering; not in gold) in a date column, then position, name,
      // location, summary, bullets. A year alone prints as "Janv. 2017".
      work: { fields: ['name', 'position', 'location', 'startDate', 'endDate', 'summary', 'highlights'], dates: 'month' },
      // FORMATION: dates, "studyType en area", institution, location, courses. No grade.
      education: { fields: ['institution', 'area', 'studyType', 'startDate', 'endDate', 'courses', 'location'], dates: 'month' },
      // PROJETS: dates, name, description, bullets.
      projects: { fields: ['name', 'description', 'highlights', 'startDate', 'endDate'], dates: 'month' },
      // PUBLICATIONS: "Oct. 2014", "name in publisher", summary.
      publications: { fields: ['name', 'publisher', 'releaseDate', 'summary'], dates: 'month' },
      // in the sidebar, see above.
      certificates: { fields: ['name', 'date', 'issuer'], dates: 'month' },
      skills: true,
      languages: ['language', 'fluency'],
      // awards: not printed. Volunteer: separate section.
    },
  },
};

// (theme, doc) pairs rendered. Each theme renders 5 documents; each document goes through
// 4-8 themes, at least one of them held out and one not (gold/SPLIT). onepage-sample is
// written in the pre-1.0 schema, so it only goes to legacy themes (and kendall and elegant
// throw on its profiles without a network). Not paired: class with
// manager (with two degrees side by side the theme's floats push the skills column off the
// printed page, so the PDF would not show what the gold holds); actual with frontend (the
// theme throws on a project without roles).
export const PAIRS = [
  ['even', 'schema-sample'], ['even', 'researcher'], ['even', 'manager'], ['even', 'sre'], ['even', 'frontend'],
  ['stackoverflow', 'stackoverflow-sample'], ['stackoverflow', 'engineer'], ['stackoverflow', 'newgrad'],
  ['stackoverflow', 'datascientist'], ['stackoverflow', 'phdstudent'],
  ['macchiato', 'schema-sample'], ['macchiato', 'researcher'], ['macchiato', 'newgrad'], ['macchiato', 'datascientist'],
  ['macchiato', 'frontend'],
  ['class', 'onepage-sample'], ['class', 'engineer'], ['class', 'newgrad'], ['class', 'sre'], ['class', 'phdstudent'],
  ['onepage', 'onepage-sample'], ['onepage', 'manager'], ['onepage', 'researcher'], ['onepage', 'datascientist'],
  ['onepage', 'sre'],
  ['paper', 'newgrad'], ['paper', 'manager'], ['paper', 'sre'], ['paper', 'frontend'], ['paper', 'phdstudent'],
  ['spartacus', 'engineer'], ['spartacus', 'newgrad'], ['spartacus', 'manager'], ['spartacus', 'datascientist'],
  ['spartacus', 'frontend'],
  ['actual', 'stackoverflow-sample'], ['actual', 'researcher'], ['actual', 'engineer'], ['actual', 'sre'],
  ['actual', 'phdstudent'],
  ['kendall', 'schema-sample'], ['kendall', 'engineer'], ['kendall', 'researcher'], ['kendall', 'datascientist'],
  ['kendall', 'phdstudent'],
  ['elegant', 'stackoverflow-sample'], ['elegant', 'manager'], ['elegant', 'datascientist'], ['elegant', 'sre'],
  ['elegant', 'frontend'],
  ['flat', 'schema-sample'], ['flat', 'onepage-sample'], ['flat', 'researcher'], ['flat', 'newgrad'],
  ['flat', 'phdstudent'],
  ['slick', 'schema-sample'], ['slick', 'engineer'], ['slick', 'sre'], ['slick', 'newgrad'], ['slick', 'manager'],
  // short after the other Handlebars 2 themes: it registers Handlebars helpers named "date"
  // and "paragraphSplit" on the Handlebars 2 module that class, onepage, spartacus, flat and
  // slick share in this process, and a "date" helper would then take the place of the
  // award's date field in onepage, flat and slick.
  ['short', 'stackoverflow-sample'], ['short', 'onepage-sample'], ['short', 'engineer'], ['short', 'manager'],
  ['short', 'frontend'],
  // (slick throws on a profile without a network, so never gets onepage-sample; autumn's
  // date helper throws on a year alone, so never gets frontend.)
  ['autumn', 'stackoverflow-sample'], ['autumn', 'manager'], ['autumn', 'newgrad'], ['autumn', 'phdstudent'],
  ['autumn', 'researcher'],
  // lucide last: it sets moment's global locale to French, which would change the dates of
  // any theme after it that formats dates with moment.
  ['lucide', 'schema-sample'], ['lucide', 'stackoverflow-sample'], ['lucide', 'engineer'], ['lucide', 'frontend'],
  ['lucide', 'datascientist'],
];

// Where each document comes from (the SOURCES "doc:" part). Commit of resume-schema recorded.
export const DOC_ORIGINS = {
  'schema-sample': 'github:jsonresume/resume-schema@b25e3f4bbafd349c2c5bbaa62602c03c228762db:sample.resume.json (MIT)',
  'stackoverflow-sample': 'npm:jsonresume-theme-stackoverflow@3.3.0:docs/sample.resume.json (MIT)',
  'onepage-sample': 'npm:jsonresume-theme-onepage@0.0.3:resume.json (MIT, pre-1.0 schema)',
  engineer: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 1101)',
  researcher: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 2202)',
  newgrad: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 3303)',
  manager: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 4404)',
  datascientist: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 5505)',
  sre: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 6606)',
  frontend: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 7707)',
  phdstudent: 'synthetic, render/docs/generate.mjs (@faker-js/faker 9.9.0, seed 8808)',
};
