// Every Vietnamese interface string. Components never hold text of their own: they read this
// dictionary (or en.ts, which has the same shape) through src/i18n/index.ts.
import { catalogueVi } from './sections/catalogue';
import { dataVi } from './sections/data';
import { glossaryVi } from './sections/glossary';
import { offlineVi } from './sections/offline';
import { placesVi } from './sections/places';
import { reportVi } from './sections/report';
import { aboutVi } from './sections/about';
import { statusVi } from './sections/status';
import { feedsVi } from './sections/feeds';
import { unitsVi } from './sections/units';
import { translationVi } from './sections/translation';
import { searchPageVi } from './sections/search';
import { starLevelVi } from './sections/star-level';
import { reportedVi } from './sections/reported';
import { productListVi } from './sections/lists';

export const vi = {
  ...catalogueVi,
  ...glossaryVi,
  ...offlineVi,
  places: placesVi,
  data: dataVi,
  searchPage: searchPageVi,
  report: reportVi,
  about: aboutVi,
  starLevel: starLevelVi,
  reported: reportedVi,
  productList: productListVi,
  units: unitsVi,
  translation: translationVi,
  lang: 'vi',
  localeName: 'Tiếng Việt',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  nav: {
    label: 'Điều hướng chính',
    home: 'Trang chủ',
    products: 'Sản phẩm',
    producers: 'Chủ thể',
    districts: 'Địa phương',
    salesPoints: 'Điểm bán',
    map: 'Bản đồ',
    statistics: 'Thống kê',
    data: 'Dữ liệu mở',
    glossary: 'Thuật ngữ',
    print: 'Bản in danh mục',
    suppliers: 'Danh bạ nhà cung cấp',
    menu: 'Danh mục trang',
  },
  switcher: { label: 'Ngôn ngữ', other: 'English', otherShort: 'EN', otherLang: 'en' },
  search: {
    label: 'Tìm sản phẩm, chủ thể, điểm bán',
    placeholder: 'Ví dụ: nước mắm, trà',
    submit: 'Tìm',
  },
  footer: {
    about: 'Danh mục công khai các sản phẩm OCOP (Chương trình Mỗi xã một sản phẩm), chủ thể sản xuất và điểm bán.',
    sourcesNote:
      'Mỗi thông tin đều ghi nguồn (bài báo, quyết định, trang chính quyền). Điều chưa rõ được để trống, không suy đoán. Hạn chứng nhận được tính từ ngày quyết định (36 tháng).',
    licence: 'Dữ liệu và văn bản được cấp phép',
    dataDate: 'Dữ liệu cập nhật đến',
    reportError: 'Báo lỗi hoặc góp ý',
    openData: 'Tải dữ liệu mở',
  },
  stars: {
    label: (n: number) => `${n} sao`,
    sr: (n: number) => `Hạng ${n} sao trên 5`,
    unrated: 'Chưa có hạng sao',
  },
  status: statusVi,
  feeds: feedsVi,
  level: { district: 'Cấp huyện', province: 'Cấp tỉnh', national: 'Cấp trung ương', unknown: 'Chưa rõ cấp' },
  legalForm: {
    'hợp tác xã': 'Hợp tác xã',
    'tổ hợp tác': 'Tổ hợp tác',
    'doanh nghiệp': 'Doanh nghiệp',
    'hộ kinh doanh': 'Hộ kinh doanh',
    'cơ sở sản xuất': 'Cơ sở sản xuất',
  } as Record<string, string>,
  districtKind: { 'thành phố': 'Thành phố', 'thị xã': 'Thị xã', huyện: 'Huyện', quận: 'Quận' } as Record<string, string>,
  salesPointKind: {
    'điểm bán': 'Điểm bán',
    'cửa hàng': 'Cửa hàng',
    'trung tâm OCOP': 'Trung tâm OCOP',
    'chợ phiên': 'Chợ phiên',
  } as Record<string, string>,
  salesPointStatus: { open: 'Đang hoạt động', planned: 'Dự kiến', closed: 'Đã đóng cửa', unknown: 'Chưa rõ tình trạng' } as Record<string, string>,
  home: {
    title: 'Sản phẩm OCOP',
    totals: 'Số liệu trong danh mục',
    productsInForce: 'sản phẩm còn hiệu lực chứng nhận',
    inForceAsOf: (date: string) => `tính đến ngày ${date}`,
    byStar: (n: number) => `${n} sao`,
    producers: 'chủ thể',
    districts: 'địa phương',
    salesPoints: 'điểm bán',
    salesPointsIn: (n: string) => `ở ${n} địa phương`,
    products: 'sản phẩm',
    groups: 'Nhóm sản phẩm',
    newest: 'Chứng nhận mới nhất',
    topRated: 'Sản phẩm 4 sao và 5 sao',
    seeStars: (n: number) => `Tất cả sản phẩm ${n} sao`,
    allProducts: 'Tất cả sản phẩm',
    nearMe: 'Bản đồ chủ thể và điểm bán, với những nơi gần bạn nhất',
    districtsTitle: 'Theo địa phương',
    searchTitle: 'Tìm kiếm',
    countProducts: (n: number) => `${n} sản phẩm`,
    countNote: 'Con số đếm từ các bản ghi có nguồn trong danh mục này, không phải số liệu chính thức của chương trình.',
  },
  common: {
    notGiven: 'Nguồn không nêu',
    producerNotNamed: 'Nguồn không nêu chủ thể',
    unknown: 'Chưa rõ',
    sources: 'Nguồn',
    more: 'Xem tất cả',
    breadcrumb: 'Đường dẫn',
    page: (n: number, of: number) => `Trang ${n}/${of}`,
    previous: 'Trang trước',
    next: 'Trang sau',
    pagination: 'Phân trang',
    vietnameseOnly: '',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    text: 'Địa chỉ này không có trong danh mục. Có thể sản phẩm đã đổi tên hoặc đường dẫn bị gõ sai.',
    home: 'Về trang chủ',
    search: 'Tìm kiếm',
  },
  /** A record's former address (formerSlugs): the page sends the reader on to the record. */
  moved: {
    title: (name: string) => `${name}: trang đã chuyển địa chỉ`,
    description: (name: string) => `Trang của ${name} nay ở một địa chỉ mới.`,
    heading: 'Trang này đã chuyển sang địa chỉ mới',
    product: 'Trang của sản phẩm',
    producer: 'Trang của chủ thể',
    nowAt: 'nay ở địa chỉ:',
    automatic: 'Trình duyệt sẽ tự mở trang mới; nếu không, hãy bấm vào liên kết trên.',
    qr: 'Mã QR in trên bao bì hoặc tờ rơi dẫn đến địa chỉ cũ vẫn dùng được: địa chỉ cũ luôn dẫn sang trang mới.',
  },
};

export type Dictionary = typeof vi;
