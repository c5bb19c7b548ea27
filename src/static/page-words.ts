/**
 * The static help page's own words (headings, the contents, what to write in a request), in
 * every library language: the catalogues beside this module (page-words.en.ts, .ja.ts,
 * .zh-Hans.ts). Everything else on the page is the flow's text.
 */
import type { LoginErrorCode } from '../flow/constants.js';
import type { Catalogues } from '../localize/languages.js';
import en from './page-words.en.js';
import ja from './page-words.ja.js';
import zhHans from './page-words.zh-Hans.js';

/** The text before and after a link inside a sentence (the link's own text goes between). */
export interface AroundLink {
  before: string;
  after: string;
}

/** The page's words in one language. */
export interface PageWords {
  /** The page's title when the flow has none. */
  defaultTitle: string;
  /** Under the title: how the page is read. */
  intro: string;
  /** The heading of the table of contents (and the label of the links back to it). */
  contents: string;
  /** Where to begin, around the first step's link. */
  startHere: AroundLink;
  /** The heading of the list of login errors. */
  ifTheLoginSaid: string;
  /** What each login error looks like to the person who got it. */
  loginErrors: Readonly<Record<LoginErrorCode, string>>;
  /** One entry of the list of login errors, around the link to the step that explains it. */
  startAt(error: string): AroundLink;
  /** The heading of the list of every step. */
  allSteps: string;
  /** The title of a step's cautions. */
  cautions: string;
  /** The heading of a step's ways forward. */
  whatNext: string;
  /** The label of a step's single way forward when the flow gives none. */
  continue: string;
  /** The link at the end of each step, back to the contents. */
  backToContents: string;
  /** The link to the site's contact form. */
  contactLink: string;
  /** Instead of that link, when the flow names no contact form. */
  contactNoLink: string;
  /** The title of a request's cautions. */
  requestCautions: string;
  /** The heading of what a request must say. */
  writeInRequest: string;
  /** Before the list of what to write. */
  fillIn: string;
  /** The labels of the contact form's parts. */
  name: string;
  email: string;
  inquiryType: string;
  subject: string;
  message: string;
  /** Which inquiry type to choose: the form's exact label, and what it means when it is in another language. */
  chooseInquiryType(label: string, meaning: string | undefined): string;
  /** The subject to write, exactly (with its meaning), or (`suggested`) an example of a short one. */
  writeSubject(subject: string, meaning: string | undefined, suggested: boolean): string;
  /** Before the fields the message must answer; `unknownAllowed`: some may be answered "I don't know". */
  messageIntro(unknownAllowed: boolean): string;
  /** Whether a field must be answered, and whether "I don't know" is an answer, in brackets. */
  requirement(required: boolean, unknownAllowed: boolean): string;
  /** The hint of a list field that has none. */
  onePerLine: string;
  /** The hint of a date field that has none. */
  dateHint: string;
  /** Never a password. */
  noPassword: string;
  /** The heading of how personal information is used. */
  privacy: string;
}

/** Every language's words. */
export const PAGE_WORDS: Catalogues<PageWords> = { en, ja, 'zh-Hans': zhHans };
