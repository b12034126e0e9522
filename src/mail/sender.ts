// How e-mail leaves the platform: a small interface, and its SMTP implementation (nodemailer).
// The outbox (outbox.ts) decides what to send and when; a transport only sends one message.
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface OutgoingEmail {
  /** The outbox row's id: it becomes the Message-ID, so a receiver can spot a resend. */
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Sends one message; resolves once the server accepted it, rejects otherwise. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  url: string;
  /** The From header, e.g. 'microcred <no-reply@example.ge>'. */
  from: string;
  /**
   * Connection, greeting and socket time limits. Keep them well under the outbox's claim lease
   * (10 minutes), so a slow server never lets a second sender take a message still being sent.
   */
  timeoutMs?: number;
}

export function createSmtpTransport(options: SmtpOptions): MailTransport {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const transporter = nodemailer.createTransport({
    url: options.url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  const domain = mailDomain(options.from);
  return {
    async send(email) {
      await transporter.sendMail({
        from: options.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        messageId: `<${email.id}@${domain}>`,
        // RFC 3834: an automatic notice; auto-responders should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close() {
      transporter.close();
    },
  };
}

/** The SMTP transport the configuration names, or null when SMTP_URL is not set. */
export function mailTransportFromConfig(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): MailTransport | null {
  return config.smtpUrl ? createSmtpTransport({ url: config.smtpUrl, from: config.mailFrom }) : null;
}

/** host:port of an SMTP URL, for logs: never the user name or password. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}

function mailDomain(from: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(from);
  return match?.[1] ?? 'localhost';
}
