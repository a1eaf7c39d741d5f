// The content check's messages for products and producers (src/lib/content/schema.ts, src/lib/content/validate.ts)
// in Vietnamese, as the content editor (/admin/) shows them under a field: the same rule, worded for
// someone filling in the form (dates typed dd/mm/yyyy, switches named by their labels). A message
// this table does not word for the form gets the check's own Vietnamese (../messages-vi.ts, what
// npm run check prints); one neither knows is shown as the check wrote it, after "Không hợp lệ:".
import { formatDate } from '../pages/format';
import { hasVietnamese, validationMessageVi } from '../content/messages-vi';

type Rule = [RegExp, string | ((m: RegExpExecArray) => string)];

const vnDate = (iso: string) => formatDate('vi', iso);

const RULES: Rule[] = [
  // Shapes (src/lib/content/schema.ts).
  [/^this field must be given$/, 'Bắt buộc: hãy điền ô này.'],
  [/^must not be empty$/, 'Không được chỉ có khoảng trắng: ghi nội dung, hoặc xóa hẳn để trống.'],
  [/^a URL is required$/, 'Bắt buộc: ghi địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.'],
  [/^expected a full web address starting with http:\/\/ or https:\/\/$/, 'Cần địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.'],
  [/^expected a date written YYYY-MM-DD$/, 'Cần một ngày, viết ngày/tháng/năm, ví dụ 29/12/2022.'],
  [/^expected a real calendar date written YYYY-MM-DD$/, 'Cần một ngày có thật, viết ngày/tháng/năm, ví dụ 29/12/2022.'],
  [/^expected a slug \(a-z, 0-9 and hyphens\)/, 'Cần một mã: chỉ chữ thường a–z, chữ số 0–9 và dấu gạch ngang, ví dụ "tam-ky".'],
  [/^every record needs sources: a list of \{url, title\}$/, 'Mỗi bản ghi cần ít nhất một nguồn: bấm "Thêm nguồn", ghi địa chỉ và tiêu đề của nguồn.'],
  [/^expected a list of sources: \{url, title\}$/, 'Mỗi bản ghi cần ít nhất một nguồn: bấm "Thêm nguồn", ghi địa chỉ và tiêu đề của nguồn.'],
  [/^every record needs at least one source$/, 'Mỗi bản ghi cần ít nhất một nguồn: bấm "Thêm nguồn", ghi địa chỉ và tiêu đề của nguồn.'],
  [/^list at least one slug, or leave the field out$/, 'Ghi ít nhất một mã cũ, hoặc để trống cả mục.'],
  [/^expected one of: /, 'Chọn một giá trị trong danh sách.'],
  [/^expected a phone number/, 'Số điện thoại chỉ gồm chữ số, khoảng trắng và các dấu + . ( ) -.'],
  [/^expected an e-mail address$/, 'Cần một địa chỉ thư điện tử, ví dụ ten@vi-du.vn.'],
  [/^expected district, province or national$/, 'Chọn cấp công nhận trong danh sách: cấp huyện, cấp tỉnh hoặc cấp trung ương.'],
  [/^expected 3, 4 or 5 stars, or starsUnknown: true/, 'Chọn hạng sao (3, 4 hoặc 5 sao), hoặc bật "Nguồn không nêu hạng sao" khi nguồn không nêu mấy sao.'],
  [/^expected 3, 4 or 5 stars$/, 'Hạng sao là 3, 4 hoặc 5 sao.'],
  [/^give either stars or starsUnknown: true, not both$/, 'Chỉ ghi một trong hai: hạng sao, hoặc "Nguồn không nêu hạng sao".'],
  [/^expected a decision date, a year, or dateUnknown: true/, 'Cần ngày quyết định, hoặc năm quyết định khi nguồn chỉ nêu năm, hoặc bật "Nguồn không nêu năm".'],
  [/^give only one of date, year and dateUnknown$/, 'Chỉ ghi một trong ba: ngày quyết định, năm quyết định, hoặc "Nguồn không nêu năm".'],
  [/^notAfter goes only with dateUnknown: true$/, '"Chậm nhất ngày" chỉ ghi khi bật "Nguồn không nêu năm".'],
  [/^expected true \(or leave the field out\)$|^Invalid input: expected true$/, 'Bật ô này, hoặc để tắt.'],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m) => `Cần một số từ ${m[1]} trở lên.`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => `Cần một số không quá ${m[1]}.`],
  [/^Invalid input: expected int\b/, 'Cần một số nguyên.'],
  [/^Invalid input: expected number\b/, 'Cần một số.'],
  [/^Invalid input: expected string\b/, 'Cần một đoạn chữ.'],
  // The check's rules for one record (src/lib/content/validate.ts).
  [/^a decision date not after today \((\d{4}-\d{2}-\d{2})\)$/, (m) => `Ngày quyết định không thể sau hôm nay (${vnDate(m[1]!)}): kiểm tra lại năm.`],
  [/^a date not after today \((\d{4}-\d{2}-\d{2})\)$/, (m) => `Ngày không thể sau hôm nay (${vnDate(m[1]!)}): kiểm tra lại năm.`],
  [/^a year not after (\d{4})$/, (m) => `Năm quyết định không thể sau năm nay (${m[1]}).`],
  [/^plain Markdown: raw HTML is not allowed in a body$/, 'Mô tả là văn bản thường (Markdown): không dùng thẻ HTML như <br>, <b> hay chú thích <!-- -->.'],
  [/^a slug other than /, 'Mã này trùng địa chỉ một trang danh sách (trang, page, 3-sao…): ghi một mã khác ở ô "Mã (slug)".'],
  [/^a slug: lowercase a-z, 0-9 and hyphens/, 'Mã chỉ gồm chữ thường a–z, chữ số 0–9 và dấu gạch ngang: ghi lại ở ô "Mã (slug)".'],
  [/^a former commune of this district \(/, 'Không có xã, phường, thị trấn cũ nào tên như vậy ở địa phương này: ghi tên xã cũ (trước ngày 1/7/2025) như nguồn in, ví dụ "xã Tiên Sơn"; nếu đúng là một xã cũ chưa có trong danh mục, báo người quản trị.'],
  [/^the slug of an existing district\b/, 'Chọn một địa phương có trong danh sách.'],
  [/^the slug of an existing product set\b/, 'Chọn một bộ sản phẩm có trong danh sách.'],
  [/^the slug of an existing sales point\b/, 'Chọn một điểm bán có trong danh sách.'],
  [/^the slug of an existing producer\b/, 'Chọn một chủ thể có trong danh sách.'],
];

/**
 * The Vietnamese message for one of the check's `expected` texts. "required: …" (a missing field)
 * keeps its meaning: the field must be filled in.
 */
export function checkMessageVi(expected: string): string {
  const required = /^required: (.*)$/.exec(expected);
  const text = required ? required[1]! : expected;
  for (const [pattern, vi] of RULES) {
    const m = pattern.exec(text);
    if (m) return typeof vi === 'string' ? vi : vi(m);
  }
  const checkVi = validationMessageVi(text);
  if (hasVietnamese(text)) return required ? `Bắt buộc: ${checkVi}` : `${checkVi.charAt(0).toUpperCase()}${checkVi.slice(1)}.`;
  return required ? `Bắt buộc: ${text}` : `Không hợp lệ: ${text}`;
}

/** True when the table knows the message (the fallback above is for rules added to the check later). */
export function isKnownCheckMessage(expected: string): boolean {
  const text = /^required: (.*)$/.exec(expected)?.[1] ?? expected;
  return RULES.some(([pattern]) => pattern.test(text));
}
