// The daily deadline sweep and the outbox delivery against a real SMTP server started here
// (smtp-server on 127.0.0.1, a random port), with the clock in the test's hands. Each step runs
// twice to show that a second run sends nothing new.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepDeadlines } from '../../src/jobs/deadline-reminders.js';
import { deliverOutbox } from '../../src/mail/outbox.js';
import { createSmtpTransport, type MailTransport } from '../../src/mail/sender.js';
import { createTestPlatform, type TestPlatform } from '../helpers/platform.js';

interface Received {
  to: string[];
  from: string;
  subject: string;
  text: string;
  messageId: string;
  autoSubmitted: string;
}

/** A real SMTP server that keeps what it receives. */
class MailCatcher {
  readonly messages: Received[] = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push({
              to: session.envelope.rcptTo.map((address) => address.address),
              from: `${mail.from?.value[0]?.name ?? ''} <${mail.from?.value[0]?.address ?? ''}>`,
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              messageId: mail.messageId ?? '',
              autoSubmitted: String(mail.headers.get('auto-submitted') ?? ''),
            });
            callback();
          })
          .catch((error: unknown) => callback(error as Error));
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.on('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  to(address: string): Received[] {
    return this.messages.filter((message) => message.to.includes(address));
  }
}

const OFFICER = 'officer@eqe.demo';
const SAMPLE_ADMIN = 'admin@university.demo'; // the administrator of the ai-research course's provider
const OTHER_ADMIN = 'admin@academy.demo';
const FROM = 'microcred <no-reply@microcred.test>';

describe('deadline reminders and overdue notices by e-mail', () => {
  const catcher = new MailCatcher();
  let platform: TestPlatform;
  let transport: MailTransport;
  let applicationCode: string;
  const ids = {
    admissibility: randomUUID(), // due in 2 working days: officers
    correction: randomUUID(), // the provider must act, due tomorrow: officers and the provider's administrators
    seekerOrder: randomUUID(), // already past due: an overdue notice to the officers
    metSoon: randomUUID(), // met: nothing
    metPast: randomUUID(), // met after its due date: nothing
    cancelled: randomUUID(), // cancelled: nothing
    farAway: randomUUID(), // due in months: nothing yet
  };

  const at = (instant: string) => platform.clock.set(instant);
  const sweep = () => sweepDeadlines(platform.db, { clock: platform.clock });
  const deliver = () => deliverOutbox(platform.db, transport, { batchSize: 10, now: platform.clock.now() });

  beforeAll(async () => {
    await catcher.start();
    transport = createSmtpTransport({ url: `smtp://127.0.0.1:${catcher.port}`, from: FROM, timeoutMs: 5_000 });
    // Tuesday 1 December 2026, 10:00 in Tbilisi.
    platform = await createTestPlatform({ demo: true, now: '2026-12-01T06:00:00Z' });
    // The demo learner's credential e-mail waits in the outbox too; this test is about deadlines.
    await platform.db.deleteFrom('email_outbox').execute();
    const course = await platform.db
      .selectFrom('courses')
      .select(['id', 'provider_id', 'current_version_id'])
      .where('code', '=', platform.demo!.codes['ai-research']!)
      .executeTakeFirstOrThrow();
    const applicationId = randomUUID();
    applicationCode = 'AP-2026-0901';
    await sql`
      INSERT INTO applications (id, code, provider_id, course_id, course_version_id, catalogue_version, state, content, submitted_at)
      VALUES (${applicationId}, ${applicationCode}, ${course.provider_id}, ${course.id}, ${course.current_version_id}, '2026-1',
              'submitted', '{}'::jsonb, ${new Date('2026-11-17T08:00:00Z')})`.execute(platform.db);
    const deadline = (
      id: string,
      kind: string,
      legalBasis: string,
      startEvent: string,
      startDate: string,
      length: number,
      unit: 'working' | 'calendar',
      dueDate: string,
      closed: { met_at?: Date; cancelled_at?: Date } = {},
    ) => ({
      id,
      application_id: applicationId,
      monitoring_id: null,
      kind,
      legal_basis: legalBasis,
      start_event: startEvent,
      start_date: startDate,
      length,
      unit,
      due_date: dueDate,
      met_at: closed.met_at ?? null,
      cancelled_at: closed.cancelled_at ?? null,
      reminded_on: null,
      overdue_notified_at: null,
    });
    const met = new Date('2026-11-30T10:00:00Z');
    await platform.db
      .insertInto('deadlines')
      .values([
        deadline(ids.admissibility, 'center.admissibility', 'Guide VIII.1', 'submission of the application', '2026-11-30', 3, 'working', '2026-12-03'),
        deadline(ids.correction, 'provider.correction', 'Guide VIII.2', 'notice of the deficiencies', '2026-11-25', 5, 'working', '2026-12-02'),
        deadline(ids.seekerOrder, 'center.seeker-order', 'Guide VIII.4', 'submission of the application', '2026-11-17', 10, 'calendar', '2026-11-27'),
        deadline(ids.metSoon, 'center.expert-group-order', 'Guide VIII.6', 'order recognising the seeker', '2026-11-18', 10, 'working', '2026-12-02', { met_at: met }),
        deadline(ids.metPast, 'center.recusal-decision', 'Guide IX', 'motion for recusal', '2026-11-20', 3, 'working', '2026-11-25', { met_at: met }),
        deadline(ids.cancelled, 'provider.recusal-window', 'Guide IX', 'receipt of the expert group order', '2026-11-30', 2, 'working', '2026-12-02', { cancelled_at: met }),
        deadline(ids.farAway, 'center.decision', 'Guide VII.5', 'submission of the application', '2026-11-17', 60, 'working', '2027-02-16'),
      ])
      .execute();
  });

  afterAll(async () => {
    transport?.close();
    await platform?.close();
    await catcher.stop();
  });

  it('sends reminders for what is due within two working days and one overdue notice, to the right people', async () => {
    const swept = await sweep();
    expect(swept).toEqual({ reminded: 2, overdue: 1, emails: 4 });
    const delivered = await deliver();
    expect(delivered).toMatchObject({ sent: 4, failed: 0 });
    expect(catcher.messages).toHaveLength(4);

    // The officer: both reminders and the overdue notice.
    const officer = catcher.to(OFFICER);
    expect(officer.map((message) => message.subject).sort()).toEqual(
      [
        `შეხსენება: ${applicationCode}, ვადა 2026-12-02 | Reminder: ${applicationCode}, due 2026-12-02`,
        `შეხსენება: ${applicationCode}, ვადა 2026-12-03 | Reminder: ${applicationCode}, due 2026-12-03`,
        `ვადა გადაცილებულია: ${applicationCode}, ვადა იყო 2026-11-27 | Overdue: ${applicationCode}, was due 2026-11-27`,
      ].sort(),
    );
    // The provider's administrator: only the reminder of what the provider must do; the other provider's: nothing.
    const admin = catcher.to(SAMPLE_ADMIN);
    expect(admin).toHaveLength(1);
    expect(admin[0]!.subject).toContain('due 2026-12-02');
    expect(catcher.to(OTHER_ADMIN)).toEqual([]);
    for (const message of catcher.messages) {
      expect(message.to).toHaveLength(1);
      expect(message.from).toBe(FROM);
      expect(message.autoSubmitted).toBe('auto-generated');
    }

    const reminder = admin[0]!.text;
    // Georgian first, then English; the code, what is due, the legal basis, the due date, the days left.
    expect(reminder.indexOf('ვადის შეხსენება')).toBeLessThan(reminder.indexOf('Deadline reminder'));
    expect(reminder).toContain(`განაცხადი: ${applicationCode}`);
    expect(reminder).toContain(`Application: ${applicationCode}`);
    expect(reminder).toContain('კურსი: ');
    expect(reminder).toContain('რა უნდა შესრულდეს: ხარვეზების გამოსწორება');
    expect(reminder).toContain('What is due: correction of the deficiencies');
    expect(reminder).toContain('სამართლებრივი საფუძველი: Guide VIII.2');
    expect(reminder).toContain('Legal basis: Guide VIII.2');
    expect(reminder).toContain('ვადა: 2026-12-02');
    expect(reminder).toContain('Due date: 2026-12-02');
    expect(reminder).toContain('დარჩენილია 1 სამუშაო დღე.');
    expect(reminder).toContain('1 working day left.');

    const admissibility = officer.find((message) => message.subject.includes('due 2026-12-03'))!.text;
    expect(admissibility).toContain('What is due: admissibility check of the application');
    expect(admissibility).toContain('Counted from: submission of the application, 2026-11-30; 3 working days');
    expect(admissibility).toContain('2 working days left.');

    const overdue = officer.find((message) => message.subject.startsWith('ვადა გადაცილებულია'))!.text;
    expect(overdue.indexOf('ვადა გადაცილებულია')).toBeLessThan(overdue.indexOf('A deadline has passed unmet'));
    expect(overdue).toContain('What is due: order recognising the applicant as a seeker');
    expect(overdue).toContain('Legal basis: Guide VIII.4');
    expect(overdue).toContain('Due date: 2026-11-27');
    // 27 Nov (Friday) to 1 Dec (Tuesday): 30 Nov and 1 Dec are working days; 4 calendar days.
    expect(overdue).toContain('ვადა გადაცილებულია 2 სამუშაო დღით (4 კალენდარული დღით).');
    expect(overdue).toContain('Overdue by 2 working days (4 calendar days).');

    const rows = await platform.db.selectFrom('deadlines').select(['id', 'reminded_on', 'overdue_notified_at']).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(ids.admissibility)!.reminded_on).toBe('2026-12-01');
    expect(byId.get(ids.correction)!.reminded_on).toBe('2026-12-01');
    expect(byId.get(ids.seekerOrder)!.overdue_notified_at).toEqual(new Date('2026-12-01T06:00:00Z'));
    for (const untouched of [ids.metSoon, ids.metPast, ids.cancelled, ids.farAway]) {
      expect(byId.get(untouched)).toMatchObject({ reminded_on: null, overdue_notified_at: null });
    }
  });

  it('sends nothing more when both run again the same day', async () => {
    at('2026-12-01T15:00:00Z'); // 19:00 in Tbilisi, the same legal date
    expect(await sweep()).toEqual({ reminded: 0, overdue: 0, emails: 0 });
    expect(await deliver()).toMatchObject({ sent: 0, failed: 0 });
    expect(await sweep()).toEqual({ reminded: 0, overdue: 0, emails: 0 });
    expect(await deliver()).toMatchObject({ sent: 0, failed: 0 });
    expect(catcher.messages).toHaveLength(4);
  });

  it('reminds again the next day, once', async () => {
    at('2026-12-02T05:00:00Z'); // Wednesday, 09:00 in Tbilisi
    expect(await sweep()).toEqual({ reminded: 2, overdue: 0, emails: 3 });
    expect(await sweep()).toEqual({ reminded: 0, overdue: 0, emails: 0 });
    expect(await deliver()).toMatchObject({ sent: 3 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    const today = catcher.messages.slice(4);
    expect(today).toHaveLength(3);
    const correction = today.filter((message) => message.subject.includes('due 2026-12-02'));
    expect(correction.flatMap((message) => message.to).sort()).toEqual([SAMPLE_ADMIN, OFFICER].sort());
    expect(correction[0]!.text).toContain('ვადა იწურება დღეს.');
    expect(correction[0]!.text).toContain('Due today.');
    const admissibility = today.find((message) => message.subject.includes('due 2026-12-03'))!;
    expect(admissibility.text).toContain('1 working day left.');
  });

  it('says nothing about a deadline once it is met, and sends the overdue notice for one that was not', async () => {
    await platform.db.updateTable('deadlines').set({ met_at: new Date('2026-12-02T12:00:00Z') }).where('id', '=', ids.admissibility).execute();
    at('2026-12-03T05:00:00Z'); // Thursday: the admissibility check was due today but is met; the correction was due yesterday
    expect(await sweep()).toEqual({ reminded: 0, overdue: 1, emails: 1 });
    expect(await deliver()).toMatchObject({ sent: 1 });
    const last = catcher.messages.at(-1)!;
    expect(last.to).toEqual([OFFICER]);
    expect(last.subject).toContain('Overdue: AP-2026-0901, was due 2026-12-02');
    expect(last.text).toContain('What is due: correction of the deficiencies');
    expect(last.text).toContain('Overdue by 1 working day (1 calendar day).');
    expect(catcher.messages.filter((message) => message.subject.includes('2026-12-03'))).toHaveLength(2); // the two reminders only
  });

  it('keeps an e-mail the SMTP server could not take, with its error, and sends it on a later run', async () => {
    const port = catcher.port;
    await catcher.stop();
    await platform.db.insertInto('deadlines').values({
      id: randomUUID(),
      application_id: (await platform.db.selectFrom('applications').select('id').where('code', '=', applicationCode).executeTakeFirstOrThrow()).id,
      monitoring_id: null,
      kind: 'center.recusal-decision',
      legal_basis: 'Guide IX',
      start_event: 'motion for recusal',
      start_date: '2026-12-01',
      length: 3,
      unit: 'working',
      due_date: '2026-12-04',
    }).execute();
    expect(await sweep()).toEqual({ reminded: 1, overdue: 0, emails: 1 });
    const before = catcher.messages.length;

    const failed = await deliver();
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    const stuck = await platform.db.selectFrom('email_outbox').selectAll().where('sent_at', 'is', null).execute();
    expect(stuck).toHaveLength(1);
    expect(stuck[0]!.attempts).toBe(1);
    expect(stuck[0]!.last_error).toMatch(/ECONNREFUSED|connect/i);

    await catcher.start(port);
    // The failed row waits for its claim's lease to run out (10 minutes), then goes.
    expect(await deliver()).toMatchObject({ sent: 0, failed: 0 });
    at('2026-12-03T05:11:00Z');
    expect(await deliver()).toMatchObject({ sent: 1, failed: 0 });
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(catcher.messages.length).toBe(before + 1);
    const sent = catcher.messages.at(-1)!;
    expect(sent.subject).toContain('due 2026-12-04');
    expect(sent.messageId).toBe(`<${stuck[0]!.id}@microcred.test>`);
    const row = await platform.db.selectFrom('email_outbox').selectAll().where('id', '=', stuck[0]!.id).executeTakeFirstOrThrow();
    expect(row.sent_at).toEqual(new Date('2026-12-03T05:11:00Z'));
    expect(row.attempts).toBe(2);
  });

  it('never sends any e-mail twice over all the runs', async () => {
    const messageIds = catcher.messages.map((message) => message.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    const rows = await platform.db.selectFrom('email_outbox').select(['id', 'sent_at']).execute();
    expect(rows.filter((row) => row.sent_at === null)).toEqual([]);
    expect(messageIds.sort()).toEqual(rows.map((row) => `<${row.id}@microcred.test>`).sort());
  });
});
