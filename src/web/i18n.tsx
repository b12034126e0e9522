// The language of the interface: Georgian or English, kept in localStorage and on <html lang>.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { countryNames, languageNames, type MessageKey, messages, monthNames } from './messages.js';

export type Lang = 'ka' | 'en';
export const langs: readonly Lang[] = ['ka', 'en'];
const STORAGE_KEY = 'microcred.lang';

export interface Bilingual {
  ka: string;
  en: string;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    if (value === 'ka' || value === 'en') return value;
  } catch {
    // Storage may be off; Georgian is the default.
  }
  return 'ka';
}

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Still switch for this page when storage is off.
    }
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => fill(messages[lang][key] ?? key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function otherLang(lang: Lang): Lang {
  return lang === 'ka' ? 'en' : 'ka';
}

/** A calendar date 'YYYY-MM-DD' (or an ISO timestamp) as '28 November 2026' / '28 ნოემბერი, 2026'. */
export function formatDate(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const name = monthNames[lang][Number(month) - 1] ?? month;
  return lang === 'ka' ? `${Number(day)} ${name}, ${year}` : `${Number(day)} ${name} ${year}`;
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ka' ? 'ka-GE' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
}

export function formatMoney(amountMinor: number, currency: string, lang: Lang): string {
  const amount = amountMinor / 100;
  try {
    return new Intl.NumberFormat(lang === 'ka' ? 'ka-GE' : 'en-GB', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function languageName(code: string, lang: Lang): string {
  return languageNames[code]?.[lang] ?? code;
}

export function countryName(code: string, lang: Lang): string {
  return countryNames[code]?.[lang] ?? code;
}

const tbilisiFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tbilisi',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function tbilisiParts(instant: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(tbilisiFormat.formatToParts(typeof instant === 'string' ? new Date(instant) : instant).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The legal date (Asia/Tbilisi) of an instant, 'YYYY-MM-DD'. */
export function tbilisiDate(instant: string | Date): string {
  return tbilisiParts(instant).date;
}

/** Today in Tbilisi by this browser's clock (the server's dates are the legal ones). */
export function todayInTbilisi(): string {
  return tbilisiDate(new Date());
}

/** An instant as its date and time in Tbilisi: '15 May 2026, 10:00'. */
export function formatDateTime(instant: string | null | undefined, lang: Lang): string {
  if (!instant) return '';
  const { date, time } = tbilisiParts(instant);
  return `${formatDate(date, lang)}, ${time}`;
}

/** The date of an instant in Tbilisi, written out. */
export function formatInstantDate(instant: string | null | undefined, lang: Lang): string {
  return instant ? formatDate(tbilisiDate(instant), lang) : '';
}
