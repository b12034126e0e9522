// The link to a document's PDF (Georgian and English in one file), named for screen readers by
// the document's title and code; the visible text "PDF" begins the name (WCAG 2.5.3).
import { type Bilingual, otherLang, useI18n } from '../i18n.js';

export function pdfUrl(code: string): string {
  return `/api/documents/${encodeURIComponent(code)}/pdf`;
}

export function PdfLink({ code, title }: { code: string; title: Bilingual }) {
  const { t, lang } = useI18n();
  const shown = title[lang] || title[otherLang(lang)];
  return (
    <a className="link" href={pdfUrl(code)} type="application/pdf" aria-label={t('doc.pdfOf', { title: shown, code })}>
      {t('doc.pdf')}
    </a>
  );
}
