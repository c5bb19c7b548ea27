/**
 * The labels of the site's own contact form that a request must name exactly: its inquiry type
 * and, for the procedures the seed site defines, the subject. They are the form's words, in the
 * form's language, whatever language the guide is read in: a reader of another language is shown
 * the exact label with its meaning beside it. A site profile's `contactForm` replaces them.
 */
import type { SiteProfile } from './site-profile.js';
import { primaryLanguage } from './text.js';

/** An exact label and what it means, by language (no entry for the label's own language). */
export interface ContactFormLabel {
  label: string;
  meaning: Readonly<Record<string, string>>;
}

/** The inquiry type of every built-in request (the seed site's form offers it). */
export const DEFAULT_INQUIRY_TYPE: ContactFormLabel = {
  label: 'アカウントへのログインに関するお問い合わせ',
  meaning: { en: 'Inquiry about logging in to an account' },
};

/** The subjects the seed site defines, by request template. */
export const DEFAULT_SUBJECTS: Readonly<Record<string, ContactFormLabel>> = {
  'password-reissue': { label: 'パスワード再発行申請', meaning: { en: 'Password reissue request' } },
  'login-username-reset': { label: 'ログイン専用ユーザー名の再設定・削除申請', meaning: { en: 'Login-only username reset/deletion request' } },
  'two-factor-disable': { label: '認証コードの使用停止手続き', meaning: { en: 'Authentication code disable procedure' } },
};

/** The inquiry type of the site `profile` describes. */
export function inquiryTypeLabel(profile: SiteProfile): ContactFormLabel {
  const own = profile.contactForm.inquiryType;
  return own === undefined ? DEFAULT_INQUIRY_TYPE : { label: own, meaning: {} };
}

/** The subject of template `id` for the site `profile` describes, if the site's form defines one. */
export function subjectLabel(profile: SiteProfile, id: string): ContactFormLabel | undefined {
  const own = profile.contactForm.subjects?.[id];
  return own === undefined ? DEFAULT_SUBJECTS[id] : { label: own, meaning: {} };
}

/** What `label` means in `lang`, when that is not the label's own language. */
export function labelMeaning(label: ContactFormLabel, lang: string): string | undefined {
  return label.meaning[lang] ?? label.meaning[primaryLanguage(lang)];
}

/** The label as a text quotes it in `lang`: 「…」 in Japanese, “…” (meaning) in another language. */
export function quoteLabel(label: ContactFormLabel, lang: string): string {
  if (primaryLanguage(lang) === 'ja') return `「${label.label}」`;
  const meaning = labelMeaning(label, lang);
  return meaning ? `“${label.label}” (${meaning})` : `“${label.label}”`;
}
