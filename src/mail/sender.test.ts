import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { describeSmtpUrl, mailTransportFromConfig } from './sender.js';

describe('mail configuration', () => {
  it('reads SMTP_URL and MAIL_FROM, with defaults', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'microcred <no-reply@localhost>' });
    expect(loadConfig({ SMTP_URL: '' }).smtpUrl).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtps://u:p%40ss@mail.example.ge:465', MAIL_FROM: 'EQE <noreply@eqe.ge>' })).toMatchObject({
      smtpUrl: 'smtps://u:p%40ss@mail.example.ge:465',
      mailFrom: 'EQE <noreply@eqe.ge>',
    });
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://, without echoing it', () => {
    expect(() => loadConfig({ SMTP_URL: 'http://u:secret@mail.example.ge' })).toThrow(ConfigError);
    expect(() => loadConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
    try {
      loadConfig({ SMTP_URL: 'http://u:secret@mail.example.ge' });
    } catch (error) {
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('has no transport without SMTP_URL, and never logs the credentials', () => {
    expect(mailTransportFromConfig({ smtpUrl: undefined, mailFrom: 'x <a@b.c>' })).toBeNull();
    const transport = mailTransportFromConfig({ smtpUrl: 'smtp://user:secret@mail.example.ge:587', mailFrom: 'x <a@b.c>' });
    expect(transport).not.toBeNull();
    transport!.close();
    expect(describeSmtpUrl('smtp://user:secret@mail.example.ge:587')).toBe('smtp://mail.example.ge:587');
  });
});
