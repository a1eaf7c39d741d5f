// "Report an error" on a record page: the prefilled GitHub issue or e-mail (src/lib/publishing/report-error.ts).
export const reportVi = {
  title: (name: string) => `Báo lỗi: ${name}`,
  record: 'Bản ghi',
  page: 'Trang',
  current: 'Thông tin hiện có',
  correction: 'Điều cần sửa (ghi rõ thông tin đúng)',
  source: 'Nguồn cho điều sửa (đường dẫn, số quyết định, ảnh giấy chứng nhận…)',
  contact: 'Cách liên hệ lại với bạn (không bắt buộc)',
};

export const reportEn: typeof reportVi = {
  title: (name: string) => `Error report: ${name}`,
  record: 'Record',
  page: 'Page',
  current: 'What the catalogue says now',
  correction: 'What should change (give the correct details)',
  source: 'Source for the change (link, decision number, photo of the certificate…)',
  contact: 'How to reach you (optional)',
};
