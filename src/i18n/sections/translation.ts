// The line under a record's English text saying it is translated from the Vietnamese text, and the
// control that shows the Vietnamese text. Vietnamese pages show the Vietnamese text itself, so the
// Vietnamese strings are there for the shape of the dictionary and for the editor's preview.
export const translationVi = {
  /** "Dịch từ [bản tiếng Việt] ngày 20/11/2026." around the link to the Vietnamese page. */
  before: 'Dịch từ ',
  link: 'bản tiếng Việt',
  after: (date?: string) => (date ? ` ngày ${date}.` : '.'),
  outdated: 'Bản tiếng Việt đã được sửa sau khi dịch: bản tiếng Việt có thể nói nhiều hơn.',
  showVietnamese: 'Xem bản tiếng Việt',
};

export const translationEn: typeof translationVi = {
  before: 'Translated from the ',
  link: 'Vietnamese page',
  after: (date?: string) => (date ? ` on ${date}.` : '.'),
  outdated: 'The Vietnamese text has been changed since this translation was made: it may say more than the English.',
  showVietnamese: 'Show the Vietnamese text',
};
