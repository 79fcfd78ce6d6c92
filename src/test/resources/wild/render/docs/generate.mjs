#!/usr/bin/env node
// Generates the four synthetic JSON Resume (v1.0.0 schema) documents of this folder:
//   engineer.json, researcher.json, newgrad.json, manager.json
// Persons, organisations, places, phones and e-mails come from @faker-js/faker with a fixed
// seed per document (so they are made up and reproducible); the career content (positions,
// bullets, skills, titles) is hand-written below, so that it reads like a real resume.
// The outputs are committed; render.mjs reads the committed files and never calls this.
// Re-run with:  node docs/generate.mjs   (from the render/ folder, after npm ci)
import { faker } from '@faker-js/faker';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function person(seed) {
  faker.seed(seed);
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const handle = (first[0] + last).toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    first, last, handle,
    name: `${first} ${last}`,
    email: `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@example.com',
    phone: faker.phone.number({ style: 'national' }),
    city: faker.location.city(),
    region: faker.location.state(),
    postalCode: faker.location.zipCode('#####'),
    address: faker.location.streetAddress(),
  };
}
const company = () => faker.company.name();
const city = () => `${faker.location.city()}, ${faker.location.state({ abbreviated: true })}`;

function engineer() {
  const p = person(1101);
  return {
    basics: {
      name: p.name,
      label: 'Senior Backend Engineer',
      email: p.email,
      phone: p.phone,
      url: `https://${p.handle}.example.com`,
      summary: 'Backend engineer with nine years of experience designing payment and logistics systems. Comfortable owning services end to end, from schema design to on-call. Recently focused on event-driven architectures and cost-efficient cloud infrastructure.',
      location: { city: p.city, region: p.region, countryCode: 'US', postalCode: p.postalCode, address: p.address },
      profiles: [
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
        { network: 'LinkedIn', username: `${p.first}-${p.last}`.toLowerCase(), url: `https://www.linkedin.com/in/${p.first}-${p.last}`.toLowerCase() },
      ],
    },
    work: [
      {
        name: company(), position: 'Senior Backend Engineer', location: city(),
        startDate: '2021-03-01',
        summary: 'Payments platform team; tech lead for settlement and reconciliation services.',
        highlights: [
          'Redesigned the settlement pipeline around Kafka, cutting end-of-day batch time from 4 hours to 25 minutes',
          'Led the migration of 14 services from EC2 to Kubernetes with zero customer-facing downtime',
          'Introduced contract testing between services, reducing integration incidents by 60%',
        ],
      },
      {
        name: company(), position: 'Software Engineer', location: city(),
        startDate: '2017-06-15', endDate: '2021-02-26',
        summary: 'Built routing and dispatch APIs for a same-day delivery network.',
        highlights: [
          'Implemented a route-batching service in Go handling 3,000 requests per second at peak',
          'Moved the order history store from MySQL to PostgreSQL with logical replication',
          'Mentored four junior engineers through the team onboarding program',
        ],
      },
      {
        name: company(), position: 'Junior Developer', location: city(),
        startDate: '2015-07-01', endDate: '2017-05-31',
        highlights: [
          'Maintained the internal invoicing application written in Java and Spring',
          'Automated the nightly data export, saving the finance team a day of work every month',
        ],
      },
    ],
    education: [
      {
        institution: `University of ${faker.location.state()}`,
        area: 'Computer Science', studyType: 'Bachelor of Science',
        startDate: '2011-09-01', endDate: '2015-05-15', score: '3.6',
        courses: ['Distributed Systems', 'Database Systems', 'Operating Systems'],
      },
    ],
    certificates: [
      { name: 'Certified Kubernetes Application Developer', date: '2022-04-10', issuer: 'Cloud Native Computing Foundation' },
    ],
    skills: [
      { name: 'Languages', keywords: ['Go', 'Java', 'Python', 'SQL'] },
      { name: 'Infrastructure', keywords: ['Kubernetes', 'Terraform', 'AWS', 'Kafka'] },
      { name: 'Data', keywords: ['PostgreSQL', 'Redis', 'Elasticsearch'] },
    ],
    languages: [
      { language: 'English', fluency: 'Native speaker' },
      { language: 'German', fluency: 'Intermediate' },
    ],
    projects: [
      {
        name: 'pgshard', roles: ['Author', 'Maintainer'], description: 'Open-source tool for online resharding of PostgreSQL tables.',
        startDate: '2019-10-01', endDate: '2020-06-30',
        highlights: ['Used in production by three companies', 'Handles tables of up to 2 TB without locking writes'],
      },
    ],
    interests: [{ name: 'Cycling', keywords: ['Gravel', 'Bike repair'] }],
  };
}

function researcher() {
  const p = person(2202);
  const uni1 = `${faker.location.city()} Institute of Technology`;
  const uni2 = `University of ${faker.location.city()}`;
  const coauthor = () => `${faker.person.firstName()[0]}. ${faker.person.lastName()}`;
  return {
    basics: {
      name: p.name,
      label: 'Research Scientist, Machine Learning',
      email: p.email,
      phone: p.phone,
      url: `https://${p.handle}.example.org`,
      summary: 'Machine learning researcher working on robust and data-efficient models for medical imaging. Eight peer-reviewed papers, two open-source libraries, and experience taking research prototypes into clinical pilots.',
      location: { city: p.city, region: p.region, countryCode: 'US' },
      profiles: [
        { network: 'Google Scholar', username: 'Xq3pLmAAAAAJ', url: 'https://scholar.google.com/citations?user=Xq3pLmAAAAAJ' },
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
      ],
    },
    work: [
      {
        name: `${company()} Research Lab`, position: 'Research Scientist', location: city(),
        startDate: '2022-01-10',
        summary: 'Applied research group for diagnostic imaging.',
        highlights: [
          'Developed a self-supervised pretraining method that matches supervised baselines with 10% of the labels',
          'Led the evaluation protocol for a two-hospital pilot of a chest X-ray triage model',
        ],
      },
      {
        name: uni1, position: 'Graduate Research Assistant', location: city(),
        startDate: '2016-09-01', endDate: '2021-12-17',
        highlights: [
          'Built uncertainty estimation methods for segmentation networks',
          'Maintained the lab GPU cluster and its job scheduler',
        ],
      },
    ],
    education: [
      {
        institution: uni1, area: 'Computer Science', studyType: 'Ph.D.',
        startDate: '2016-09-01', endDate: '2021-12-17',
      },
      {
        institution: uni2, area: 'Applied Mathematics', studyType: 'M.S.',
        startDate: '2014-09-01', endDate: '2016-06-10', score: '3.9',
        courses: ['Statistical Learning', 'Convex Optimization'],
      },
    ],
    publications: [
      {
        name: 'Label-Efficient Pretraining for Chest Radiograph Triage',
        publisher: 'Medical Image Computing and Computer Assisted Intervention (MICCAI)',
        releaseDate: '2023-10-08', url: 'https://example.org/papers/miccai23',
        summary: 'Contrastive pretraining on unlabeled radiographs with a triage-specific fine-tuning objective.',
      },
      {
        name: 'Calibrated Uncertainty for Volumetric Segmentation',
        publisher: 'IEEE Transactions on Medical Imaging',
        releaseDate: '2021-05-01', url: 'https://example.org/papers/tmi21',
        summary: 'A post-hoc calibration method for 3D segmentation networks evaluated on four public datasets.',
      },
      {
        name: 'When Do Ensembles Help Segmentation?',
        publisher: 'Medical Imaging with Deep Learning (MIDL)',
        releaseDate: '2019-07-08',
        summary: 'An empirical study of deep ensembles under dataset shift.',
      },
    ],
    awards: [
      { title: 'Graduate Research Fellowship', date: '2017-04-01', awarder: 'National Science Foundation', summary: 'Three-year fellowship for doctoral research.' },
      { title: 'Best Paper Runner-up', date: '2019-07-10', awarder: 'MIDL' },
    ],
    skills: [
      { name: 'Machine Learning', keywords: ['PyTorch', 'JAX', 'scikit-learn'] },
      { name: 'Programming', keywords: ['Python', 'C++', 'CUDA'] },
    ],
    languages: [
      { language: 'English', fluency: 'Fluent' },
      { language: 'Spanish', fluency: 'Native speaker' },
    ],
    references: [{ name: coauthor(), reference: 'Available on request.' }],
  };
}

function newgrad() {
  const p = person(3303);
  return {
    basics: {
      name: p.name,
      label: 'Software Engineer (New Graduate)',
      email: p.email,
      phone: p.phone,
      summary: 'Recent computer engineering graduate with two internships in web and embedded development. Looking for a full-time software engineering role starting this summer.',
      location: { city: p.city, region: p.region, countryCode: 'US' },
      profiles: [
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
      ],
    },
    education: [
      {
        institution: `${faker.location.state()} State University`,
        area: 'Computer Engineering', studyType: 'Bachelor of Science',
        startDate: '2020-08-24', endDate: '2024-05-10', score: '3.7',
        courses: ['Data Structures', 'Computer Architecture', 'Embedded Systems', 'Software Engineering'],
      },
    ],
    work: [
      {
        name: company(), position: 'Software Engineering Intern', location: city(),
        startDate: '2023-05-22', endDate: '2023-08-11',
        highlights: [
          'Added server-side pagination to the customer portal, cutting page load time by half',
          'Wrote end-to-end tests in Playwright for the checkout flow',
        ],
      },
      {
        name: company(), position: 'Firmware Intern', location: city(),
        startDate: '2022-06-06', endDate: '2022-08-19',
        highlights: ['Ported a sensor driver from C to Rust on an ARM Cortex-M4 board'],
      },
    ],
    projects: [
      {
        name: 'Campus Shuttle Tracker', roles: ['Frontend developer'], description: 'Mobile web app showing live shuttle positions from GPS beacons.',
        startDate: '2023-01-09', endDate: '2023-05-05',
        highlights: ['Used by about 800 students a week', 'Built with React, Node.js and MQTT'],
      },
      {
        name: 'Senior Design: Smart Irrigation Controller', roles: ['Team lead', 'Firmware developer'], description: 'Soil-moisture driven irrigation controller with a web dashboard.',
        startDate: '2023-08-28', endDate: '2024-04-26',
        highlights: ['Reduced water use by 30% in a three-month field test'],
      },
    ],
    awards: [
      { title: "Dean's List", date: '2023-12-15', awarder: 'College of Engineering', summary: 'Six semesters.' },
    ],
    skills: [
      { name: 'Skills', keywords: ['Python', 'C', 'Rust', 'JavaScript', 'React', 'Git', 'Linux'] },
    ],
    volunteer: [
      {
        organization: 'Girls Who Code', position: 'Club Facilitator',
        startDate: '2021-09-01', endDate: '2023-05-01',
        summary: 'Weekly coding club for middle-school students.',
        highlights: ['Taught introductory Python to a group of 15 students'],
      },
    ],
  };
}

function manager() {
  const p = person(4404);
  return {
    basics: {
      name: p.name,
      label: 'Engineering Manager',
      email: p.email,
      phone: p.phone,
      url: `https://www.${p.handle}.example.net`,
      summary: 'Engineering manager with fifteen years in software, the last seven leading teams of 6 to 25 engineers. Known for building hiring pipelines, growing first-time managers, and steady delivery on platform roadmaps.',
      location: { city: p.city, region: p.region, countryCode: 'US' },
      profiles: [
        { network: 'LinkedIn', username: `${p.handle}-mgr`, url: `https://www.linkedin.com/in/${p.handle}-mgr` },
        { network: 'Twitter', username: p.handle, url: `https://twitter.com/${p.handle}` },
      ],
    },
    work: [
      {
        name: company(), position: 'Senior Engineering Manager', location: city(),
        startDate: '2021-09-01',
        summary: 'Leads the developer platform group (three teams, 22 engineers).',
        highlights: [
          'Cut median CI time from 38 to 11 minutes by funding a build infrastructure team',
          'Hired 14 engineers and promoted two first-time managers',
          'Ran the quarterly planning process for the platform organisation',
        ],
      },
      {
        name: company(), position: 'Engineering Manager', location: city(),
        startDate: '2018-02-01', endDate: '2021-08-31',
        highlights: [
          'Managed the search team of eight engineers through a full rewrite of the ranking service',
          'Introduced an on-call rotation and blameless postmortems',
        ],
      },
      {
        name: company(), position: 'Staff Software Engineer', location: city(),
        startDate: '2013-05-01', endDate: '2018-01-31',
        highlights: ['Designed the multi-tenant storage layer used by all product teams'],
      },
      {
        name: company(), position: 'Software Developer', location: city(),
        startDate: '2009-06-01', endDate: '2013-04-30',
        highlights: ['Built reporting features for a hospital scheduling product'],
      },
    ],
    education: [
      {
        institution: `${faker.location.city()} School of Business`, area: 'Business Administration', studyType: 'MBA',
        startDate: '2015-09-01', endDate: '2017-06-01',
      },
      {
        institution: `University of ${faker.location.city()}`, area: 'Software Engineering', studyType: 'Bachelor of Engineering',
        startDate: '2005-09-01', endDate: '2009-05-01',
      },
    ],
    certificates: [
      { name: 'Certified Scrum Master', date: '2016-03-01', issuer: 'Scrum Alliance' },
      { name: 'AWS Certified Solutions Architect - Associate', date: '2019-11-01', issuer: 'Amazon Web Services' },
    ],
    awards: [
      { title: 'Leadership Excellence Award', date: '2022-12-01', awarder: 'Engineering Leadership Forum', summary: 'For building the platform group from scratch.' },
    ],
    skills: [
      { name: 'Leadership', keywords: ['Hiring', 'Coaching', 'Roadmapping', 'OKRs'] },
      { name: 'Technical', keywords: ['Java', 'Kotlin', 'Distributed systems', 'CI/CD'] },
    ],
    languages: [
      { language: 'English', fluency: 'Native speaker' },
      { language: 'French', fluency: 'Professional working proficiency' },
      { language: 'Portuguese', fluency: 'Elementary' },
    ],
  };
}

const docs = { engineer, researcher, newgrad, manager };
for (const [id, make] of Object.entries(docs)) {
  const doc = { $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...make() };
  doc.meta = { version: 'v1.0.0', generator: 'docs/generate.mjs (synthetic, @faker-js/faker 9.9.0)' };
  fs.writeFileSync(path.join(here, `${id}.json`), JSON.stringify(doc, null, 2) + '\n');
  console.log(`${id}.json: ${doc.basics.name}`);
}
