// The Vietnamese wording of every validation message: the schema's (src/lib/content/schema.ts, Zod), the
// content check's (src/lib/content/validate.ts, src/lib/certificates/certifying-level.ts) and the file readers'. The
// messages are written once, in English, where the rules are; this table renders each for the
// people who edit the content (npm run check, npm run import, the browser editor). A message this
// table does not know is returned as it is, never dropped: tests/unit/content/messages-vi.test.ts fails when
// a message of the schema or the check has no Vietnamese here.
import type { Problem } from './validate';

type Rule = [RegExp, (...groups: string[]) => string];

const RECORD_KINDS: Record<string, string> = {
  producer: 'chủ thể',
  district: 'địa phương',
  'product set': 'bộ sản phẩm',
  'product group': 'nhóm sản phẩm',
  'sales point': 'điểm bán',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách',
  object: 'nhóm trường {…}',
  undefined: 'không có gì',
  null: 'null',
  date: 'ngày',
  true: 'true',
};

const UNITS: Record<string, string> = { characters: 'ký tự', items: 'mục', entries: 'mục', elements: 'mục' };

const LEVELS_VI: Record<string, string> = { province: 'tỉnh', 'ministry (national)': 'Bộ (cấp quốc gia)' };

const asFormer = (former: string | undefined) => (former ? ' (làm mã cũ)' : '');

/** Why two entries are one certificate, as validate.ts words it. */
function sameBecause(why: string): string {
  const decision = /^decision (.+)$/.exec(why);
  if (decision) return `cùng quyết định ${decision[1]}`;
  const starsOn = /^(\d)★ on (.+)$/.exec(why);
  if (starsOn) return `cùng ${starsOn[1]} sao, cùng ngày ${starsOn[2]}`;
  return why;
}

const RULES: Rule[] = [
  // ---- the search vocabulary (issue 26)
  [/^at least one Vietnamese word$/, () => 'cần ít nhất một từ tiếng Việt'],
  [/^at least one English word$/, () => 'cần ít nhất một từ tiếng Anh'],
  [/^expected a word or phrase: letters, digits, single spaces, apostrophes or hyphens$/, () => 'cần một từ hay cụm từ: chữ cái, chữ số, một khoảng trắng giữa các từ, dấu nháy đơn hoặc gạch nối'],
  [/^a word listed once in the vocabulary: (.+) already lists it$/, (first) => `mỗi từ chỉ ghi một lần trong từ điển tìm kiếm: ${first} đã có từ này`],
  // ---- English translations (issue 25)
  [/^expected 8 hex digits written by npm run translations -- --stamp \(never typed by hand\)$/, () => 'cần 8 ký tự (0–9, a–f) do lệnh npm run translations -- --stamp ghi, không gõ tay: xóa dòng sourceDigest rồi chạy lệnh đó'],
  [/^plain Markdown: raw HTML is not allowed in the English text$/, () => 'Markdown thường: bản tiếng Anh không được chứa HTML'],
  [/^the English fields need the day they were translated: add "translation": \{"translatedOn": "YYYY-MM-DD"\} before "sources", then run npm run translations -- --stamp (.+)$/, (file) => `các trường tiếng Anh (…En) cần ngày dịch: thêm "translation": {"translatedOn": "YYYY-MM-DD"} trước "sources" (hoặc chạy --stamp với --translated-on YYYY-MM-DD), rồi chạy npm run translations -- --stamp ${file}`],
  [/^the Vietnamese text changed after its translation of (.+?): the English text is out of date\. Update (english\.description|the English fields) and translatedOn, then run npm run translations -- --stamp --force (.+)$/, (date, what, file) => `đoạn tiếng Việt đã được sửa sau lần dịch ngày ${date}: bản tiếng Anh đã cũ. Sửa ${what === 'the English fields' ? 'các trường tiếng Anh (…En)' : what} và translatedOn, rồi chạy npm run translations -- --stamp --force ${file}`],
  [/^the digest of the Vietnamese text translated on (.+?), so a later change to it shows: run npm run translations -- --stamp (.+)$/, (date, file) => `thiếu mã bản gốc (sourceDigest) của đoạn tiếng Việt đã dịch ngày ${date}, để biết khi đoạn đó bị sửa: chạy npm run translations -- --stamp ${file}`],
  // ---- published figures and producers' "where to buy" facts (issue 27)
  [/^a figure with scope district names its district \(slug of a district record\)$/, () => 'số liệu của một địa phương (scope: district) cần ghi district (mã của một địa phương)'],
  [/^district goes only with scope: district$/, () => 'district chỉ đi kèm scope: district'],
  [/^the url of one of this record's sources \(add the source to sources first\)$/, () => 'cần địa chỉ (url) của một nguồn trong sources của chính bản ghi này (thêm nguồn đó vào sources trước)'],
  // ---- the schema (src/lib/content/schema.ts)
  [/^expected a date written YYYY-MM-DD$/, () => 'cần một ngày viết dạng YYYY-MM-DD (ví dụ 2023-12-22)'],
  [/^expected a real calendar date written YYYY-MM-DD$/, () => 'cần một ngày có thật, viết dạng YYYY-MM-DD (ví dụ 2023-12-22)'],
  [/^expected a slug \(a-z, 0-9 and hyphens\), e\.g\. "(.+)"$/, (e) => `cần một mã (slug: chữ thường a–z, số 0–9 và dấu gạch ngang), ví dụ "${e}", không phải tên có dấu`],
  [/^a URL is required$/, () => 'cần địa chỉ web (url)'],
  [/^expected a full web address starting with http:\/\/ or https:\/\/$/, () => 'cần địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://'],
  [/^must not be empty$/, () => 'không được để trống (không biết thì xóa hẳn trường này)'],
  [/^every record needs sources: a list of \{url, title\}$/, () => 'mỗi bản ghi cần có nguồn (sources): danh sách các mục { url, title }'],
  [/^expected a list of sources: \{url, title\}$/, () => 'cần một danh sách nguồn: các mục { url, title }'],
  [/^every record needs at least one source$/, () => 'mỗi bản ghi cần ít nhất một nguồn'],
  [/^expected an http\(s\) or mailto: address$/, () => 'cần địa chỉ http(s) hoặc mailto:'],
  [/^expected a GitHub repository written owner\/name$/, () => 'cần tên kho GitHub dạng chủ/tên'],
  [/^expected an https tile URL template$/, () => 'cần mẫu địa chỉ ô bản đồ bắt đầu bằng https://'],
  [/^expected one of: (.+)$/, (list) => `cần một trong các giá trị: ${list}`],
  [/^expected a three-digit code$/, () => 'cần mã gồm đúng 3 chữ số, viết trong nháy kép ("502")'],
  [/^expected a five-digit code$/, () => 'cần mã gồm đúng 5 chữ số'],
  [/^expected a code such as "(.+)"$/, (e) => `cần mã dạng "${e}" (nhóm.thứ tự), viết trong nháy kép`],
  [/^expected a phone number, digits and spaces only$/, () => 'cần số điện thoại, chỉ gồm chữ số, khoảng trắng và + . ( ) -'],
  [/^expected a phone number$/, () => 'cần số điện thoại'],
  [/^expected an e-mail address$/, () => 'cần địa chỉ thư điện tử hợp lệ'],
  [/^list at least one place, or leave the field out$/, () => 'ghi ít nhất một nơi bán, hoặc bỏ hẳn trường này'],
  [/^list at least one slug, or leave the field out$/, () => 'ghi ít nhất một mã, hoặc bỏ hẳn trường này'],
  [/^expected district, province or national$/, () => 'cần district (cấp huyện), province (cấp tỉnh) hoặc national (cấp quốc gia)'],
  [/^expected 3, 4 or 5 stars, or starsUnknown: true when the source does not give the star level$/, () => 'cần hạng sao (stars) 3, 4 hoặc 5, hoặc starsUnknown: true khi nguồn không nêu hạng sao'],
  [/^expected 3, 4 or 5 stars$/, () => 'cần hạng sao 3, 4 hoặc 5 (một con số, không viết "4 sao")'],
  [/^expected true \(or leave the field out\)$/, () => 'cần true (hoặc bỏ hẳn trường này)'],
  [/^give either stars or starsUnknown: true, not both$/, () => 'chỉ ghi một trong hai: stars hoặc starsUnknown: true'],
  [/^expected a decision date, a year, or dateUnknown: true when the source gives no year$/, () => 'cần ngày quyết định (date), năm (year), hoặc dateUnknown: true khi nguồn không nêu năm'],
  [/^give only one of date, year and dateUnknown$/, () => 'chỉ ghi một trong ba: date, year, dateUnknown'],
  [/^notAfter goes only with dateUnknown: true$/, () => 'notAfter chỉ đi kèm dateUnknown: true'],
  [/^a ring needs at least 4 positions$/, () => 'một vòng ranh giới cần ít nhất 4 điểm'],
  [/^expected a GeoJSON Polygon or MultiPolygon geometry$/, () => 'cần hình GeoJSON kiểu Polygon hoặc MultiPolygon'],
  [/^a unit lists the former units it was made of$/, () => 'phường, xã phải liệt kê các đơn vị cũ hợp thành (formerUnits)'],

  // ---- the content check (src/lib/content/validate.ts, src/lib/certificates/certifying-level.ts)
  [/^no such field: check its spelling against content\/README\.md$/, () => 'không có trường này: kiểm tra chính tả theo content/README.md'],
  [/^required: this field must be given$/, () => 'bắt buộc: phải có trường này'],
  [/^required: (.+)$/s, (rest) => `bắt buộc: ${validationMessageVi(rest)}`],
  [/^a slug: lowercase a-z, 0-9 and hyphens \(rename the file or set slug:\)$/, () => 'cần mã (slug): chữ thường a–z, số 0–9 và dấu gạch ngang (đổi tên tệp hoặc ghi slug:)'],
  [/^plain Markdown: raw HTML is not allowed in a body$/, () => 'Markdown thường: phần mô tả không được chứa HTML'],
  [/^a unique slug: (.+) already uses it( \(as a former slug\))?$/, (file, former) => `mã không trùng: ${file} đã dùng mã này${asFormer(former)}`],
  [/^each former slug once \(it is listed twice\)$/, () => 'mỗi mã cũ chỉ ghi một lần (mã này được ghi hai lần)'],
  [/^a slug the record no longer has \(this is its current slug\)$/, () => 'mã cũ phải khác mã hiện tại của bản ghi (đây là mã hiện tại)'],
  [/^a slug no other record uses: (.+) already uses it( \(as a former slug\))?$/, (file, former) => `mã không bản ghi nào khác dùng: ${file} đã dùng mã này${asFormer(former)}`],
  [/^a slug other than (.+) \(used by listing pages\)$/, (list) => `một mã khác ${list} (các mã này dành cho trang danh sách)`],
  [/^the slug of an existing (producer|district|product set|product group|sales point) \((.+)\)$/, (kind, where) => `mã của một ${RECORD_KINDS[kind]} đã có (${where})`],
  [
    /^a product set \(bộ sản phẩm\) from content\/product-sets\.json, to complete: until then the product shows as "product set not assigned" and is counted in no group$/,
    () => 'cần bổ sung bộ sản phẩm (trong content/product-sets.json): đến khi đó, trang ghi "chưa xếp bộ sản phẩm" và sản phẩm không thuộc nhóm nào',
  ],
  [/^a date not after today \((.+)\)$/, (d) => `ngày không được sau hôm nay (${d})`],
  [/^a decision date not after today \((.+)\)$/, (d) => `ngày quyết định không được sau hôm nay (${d})`],
  [/^a year not after (\d+)$/, (y) => `năm không được sau ${y}`],
  [
    /^each certificate once: (certificates\[\d+\]) is the same certificate \((.+)\); merge the two entries$/,
    (other, why) => `mỗi chứng nhận chỉ ghi một lần: ${other} là cùng một chứng nhận (${sameBecause(why)}); gộp hai mục làm một`,
  ],
  [
    /^3★ certificates were issued by districts from (\S+) until (\S+) \(not included\): check the level$/,
    (from, until) => `từ ngày ${from} đến trước ngày ${until}, chứng nhận 3 sao do UBND cấp huyện cấp: kiểm tra lại cấp công nhận`,
  ],
  [
    /^no certificate dated on or after (\S+) is district level: district People's Committees ceased to exist that day and the province certifies 3★ \(Decision 1489\/QĐ-TTg\); use province$/,
    (d) => `không chứng nhận nào từ ngày ${d} trở đi là cấp huyện: UBND cấp huyện không còn từ ngày đó và tỉnh công nhận 3 sao (Quyết định 1489/QĐ-TTg); ghi province`,
  ],
  [
    /^a district certifies 3★ only; (\d)★ is certified by the (province|ministry \(national\))$/,
    (stars, by) => `cấp huyện chỉ công nhận 3 sao; ${stars} sao do ${LEVELS_VI[by]} công nhận`,
  ],
  [/^5★ is certified at national level$/, () => '5 sao do cấp quốc gia (Bộ) công nhận'],
  [/^a former unit listed once: (.+) already lists it$/, (file) => `mỗi đơn vị cũ chỉ ghi một lần: ${file} đã ghi đơn vị này`],
  [/^a former commune listed once: (.+) already lists it$/, (file) => `mỗi xã cũ chỉ ghi một lần: ${file} đã ghi xã này`],
  [
    /^a former commune of this district \((.+)\) listed in formerUnits of a content\/units\/ record, or in content\/former-communes\/ when its successor is unknown$/,
    (d) => `một xã, phường, thị trấn cũ của huyện này (${d}) có trong formerUnits của một tệp content/units/, hoặc trong content/former-communes/ khi chưa rõ nay thuộc đơn vị nào`,
  ],

  // ---- reading the files (scripts/shared/read-content.ts)
  [/^the site configuration file is missing$/, () => 'thiếu tệp cấu hình trang (site.json)'],
  [/^not valid JSON \((.*)\)$/s, (why) => `không phải JSON hợp lệ (${why})`],
  [/^file is missing$/, () => 'thiếu tệp'],
  [/^expected a JSON array of records$/, () => 'cần một mảng JSON các bản ghi: [ … ]'],
  [/^front matter missing: the file must start with a line "---"$/, () => 'thiếu phần đầu (front matter): tệp phải bắt đầu bằng dòng "---"'],
  [/^malformed front matter \((.*)\)$/s, (why) => `phần đầu (front matter) sai cú pháp YAML (${why})`],
  [/^an image file that exists \(looked for (.+)\)$/, (file) => `cần một tệp ảnh có thật (đã tìm ${file})`],
  [/^a readable JPEG, PNG, WebP or AVIF image \((.+) is corrupt or not an image\)$/, (file) => `cần ảnh JPEG, PNG, WebP hoặc AVIF đọc được (${file} bị hỏng hoặc không phải ảnh)`],

  // ---- Zod's own messages, for rules without a message of ours
  [/^Invalid input: expected (\w+), received undefined$/, () => 'bắt buộc: phải có trường này'],
  [/^Invalid input: expected (\w+), received (\w+)$/, (want, got) => `sai kiểu: cần ${TYPE_NAMES[want] ?? want}, nhưng là ${TYPE_NAMES[got] ?? got}`],
  [/^Too small: expected (\w+) to have (>=|>)(\d+) (\w+)$/, (_w, op, n, unit) => `quá ít: cần ${op === '>' ? 'nhiều hơn' : 'ít nhất'} ${n} ${UNITS[unit] ?? unit}`],
  [/^Too big: expected (\w+) to have (<=|<)(\d+) (\w+)$/, (_w, op, n, unit) => `quá nhiều: cần ${op === '<' ? 'ít hơn' : 'nhiều nhất'} ${n} ${UNITS[unit] ?? unit}`],
  [/^Too small: expected (\w+) to be (>=|>)(\S+)$/, (_w, op, n) => `quá nhỏ: cần ${op === '>' ? 'lớn hơn' : 'từ'} ${n}${op === '>' ? '' : ' trở lên'}`],
  [/^Too big: expected (\w+) to be (<=|<)(\S+)$/, (_w, op, n) => `quá lớn: cần ${op === '<' ? 'nhỏ hơn' : 'không quá'} ${n}`],
  [/^Invalid option: expected one of (.+)$/, (list) => `cần một trong các giá trị: ${list.split('|').join(', ')}`],
  [/^Invalid input: expected (.+)$/, (want) => `giá trị không hợp lệ: cần ${want}`],
  [/^Invalid input$/, () => 'giá trị không hợp lệ'],
  [/^Unrecognized keys?: (.+)$/, (keys) => `không có trường này: ${keys} (kiểm tra chính tả theo content/README.md)`],
];

function translate(message: string): string | undefined {
  for (const [pattern, render] of RULES) {
    const m = pattern.exec(message);
    if (m) return render(...m.slice(1));
  }
  return undefined;
}

/**
 * The Vietnamese for a validation message: a Zod issue of the schema (anything with a `message`),
 * a check problem's `expected`, or the message itself. Unknown messages come back unchanged.
 */
export function validationMessageVi(issue: string | { message: string }): string {
  const message = typeof issue === 'string' ? issue : issue.message;
  return translate(message) ?? message;
}

/** True when the table has a Vietnamese rendering of this message (for the tests). */
export function hasVietnamese(message: string): boolean {
  return translate(message) !== undefined;
}

const PLACEHOLDERS_VI: Record<string, string> = {
  '(missing)': '(không có)',
  '(unreadable)': '(không đọc được)',
  '(record)': '(bản ghi)',
  '(file)': '(tệp)',
};

/** A problem of the check, "tệp: trường: giá trị — điều cần có", in Vietnamese. */
export function problemVi(p: Problem): string {
  const field = PLACEHOLDERS_VI[p.field] ?? p.field;
  const value = PLACEHOLDERS_VI[p.value] ?? p.value;
  return `${p.file}: ${field}: ${value} — ${validationMessageVi(p.expected)}`;
}
