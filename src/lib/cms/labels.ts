// Vietnamese labels and help texts of the content editor's fields (/admin/, Decap CMS), worded as in
// the editors' guide (content/README.md). Keys are field paths: "certificates.stars" is the stars of
// an item of certificates. "products.name" applies to that collection only, "name" to every other.
// src/lib/cms/config.ts refuses a schema field without a label here, so a field added to
// src/lib/content/schema.ts cannot be missing from the editor unnoticed.

export interface FieldText {
  label: string;
  hint?: string;
  /** For a list: one item, in lowercase ("Thêm chứng nhận", "2 chứng nhận"). */
  singular?: string;
}

export const FIELD_TEXTS: Record<string, FieldText> = {
  slug: { label: 'Mã (slug)', hint: 'Để trống: mã là tên tệp. Chỉ chữ a-z, số và dấu gạch nối.' },
  formerSlugs: { label: 'Mã cũ', singular: 'mã cũ', hint: 'Khi đổi mã hoặc gộp hai bản ghi làm một: ghi các mã cũ ở đây, địa chỉ cũ (và mã QR đã in) sẽ dẫn sang trang này.' },
  name: { label: 'Tên', hint: 'Đúng như nguồn in.' },
  'products.name': { label: 'Tên sản phẩm', hint: 'Đúng như nguồn in.' },
  'producers.name': { label: 'Tên chủ thể', hint: 'Tên theo nguồn mới nhất, đúng như nguồn in.' },
  nameEn: { label: 'Tên tiếng Anh', hint: 'Bản dịch tên sang tiếng Anh; để trống nếu chưa có.' },
  english: {
    label: 'Bản tiếng Anh',
    hint: 'Bản dịch tiếng Anh của phần Mô tả (tiếng Việt), do người dịch trung thành: không thêm, không bớt, giữ mọi con số, ngày và tên riêng có dấu.',
  },
  'english.description': { label: 'Mô tả tiếng Anh', hint: 'Bản dịch của phần Mô tả, có thể dùng Markdown. Khi sửa Mô tả tiếng Việt, sửa cả bản này.' },
  'english.translatedOn': { label: 'Ngày dịch', hint: 'Ngày bản dịch được viết hoặc cập nhật lần cuối.' },
  'english.sourceDigest': {
    label: 'Mã bản gốc (tự động)',
    hint: 'Không sửa tay: lệnh npm run translations -- --stamp ghi mã này. Khi Mô tả tiếng Việt đổi mà mã không đổi, npm run check cảnh báo bản tiếng Anh đã cũ.',
  },
  producer: { label: 'Chủ thể', hint: 'Chọn chủ thể trong danh sách; nếu chưa có, tạo chủ thể trước. Để trống nếu nguồn không nêu chủ thể.' },
  productSet: { label: 'Bộ sản phẩm', hint: 'Theo Quyết định 148/QĐ-TTg, ví dụ "Gia vị khác" cho tiêu, hạt điều.' },
  district: { label: 'Địa phương (huyện, thị xã, thành phố cũ)', hint: 'Đơn vị cấp huyện ghi trên giấy chứng nhận.' },
  commune: { label: 'Xã, phường, thị trấn', hint: 'Như nguồn in, ví dụ "xã …", "phường …". Để trống nếu nguồn không nêu.' },
  address: { label: 'Địa chỉ', hint: 'Chỉ ghi khi có nguồn.' },

  certificates: { label: 'Chứng nhận OCOP', singular: 'chứng nhận', hint: 'Mỗi lần công nhận (hoặc công nhận lại) là một mục, cũ trước, mới sau.' },
  'certificates.level': {
    label: 'Cấp công nhận',
    hint: 'Theo cơ quan ký quyết định. Trước 24/02/2023: 3 và 4 sao do tỉnh; từ 24/02/2023 (Quyết định 148/QĐ-TTg) 3 sao do huyện, 4 sao do tỉnh; từ 01/07/2025 không còn cấp huyện (Quyết định 1489/QĐ-TTg): 3 và 4 sao do tỉnh, thành phố. 5 sao luôn cấp quốc gia. Để trống khi không suy ra được.',
  },
  'certificates.stars': { label: 'Hạng sao', hint: 'Bắt buộc: 3, 4 hoặc 5 sao. Chỉ khi nguồn không nêu hạng sao thì để trống và bật "Nguồn không nêu hạng sao".' },
  'certificates.starsUnknown': { label: 'Nguồn không nêu hạng sao', hint: 'Bật khi nguồn chỉ nói sản phẩm đạt OCOP mà không nêu mấy sao; khi đó không chọn hạng sao.' },
  'certificates.decision': { label: 'Số quyết định', hint: 'Đúng như nguồn in: "3610/QĐ-UBND", hoặc "3610" nếu nguồn chỉ nêu số.' },
  'certificates.date': { label: 'Ngày quyết định', hint: 'Viết ngày/tháng/năm, ví dụ 29/12/2022; chỉ khi nguồn nêu đủ ngày. Chỉ ghi một trong ba: ngày, năm, hoặc "Nguồn không nêu năm".' },
  'certificates.year': { label: 'Năm quyết định', hint: 'Khi nguồn chỉ nêu năm.' },
  'certificates.dateUnknown': { label: 'Nguồn không nêu năm', hint: 'Bật khi nguồn không nêu năm; khi đó không ghi ngày và năm.' },
  'certificates.notAfter': { label: 'Chậm nhất ngày', hint: 'Đi kèm "Nguồn không nêu năm": ngày của chính nguồn, khi xác định được.' },
  'certificates.score': { label: 'Điểm', hint: 'Điểm đánh giá trên 100, chỉ khi được công bố.' },
  'certificates.revoked': { label: 'Thu hồi', hint: 'Chỉ khi chứng nhận bị thu hồi.' },
  'certificates.revoked.date': { label: 'Ngày thu hồi' },
  'certificates.revoked.reason': { label: 'Lý do thu hồi' },
  'certificates.source': { label: 'Nguồn của chứng nhận này', hint: 'Địa chỉ nguồn, khi khác nguồn đầu tiên của bản ghi.' },

  images: { label: 'Ảnh', singular: 'ảnh', hint: 'Chỉ ảnh có nguồn và được phép dùng.' },
  'images.src': { label: 'Tệp ảnh', hint: 'Đường dẫn tính từ thư mục products/, ví dụ ../images/ten-san-pham.jpg.' },
  'images.alt': { label: 'Mô tả ảnh', hint: 'Ảnh cho thấy gì, cho người không nhìn thấy.' },
  'images.credit': { label: 'Người chụp / chủ ảnh' },
  specs: { label: 'Quy cách' },
  'specs.packaging': { label: 'Bao bì' },
  'specs.size': { label: 'Khối lượng / dung tích' },
  'specs.shelfLife': { label: 'Hạn sử dụng' },
  whereToBuy: { label: 'Nơi mua' },
  'whereToBuy.salesPoints': { label: 'Điểm bán', hint: 'Các điểm bán có sản phẩm này theo nguồn.' },
  'whereToBuy.online': { label: 'Gian hàng trực tuyến', singular: 'gian hàng' },
  'whereToBuy.online.label': { label: 'Tên gian hàng' },
  'whereToBuy.online.url': { label: 'Địa chỉ (https://…)' },

  formerNames: { label: 'Tên cũ', singular: 'tên cũ', hint: 'Tên trước đây, ví dụ trước khi đổi loại hình.' },
  'formerNames.name': { label: 'Tên cũ' },
  'formerNames.note': { label: 'Ghi chú', hint: 'Tên này dùng khi nào, theo nguồn nào.' },
  legalForm: { label: 'Loại hình', hint: 'Suy ra từ tên: HTX → hợp tác xã; THT → tổ hợp tác; Công ty → doanh nghiệp; hộ kinh doanh; cơ sở → cơ sở sản xuất.' },
  contacts: { label: 'Liên hệ', hint: 'Chỉ ghi khi có nguồn.' },
  'contacts.phone': { label: 'Số điện thoại', singular: 'số điện thoại', hint: 'Chỉ số điện thoại có trong nguồn.' },
  'contacts.email': { label: 'Thư điện tử' },
  'contacts.website': { label: 'Trang web' },
  'contacts.social': { label: 'Mạng xã hội', singular: 'trang mạng xã hội' },
  'contacts.social.label': { label: 'Tên trang', hint: 'Ví dụ "Trang Facebook của hợp tác xã".' },
  'contacts.social.url': { label: 'Địa chỉ (https://…)' },
  qualitySystems: { label: 'Hệ thống chất lượng', hint: 'Chỉ khi có nguồn.' },
  soldAt: { label: 'Nơi bán theo nguồn', singular: 'nơi bán', hint: 'Nơi nguồn cho biết sản phẩm của chủ thể được bán (siêu thị, cửa hàng, khách hàng…), kèm thời điểm của nguồn.' },
  'soldAt.where': { label: 'Nơi bán', hint: 'Như nguồn nói, ví dụ "siêu thị Co.opMart Tam Kỳ".' },
  'soldAt.whereEn': { label: 'Nơi bán (tiếng Anh)', hint: 'Bản dịch; để trống nếu chưa có.' },
  'soldAt.asOf': { label: 'Thời điểm của nguồn', hint: 'Như nguồn cho biết, ví dụ "12/2023"; để trống khi nguồn không ghi ngày.' },
  'soldAt.asOfEn': { label: 'Thời điểm (tiếng Anh)', hint: 'Ví dụ "December 2023".' },
  'soldAt.source': { label: 'Nguồn của thông tin này', hint: 'Địa chỉ của một nguồn đã có trong danh sách nguồn của bản ghi.' },

  sources: { label: 'Nguồn', singular: 'nguồn', hint: 'Bắt buộc: ít nhất một nguồn cho mọi thông tin của bản ghi.' },
  'sources.url': { label: 'Địa chỉ nguồn', hint: 'Địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://.' },
  'sources.title': { label: 'Tiêu đề nguồn', hint: 'Tên báo hoặc cơ quan, rồi tiêu đề bài hay văn bản, ví dụ "Báo …: Huyện … có 8 sản phẩm đạt chuẩn OCOP 3 sao".' },
  'sources.date': { label: 'Ngày đăng', hint: 'Khi biết.' },
  'sources.englishRendering': { label: 'Chỉ đọc bản dịch tiếng Anh', hint: 'Bật khi chỉ đọc được bản tiếng Anh (ví dụ trên vietnam.vn) của một bài tiếng Việt; trang sẽ ghi rõ điều đó bên cạnh nguồn.' },

  body: { label: 'Mô tả', hint: 'Văn bản Markdown, chỉ điều nguồn nói; không dùng thẻ HTML.' },
};

export const COLLECTION_TEXTS = {
  products: { label: 'Sản phẩm', singular: 'sản phẩm' },
  producers: { label: 'Chủ thể', singular: 'chủ thể' },
} as const;

/** The text of a field of a collection, or undefined when none is written. */
export function fieldText(collection: string, path: string): FieldText | undefined {
  return FIELD_TEXTS[`${collection}.${path}`] ?? FIELD_TEXTS[path];
}

/** Labels of the values of a select, where the stored value is not Vietnamese. */
export const OPTION_LABELS: Record<string, Record<string, string>> = {
  'certificates.level': { district: 'cấp huyện', province: 'cấp tỉnh', national: 'cấp trung ương (quốc gia)' },
  'certificates.stars': { '3': '3 sao', '4': '4 sao', '5': '5 sao' },
};
