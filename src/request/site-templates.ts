/**
 * The built-in request templates made into one site's: fields support cannot check and cautions
 * that do not apply go, placeholders take the profile's values, and the inquiry type and
 * subjects become the exact labels of the site's contact form when the profile gives them.
 */
import { IDENTITY_FIELDS, resolveSiteProfile, type SiteProfile, type SiteProfileInput } from '../flow/site-profile.js';
import { SiteTextRenderer } from '../flow/site-text.js';
import { inquiryTypeLabel, subjectLabel, type ContactFormLabel } from '../flow/contact-form-labels.js';
import type { RequestTemplate } from '../flow/request-template-schema.js';
import type { Conditional, SourceField, Text } from './template-parts.js';

/** Keys of a template that hold text. */
type TextKeys =
  | 'inquiryType'
  | 'inquiryTypeMeaning'
  | 'subject'
  | 'subjectMeaning'
  | 'intro'
  | 'cautions'
  | 'privacy'
  | 'nameHint'
  | 'emailHint'
  | 'fields'
  | 'requiresOneOf';

/**
 * A built-in template before a site profile is applied: every text is a {@link Text}, one string
 * per library language (meanings of the contact form's labels come from the site, not from here).
 */
export interface RequestTemplateSource extends Omit<RequestTemplate, TextKeys> {
  inquiryType: Text;
  subject: Text;
  intro?: Text;
  cautions: Conditional<Text>[];
  privacy?: Text;
  nameHint: Text;
  emailHint: Text;
  fields: Conditional<SourceField>[];
  requiresOneOf?: { fields: string[]; message: Text };
}

const IDENTITY: ReadonlySet<string> = new Set(IDENTITY_FIELDS);

/** `sources` for the site `profile` describes (the default site's when none). */
export function resolveRequestTemplates(
  sources: readonly RequestTemplateSource[],
  profile?: SiteProfileInput | SiteProfile,
): RequestTemplate[] {
  const site = resolveSiteProfile(profile);
  const render = new SiteTextRenderer(site);
  const checkable = new Set<string>(site.identity);
  return sources.map((source) => {
    const fields = source.fields
      .filter((field) => render.holds(field.when) && (!IDENTITY.has(field.id) || checkable.has(field.id)))
      .map(({ when: _when, ...field }) => ({
        ...field,
        label: render.text(field.label),
        ...(field.hint ? { hint: render.text(field.hint) } : {}),
      }));
    const ids = new Set(fields.map((field) => field.id));
    const oneOf = source.requiresOneOf && source.requiresOneOf.fields.filter((id) => ids.has(id));
    const template: RequestTemplate = {
      ...source,
      ...contactFormLabels(site, source, render),
      ...(source.intro ? { intro: render.text(source.intro) } : {}),
      cautions: source.cautions.filter((caution) => render.holds(caution.when)).map(({ when: _when, ...caution }) => render.text(caution)),
      ...(source.privacy ? { privacy: render.text(source.privacy) } : {}),
      nameHint: render.text(source.nameHint),
      emailHint: render.text(source.emailHint),
      fields,
    };
    if (oneOf && oneOf.length >= 2) template.requiresOneOf = { fields: oneOf, message: render.text(source.requiresOneOf!.message) };
    else delete template.requiresOneOf;
    return template;
  });
}

/** `{ [language]: meaning }` of a label, when it has a meaning in another language. */
const meaningOf = (label: ContactFormLabel) => (Object.keys(label.meaning).length ? { ...label.meaning } : undefined);

/**
 * The inquiry type and subject of `source` for the site: the exact labels of its contact form
 * with their meaning in other languages, or, for a request the form has no fixed subject for,
 * the source's subject as an example.
 */
function contactFormLabels(site: SiteProfile, source: RequestTemplateSource, render: SiteTextRenderer) {
  const inquiry = inquiryTypeLabel(site);
  const inquiryMeaning = meaningOf(inquiry);
  const subject = subjectLabel(site, source.id);
  const subjectMeaning = subject && meaningOf(subject);
  return {
    inquiryType: inquiry.label,
    ...(inquiryMeaning ? { inquiryTypeMeaning: inquiryMeaning } : {}),
    ...(subject
      ? { subject: subject.label, ...(subjectMeaning ? { subjectMeaning } : {}) }
      : { subject: render.text(source.subject), subjectSuggested: true }),
  };
}
