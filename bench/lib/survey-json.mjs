// The default flow as a SurveyJS survey, for the time-to-first-render comparison: the same
// steps, same text, same order of content. Every step becomes one page holding one question:
//   choice    → radiogroup (title, body as description, the choices' labels),
//   checklist → checkbox (title, body, the items),
//   info, auth-code → radiogroup with the single "continue" choice,
//   request, contact, resolved → html (title and body as markup).
// Text stays localized ({ default: en, ja }) and the survey's locale is the page's.
// No branching logic (visibleIf) is added: that would only add to SurveyJS's work, so the
// comparison leans in SurveyJS's favour.

const escape = (value) => value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A flow text as a SurveyJS localizable string. */
function loc(text) {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  const { en, ...others } = text;
  return { default: en ?? Object.values(text)[0], ...others };
}

/** Paragraphs joined (SurveyJS descriptions are one string per language). */
function joined(list) {
  if (!list?.length) return undefined;
  const languages = new Set(list.flatMap((text) => (typeof text === 'string' ? ['default'] : Object.keys(loc(text)))));
  const out = {};
  for (const language of languages) {
    out[language] = list.map((text) => (typeof text === 'string' ? text : (loc(text)[language] ?? loc(text).default))).join('\n\n');
  }
  return out;
}

function question(step) {
  const base = { name: step.id, title: loc(step.title), description: joined([...(step.cautions ?? []), ...(step.body ?? [])]) };
  switch (step.kind) {
    case 'choice':
      return { ...base, type: 'radiogroup', choices: step.choices.map((choice) => ({ value: choice.next, text: loc(choice.label) })) };
    case 'checklist':
      return { ...base, type: 'checkbox', choices: (step.items ?? []).map((item, i) => ({ value: i, text: loc(item) })) };
    case 'info':
    case 'auth-code':
      return { ...base, type: 'radiogroup', choices: [{ value: step.next ?? 'continue', text: loc(step.nextLabel) ?? 'Continue' }] };
    default: {
      const html = (lang) => {
        const pick = (text) => (typeof text === 'string' ? text : (text[lang] ?? text.en));
        return `<h3>${escape(pick(step.title))}</h3>${(step.body ?? []).map((p) => `<p>${escape(pick(p))}</p>`).join('')}`;
      };
      return { type: 'html', name: step.id, html: { default: html('en'), ja: html('ja') } };
    }
  }
}

/** @param {object} flow a flow definition @param {string} startId the step shown first */
export function flowToSurvey(flow, startId = flow.start) {
  const ordered = [...flow.steps].sort((a, b) => (a.id === startId ? -1 : b.id === startId ? 1 : 0));
  return {
    locale: '',
    showQuestionNumbers: 'off',
    pages: ordered.map((step) => ({ name: `page-${step.id}`, elements: [question(step)] })),
  };
}
