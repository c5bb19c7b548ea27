/**
 * The labels of the site's own contact form that a request must name exactly: its inquiry type
 * and, for the procedures the seed site defines, the subject. They are the form's words, in the
 * form's language, whatever language the guide is read in: a reader of another language is shown
 * the exact label with its meaning beside it. A site profile's `contactForm` replaces them.
 * How a text quotes a label, and what the seed site's labels mean, is in the catalogues beside
 * this module (contact-form-labels.en.ts, .ja.ts, .zh-Hans.ts).
 */
import type { SiteProfile } from './site-profile.js';
import { textIn } from './text.js';
import { LANGUAGES, pick, type Catalogues } from '../localize/languages.js';
import en from './contact-form-labels.en.js';
import ja from './contact-form-labels.ja.js';
import zhHans from './contact-form-labels.zh-Hans.js';

/** An exact label and what it means, by language (no entry for the label's own language). */
export interface ContactFormLabel {
  label: string;
  meaning: Readonly<Record<string, string>>;
}

/** The request templates the seed site's form has a fixed subject for. */
export type SeedSubjectTemplate = 'password-reissue' | 'login-username-reset' | 'two-factor-disable';

/** How one language quotes a contact form's label, and what the seed site's labels mean in it. */
export interface ContactFormLabelWords {
  /** The label as a text quotes it, with its meaning beside it when there is one. */
  quote(label: string, meaning: string | undefined): string;
  /** What the seed site's (Japanese) labels mean; none in Japanese, their own language. */
  seedMeanings?: { inquiryType: string; subjects: Readonly<Record<SeedSubjectTemplate, string>> };
}

/** Every language's words. */
export const CONTACT_FORM_LABEL_WORDS: Catalogues<ContactFormLabelWords> = { en, ja, 'zh-Hans': zhHans };

/** What a seed label means in every language that has a meaning for it (all but Japanese, the label's own). */
function meaningsByLanguage(get: (meanings: NonNullable<ContactFormLabelWords['seedMeanings']>) => string): Record<string, string> {
  const meaning: Record<string, string> = {};
  for (const language of LANGUAGES) {
    const meanings = CONTACT_FORM_LABEL_WORDS[language].seedMeanings;
    if (meanings) meaning[language] = get(meanings);
  }
  return meaning;
}

/** The inquiry type of every built-in request (the seed site's form offers it). */
export const DEFAULT_INQUIRY_TYPE: ContactFormLabel = {
  label: 'アカウントへのログインに関するお問い合わせ',
  meaning: meaningsByLanguage((meanings) => meanings.inquiryType),
};

const seedSubject = (id: SeedSubjectTemplate, label: string): ContactFormLabel => ({
  label,
  meaning: meaningsByLanguage((meanings) => meanings.subjects[id]),
});

/** The subjects the seed site defines, by request template. */
export const DEFAULT_SUBJECTS: Readonly<Record<string, ContactFormLabel>> = {
  'password-reissue': seedSubject('password-reissue', 'パスワード再発行申請'),
  'login-username-reset': seedSubject('login-username-reset', 'ログイン専用ユーザー名の再設定・削除申請'),
  'two-factor-disable': seedSubject('two-factor-disable', '認証コードの使用停止手続き'),
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

/**
 * What `label` means in `lang`, when that is not the label's own language: its meaning written in
 * that language (`en-GB` finds `en`, `zh-CN` finds `zh-Hans`; the seed labels carry one for every
 * language their catalogues give).
 */
export function labelMeaning(label: ContactFormLabel, lang: string): string | undefined {
  return textIn(label.meaning, lang);
}

/** The label as a text quotes it in `lang`: 「…」 in Japanese, “…” (meaning) in English, “…”（meaning） in Chinese. */
export function quoteLabel(label: ContactFormLabel, lang: string): string {
  return pick(CONTACT_FORM_LABEL_WORDS, lang).quote(label.label, labelMeaning(label, lang));
}
