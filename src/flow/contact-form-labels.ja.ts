/** 日本語の文でのお問い合わせフォームのラベル（ラベルそのものの言語なので意味は添えません）。 */
import type { ContactFormLabelWords } from './contact-form-labels.js';

const words: ContactFormLabelWords = {
  quote: (label) => `「${label}」`,
};

export default words;
