import { describe, expect, it } from 'vitest';
import { deadlineRules } from '../domain/procedure/transitions.js';
import { type DeadlineNotice, describeDeadlineKind, overdueEmail, reminderEmail } from './deadline-messages.js';

const notice = (overrides: Partial<DeadlineNotice> = {}): DeadlineNotice => ({
  deadlineId: '00000000-0000-4000-8000-000000000001',
  kind: 'center.admissibility',
  subject: { type: 'application', code: 'AP-2026-0007' },
  course: { ka: 'მონაცემთა ანალიზი', en: 'Data analysis' },
  legalBasis: 'Guide VIII.1',
  startEvent: 'submission of the application',
  startDate: '2026-04-08',
  length: 3,
  unit: 'working',
  dueDate: '2026-04-16',
  ...overrides,
});

describe('deadline e-mails', () => {
  it('counts the working days left across the Easter holidays, Georgian first', () => {
    // 8 April 2026: 9 April and 10-13 April (Orthodox Easter) are holidays, so 14, 15, 16 remain.
    const email = reminderEmail(notice(), '2026-04-08');
    expect(email.subject).toBe('შეხსენება: AP-2026-0007, ვადა 2026-04-16 | Reminder: AP-2026-0007, due 2026-04-16');
    expect(email.text).toContain('დარჩენილია 3 სამუშაო დღე.');
    expect(email.text).toContain('3 working days left.');
    expect(email.text.indexOf('კურსი: მონაცემთა ანალიზი')).toBeLessThan(email.text.indexOf('Course: Data analysis'));
    expect(email.text).toContain('ვადის ათვლა: 2026-04-08-დან, 3 სამუშაო დღე');
    expect(email.text).toContain('Counted from: submission of the application, 2026-04-08; 3 working days');
  });

  it('says "due today" on the due date', () => {
    const email = reminderEmail(notice(), '2026-04-16');
    expect(email.text).toContain('ვადა იწურება დღეს.');
    expect(email.text).toContain('Due today.');
  });

  it('counts an overdue period in working and calendar days (a weekend adds no working day)', () => {
    const friday = notice({ dueDate: '2026-12-04', unit: 'calendar', length: 10, startDate: '2026-11-24' });
    expect(overdueEmail(friday, '2026-12-05').text).toContain('Overdue by 0 working days (1 calendar day).');
    expect(overdueEmail(friday, '2026-12-07').text).toContain('Overdue by 1 working day (3 calendar days).');
    expect(overdueEmail(friday, '2026-12-07').text).toContain('ვადა გადაცილებულია 1 სამუშაო დღით (3 კალენდარული დღით).');
    expect(overdueEmail(friday, '2026-12-07').text).toContain('10 calendar days');
  });

  it('says an optional window ended, not that it is overdue', () => {
    const window = notice({ kind: 'provider.recusal-window', legalBasis: 'Guide IX', startDate: '2026-12-01', length: 2, dueDate: '2026-12-03' });
    const reminder = reminderEmail(window, '2026-12-02');
    expect(reminder.text).toContain('რისთვის არის ვადა: ექსპერტის აცილების შუამდგომლობის წარდგენა');
    expect(reminder.text).toContain('Period for: motion to recuse an expert');
    expect(reminder.text).toContain('1 working day left.');
    const ended = overdueEmail(window, '2026-12-04');
    expect(ended.subject).toBe('ვადა ამოიწურა: AP-2026-0007, 2026-12-03 | Period ended: AP-2026-0007, 2026-12-03');
    expect(ended.text).toContain('ვადა ამოიწურა 2026-12-03-ს; მას შემდეგ გავიდა 1 სამუშაო დღე (1 კალენდარული დღე).');
    expect(ended.text).toContain('The period ended on 2026-12-03, 1 working day (1 calendar day) ago.');
    expect(ended.text).not.toMatch(/overdue|გადაცილებულია/i);
  });

  it('names a monitoring by its code and shows an unknown kind as it is', () => {
    const email = reminderEmail(notice({ kind: 'center.something-new', subject: { type: 'monitoring', code: 'MON-2026-0002' }, course: null }), '2026-04-14');
    expect(email.text).toContain('მონიტორინგი: MON-2026-0002');
    expect(email.text).toContain('Monitoring: MON-2026-0002');
    expect(email.text).toContain('What is due: center.something-new');
    expect(email.text).not.toContain('Course:');
  });

  it('has words in both languages for every deadline of the procedure', () => {
    const kinds = Object.keys(deadlineRules);
    expect(kinds.length).toBeGreaterThan(5);
    for (const kind of kinds) {
      const words = describeDeadlineKind(kind);
      expect(words.en).not.toBe(kind);
      expect(words.ka).toMatch(/[\u10D0-\u10FF]/);
    }
  });
});
