#!/usr/bin/env node
// Generates the eight synthetic JSON Resume (v1.0.0 schema) documents of this folder:
//   engineer.json, researcher.json, newgrad.json, manager.json,
//   datascientist.json, sre.json, frontend.json, phdstudent.json
// Persons, organisations, places, phones and e-mails come from @faker-js/faker with a fixed
// seed per document (so they are made up and reproducible; the last four use faker's British,
// German and Canadian locales, for addresses, phones and names outside the US); the career
// content (positions,
// bullets, skills, titles) is hand-written below, so that it reads like a real resume.
// The outputs are committed; render.mjs reads the committed files and never calls this.
// Re-run with:  node docs/generate.mjs   (from the render/ folder, after npm ci)
import { faker, fakerDE, fakerEN_CA, fakerEN_GB } from '@faker-js/faker';
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

// A person from one of faker's other locales (seeded like person()). German umlauts are
// written out in the e-mail and handle (ü -> ue), as people do in addresses.
function localPerson(f, seed) {
  f.seed(seed);
  const first = f.person.firstName();
  const last = f.person.lastName();
  const ascii = (s) => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const handle = ascii(first[0] + last).toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    first, last, handle,
    name: `${first} ${last}`,
    email: ascii(`${first}.${last}`).toLowerCase().replace(/[^a-z0-9.]/g, '') + '@example.com',
    phone: f.phone.number({ style: 'national' }),
    city: f.location.city(),
    region: f.location.state(),
    postalCode: f.location.zipCode(),
    address: f.location.streetAddress(),
  };
}

// Data scientist in the UK: month-only dates (YYYY-MM), a current job, two papers and a
// conference talk (JSON Resume has no talks: a talk is a publication with the event as
// publisher), a competition award, a Kaggle profile, no certificates.
function datascientist() {
  const f = fakerEN_GB;
  const p = localPerson(f, 5505);
  const uni = `University of ${f.location.city()}`;
  return {
    basics: {
      name: p.name,
      label: 'Senior Data Scientist',
      email: p.email,
      phone: p.phone,
      url: `https://${p.handle}.example.co.uk`,
      summary: 'Data scientist with eight years of experience in retail forecasting and experimentation. Builds models that planners actually use, and the pipelines that keep them fresh. Speaker at PyData on demand forecasting under promotions.',
      location: { address: p.address, postalCode: p.postalCode, city: p.city, region: f.location.county(), countryCode: 'GB' },
      profiles: [
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
        { network: 'Kaggle', username: `${p.handle}ds`, url: `https://www.kaggle.com/${p.handle}ds` },
      ],
    },
    work: [
      {
        name: f.company.name(), position: 'Senior Data Scientist', location: `${f.location.city()}, UK`,
        startDate: '2022-04',
        summary: 'Forecasting and pricing team of a grocery chain with 600 stores.',
        highlights: [
          'Replaced the store-level demand forecast with a gradient-boosted model, reducing waste on fresh produce by 11%',
          'Designed the promotion uplift model used in weekly trading meetings',
          'Set up model monitoring and automated retraining on Airflow and MLflow',
        ],
      },
      {
        name: f.company.name(), position: 'Data Scientist', location: `${f.location.city()}, UK`,
        startDate: '2019-01', endDate: '2022-03',
        highlights: [
          'Ran over 40 A/B tests on checkout and search, and wrote the company guide to test analysis',
          'Built a customer lifetime value model feeding the marketing budget allocation',
        ],
      },
      {
        name: f.company.name(), position: 'Data Analyst',
        startDate: '2016-09', endDate: '2018-12',
        summary: 'Reporting and ad-hoc analysis for the insurance claims department.',
      },
    ],
    education: [
      {
        institution: uni, area: 'Statistics', studyType: 'MSc',
        startDate: '2015-09', endDate: '2016-09', score: 'Distinction',
        courses: ['Bayesian Inference', 'Time Series Analysis', 'Machine Learning'],
      },
      {
        institution: `${f.location.city()} University`, area: 'Mathematics', studyType: 'BSc',
        startDate: '2012-09', endDate: '2015-06', score: 'First Class Honours',
      },
    ],
    publications: [
      {
        name: 'Forecasting Grocery Demand Under Promotions',
        publisher: 'PyData London',
        releaseDate: '2023-06',
        summary: 'Conference talk on hierarchical forecasting when a third of the sales happen on promotion.',
      },
      {
        name: 'Censored Demand and the Cost of Empty Shelves',
        publisher: 'International Journal of Forecasting',
        releaseDate: '2021-10', url: 'https://example.org/papers/ijf21',
        summary: 'Estimating true demand from sales data truncated by stock-outs.',
      },
      {
        name: 'A Practical Guide to Sequential Testing',
        publisher: 'Journal of Applied Statistics',
        releaseDate: '2020-03',
      },
    ],
    awards: [
      { title: 'Silver Medal, Retail Demand Forecasting Challenge', date: '2020-07', awarder: 'Kaggle', summary: 'Top 2% of 5,500 teams.' },
    ],
    skills: [
      { name: 'Modelling', level: 'Expert', keywords: ['Forecasting', 'Causal inference', 'Bayesian statistics', 'Gradient boosting'] },
      { name: 'Tools', keywords: ['Python', 'R', 'SQL', 'Spark', 'Airflow', 'dbt'] },
    ],
    languages: [
      { language: 'English', fluency: 'Native speaker' },
      { language: 'Polish', fluency: 'Conversational' },
    ],
    interests: [{ name: 'Running', keywords: ['Half marathons'] }],
  };
}

// DevOps / site reliability engineer in Germany: street address with a German postal code,
// full dates (YYYY-MM-DD), six certificates, no url, no projects or awards, an older job
// with a summary and no bullets.
function sre() {
  const f = fakerDE;
  const p = localPerson(f, 6606);
  return {
    basics: {
      name: p.name,
      label: 'Site Reliability Engineer',
      email: p.email,
      phone: p.phone,
      summary: 'SRE with twelve years in operations, from racking servers to running Kubernetes platforms for 300 engineers. I care about boring deployments, useful alerts and postmortems that change something.',
      location: { address: p.address, postalCode: p.postalCode, city: p.city, region: p.region, countryCode: 'DE' },
      profiles: [
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
        { network: 'LinkedIn', username: `${p.handle}-sre`, url: `https://www.linkedin.com/in/${p.handle}-sre` },
      ],
    },
    work: [
      {
        name: f.company.name(), position: 'Senior Site Reliability Engineer', location: `${f.location.city()}, Germany`,
        startDate: '2020-10-01',
        summary: 'Platform team for a food delivery marketplace in twelve countries.',
        highlights: [
          'Run the Kubernetes platform (14 clusters, 2,500 nodes) with a team of six',
          'Introduced SLOs and error budgets for the 40 most critical services; paging volume fell by 70%',
          'Moved all infrastructure to Terraform and Argo CD, ending manual changes in production',
          'Incident commander for major incidents; wrote the postmortem template now used company-wide',
        ],
      },
      {
        name: f.company.name(), position: 'DevOps Engineer', location: `${f.location.city()}, Germany`,
        startDate: '2017-04-01', endDate: '2020-09-30',
        highlights: [
          'Built the CI/CD pipelines on GitLab for 60 services, cutting release lead time from two weeks to a day',
          'Migrated the monitoring stack from Nagios to Prometheus and Grafana',
        ],
      },
      {
        name: f.company.name(), position: 'Linux System Administrator', location: `${f.location.city()}, Germany`,
        startDate: '2013-08-01', endDate: '2017-03-31',
        summary: 'Operated 400 Debian and CentOS servers in two data centres for a web hosting company; on-call every fourth week.',
      },
    ],
    education: [
      {
        institution: `Hochschule ${f.location.city()}`, area: 'Computer Science', studyType: 'Bachelor of Science',
        startDate: '2009-10-01', endDate: '2013-07-31',
      },
    ],
    certificates: [
      { name: 'Certified Kubernetes Security Specialist (CKS)', date: '2022-06-30', issuer: 'The Linux Foundation' },
      { name: 'HashiCorp Certified: Terraform Associate', date: '2021-09-01', issuer: 'HashiCorp' },
      { name: 'Certified Kubernetes Administrator (CKA)', date: '2021-02-15', issuer: 'The Linux Foundation' },
      { name: 'AWS Certified DevOps Engineer - Professional', date: '2020-05-12', issuer: 'Amazon Web Services' },
      { name: 'ITIL 4 Foundation', date: '2018-03-05', issuer: 'Axelos' },
      { name: 'Red Hat Certified Engineer (RHCE)', date: '2016-11-20', issuer: 'Red Hat' },
    ],
    skills: [
      { name: 'Platforms', keywords: ['Kubernetes', 'AWS', 'Linux', 'Docker'] },
      { name: 'Automation', keywords: ['Terraform', 'Ansible', 'Argo CD', 'GitLab CI'] },
      { name: 'Observability', keywords: ['Prometheus', 'Grafana', 'Loki', 'OpenTelemetry'] },
      { name: 'Programming', keywords: ['Go', 'Python', 'Bash'] },
    ],
    languages: [
      { language: 'German', fluency: 'Native speaker' },
      { language: 'English', fluency: 'Fluent (C1)' },
    ],
  };
}

// Frontend developer: no phone, no summary, no street address; year-only dates for the older
// entries, a freelance period without an employer name, a bootcamp, three projects (one
// without dates), two volunteer roles, a certificate without a date.
function frontend() {
  const p = person(7707);
  return {
    basics: {
      name: p.name,
      label: 'Frontend Developer',
      email: p.email,
      url: `https://${p.handle}.example.dev`,
      location: { city: p.city, region: p.region, countryCode: 'US' },
      profiles: [
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
        { network: 'Dribbble', username: `${p.handle}.design`, url: `https://dribbble.com/${p.handle}.design` },
      ],
    },
    work: [
      {
        name: company(), position: 'Frontend Developer', location: 'Remote',
        startDate: '2021-06',
        highlights: [
          'Rebuilt the booking flow in React and TypeScript; conversion rose by 9%',
          'Maintain the design system (60 components) shared by four product teams',
          'Brought the web app to WCAG 2.1 AA and added automated accessibility checks to CI',
        ],
      },
      {
        name: company(), position: 'Junior Web Developer', location: city(),
        startDate: '2019-02', endDate: '2021-05',
        highlights: [
          'Built marketing pages and landing page experiments in Vue',
          'Cut the main bundle size by 40% with code splitting and image optimisation',
        ],
      },
      {
        position: 'Freelance Web Designer',
        startDate: '2017', endDate: '2019',
        summary: 'Websites and branding for small businesses: restaurants, a dental practice, two local breweries.',
      },
    ],
    education: [
      {
        institution: `${faker.location.city()} Coding Academy`, area: 'Full-Stack Web Development', studyType: 'Certificate',
        startDate: '2018', endDate: '2018',
      },
      {
        institution: `${faker.location.state()} College of Art`, area: 'Graphic Design', studyType: 'Bachelor of Fine Arts',
        startDate: '2013', endDate: '2017',
      },
    ],
    certificates: [
      { name: 'Web Accessibility Specialist (WAS)', issuer: 'International Association of Accessibility Professionals' },
    ],
    projects: [
      {
        name: 'contrast-check', description: 'Browser extension that flags text with too little colour contrast on any page.',
        startDate: '2022-03', endDate: '2022-08',
        highlights: ['4,000 weekly users', 'Featured in a web accessibility newsletter'],
      },
      {
        name: 'Pantry', description: 'Offline-first recipe and shopping list app (PWA) built with Svelte and IndexedDB.',
        startDate: '2020-11',
        highlights: ['Syncs between devices without a server through WebRTC'],
      },
      {
        name: 'Tiny Type Scale', description: 'A small generator for modular type scales, published on npm.',
      },
    ],
    skills: [
      { name: 'Frontend', keywords: ['React', 'TypeScript', 'Vue', 'Svelte', 'CSS', 'HTML'] },
      { name: 'Design', keywords: ['Figma', 'Design systems', 'Accessibility'] },
      { name: 'Testing', keywords: ['Jest', 'Playwright', 'Storybook'] },
    ],
    languages: [
      { language: 'English', fluency: 'Native speaker' },
      { language: 'Spanish', fluency: 'Conversational' },
    ],
    volunteer: [
      {
        organization: `Code for ${faker.location.city()}`, position: 'Volunteer Developer',
        startDate: '2020-01',
        summary: 'Civic tech group building tools for the city and local non-profits.',
        highlights: ['Built the volunteer sign-up site for the winter shelter program'],
      },
      {
        organization: `${faker.location.city()} Animal Rescue`, position: 'Web Volunteer',
        startDate: '2018-05', endDate: '2019-12',
        summary: 'Kept the adoption listings website running.',
      },
    ],
  };
}

// PhD student in Canada: a degree in progress (no end date), teaching assistant and sessional
// instructor roles listed as work (JSON Resume has no teaching section), an ORCID profile,
// a workshop paper and a conference paper, fellowships, a research internship.
function phdstudent() {
  const f = fakerEN_CA;
  const p = localPerson(f, 8808);
  const uni = `University of ${f.location.city()}`;
  const orcid = `0000-000${f.number.int({ min: 1, max: 3 })}-${f.string.numeric(4)}-${f.string.numeric(4)}`;
  return {
    basics: {
      name: p.name,
      label: 'PhD Candidate, Computational Linguistics',
      email: p.email,
      phone: p.phone,
      url: `https://${p.handle}.example.ca`,
      summary: 'Fourth-year PhD candidate working on low-resource speech recognition for Indigenous languages of Canada. Five years of teaching experience, from tutorials to teaching my own course.',
      location: { city: p.city, region: p.region, countryCode: 'CA' },
      profiles: [
        { network: 'ORCID', username: orcid, url: `https://orcid.org/${orcid}` },
        { network: 'GitHub', username: p.handle, url: `https://github.com/${p.handle}` },
      ],
    },
    education: [
      {
        institution: uni, area: 'Linguistics (Computational Linguistics)', studyType: 'PhD',
        startDate: '2021-09',
        courses: ['Speech Processing', 'Field Methods', 'Neural Sequence Models'],
      },
      {
        institution: uni, area: 'Linguistics', studyType: 'MA',
        startDate: '2019-09', endDate: '2021-08',
      },
      {
        institution: `${f.location.city()} University`, area: 'Linguistics and Computer Science', studyType: 'BA (Honours)',
        startDate: '2015-09', endDate: '2019-04', score: '3.8/4.0',
      },
    ],
    work: [
      {
        name: uni, position: 'Sessional Instructor',
        startDate: '2024-05', endDate: '2024-08',
        summary: 'Taught LING 240 Computational Methods in Linguistics (summer term, 38 students): lectures, assignments and the final exam.',
      },
      {
        name: f.company.name(), position: 'Research Intern, Speech Team', location: `${f.location.city()}, ${f.location.state({ abbreviated: true })}`,
        startDate: '2023-05', endDate: '2023-08',
        highlights: ['Added a pronunciation lexicon learner to the in-house ASR toolkit, lowering word error rate by 6% on accented speech'],
      },
      {
        name: uni, position: 'Teaching Assistant',
        startDate: '2019-09',
        highlights: [
          'LING 100 Introduction to Linguistics: weekly tutorials for three groups of 30 students',
          'LING 330 Phonology: marking and office hours',
          'Received the department teaching assistant award in 2022',
        ],
      },
    ],
    publications: [
      {
        name: 'Few-Shot Speech Recognition for Polysynthetic Languages',
        publisher: 'Proceedings of INTERSPEECH',
        releaseDate: '2024-09',
        summary: 'Morpheme-level targets for CTC models trained on under ten hours of audio.',
      },
      {
        name: 'Community-Led Transcription Workflows',
        publisher: 'Workshop on the Use of Computational Methods in the Study of Endangered Languages',
        releaseDate: '2023-03',
      },
    ],
    awards: [
      { title: 'Doctoral Fellowship', date: '2022-04', awarder: 'Social Sciences and Humanities Research Council', summary: 'Three years of doctoral funding.' },
      { title: 'Graduate Teaching Assistant Award', date: '2022-05', awarder: `Department of Linguistics, ${uni}` },
    ],
    skills: [
      { name: 'Research', keywords: ['Speech recognition', 'Phonetics', 'Corpus building'] },
      { name: 'Programming', keywords: ['Python', 'PyTorch', 'Kaldi', 'Praat'] },
    ],
    languages: [
      { language: 'English', fluency: 'Native speaker' },
      { language: 'French', fluency: 'Professional working proficiency' },
      { language: 'Cree', fluency: 'Beginner' },
    ],
  };
}

const docs = { engineer, researcher, newgrad, manager, datascientist, sre, frontend, phdstudent };
for (const [id, make] of Object.entries(docs)) {
  const doc = { $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json', ...make() };
  doc.meta = { version: 'v1.0.0', generator: 'docs/generate.mjs (synthetic, @faker-js/faker 9.9.0)' };
  fs.writeFileSync(path.join(here, `${id}.json`), JSON.stringify(doc, null, 2) + '\n');
  console.log(`${id}.json: ${doc.basics.name}`);
}
