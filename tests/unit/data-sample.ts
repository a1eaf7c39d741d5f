// A small joined catalogue for the exports, statistics and supplier tests, seen on 2026-11-23.
// Each product stands for one case: valid, expiring, known only by year, expired, revoked, no producer, no date.
import { buildCatalogue, type CatalogueInput } from '../../src/lib/content/catalogue';

export const TODAY = '2026-11-23';
const sources = [{ url: 'https://example.org/nguon', title: 'Nguồn thử' }];

const site: CatalogueInput['site'] = {
  name: 'OCOP Thử',
  nameEn: 'Test OCOP',
  region: 'Tỉnh Thử',
  regionEn: 'Test Province',
  url: 'https://ocop.example.org',
  reportErrorUrl: 'https://example.org/bao-loi',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  dataDate: '2026-11-01',
  timeZone: 'Asia/Ho_Chi_Minh',
  map: { tiles: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', attribution: '© OSM', attributionUrl: 'https://www.openstreetmap.org/copyright' },
  intro: 'Thử.',
  introEn: 'Test.',
};

type ProductInput = CatalogueInput['products'][number];
const product = (id: string, data: Partial<ProductInput['data']>): ProductInput => ({
  id,
  data: { name: id, productSet: 'gia-vi', district: 'dai-loc', certificates: [], sources, ...data },
});

export function sampleInput(): CatalogueInput {
  return {
    site,
    today: TODAY,
    districts: [
      { id: 'dai-loc', data: { name: 'Đại Lộc', kind: 'huyện', description: 'Huyện.', sources } },
      { id: 'tien-phuoc', data: { name: 'Tiên Phước', kind: 'huyện', description: 'Huyện.', sources } },
    ],
    productGroups: [
      { id: 'thuc-pham', data: { id: 'thuc-pham', code: 1, name: 'Thực phẩm', nameEn: 'Food', sources } },
      { id: 'do-uong', data: { id: 'do-uong', code: 2, name: 'Đồ uống', nameEn: 'Drinks', sources } },
    ],
    productSets: [
      { id: 'gia-vi', data: { id: 'gia-vi', group: 'thuc-pham', code: '1.1', name: 'Gia vị', nameEn: 'Seasonings', sources } },
      { id: 'ruou', data: { id: 'ruou', group: 'do-uong', code: '2.1', name: 'Rượu', nameEn: 'Spirits', sources } },
    ],
    producers: [
      {
        id: 'htx-dai-loc',
        data: {
          name: 'Hợp tác xã Đại Lộc',
          legalForm: 'hợp tác xã',
          district: 'dai-loc',
          address: 'thôn 1, xã Đại Đồng',
          contacts: { phone: ['0235 3 123 456'], email: 'htx@example.org', website: 'https://www.htx.example.org/san-pham' },
          qualitySystems: ['HACCP', 'ISO 22000'],
          sources,
        },
      },
      { id: 'co-so-tien-phuoc', data: { name: 'Cơ sở Tiên Phước', legalForm: 'cơ sở sản xuất', district: 'tien-phuoc', qualitySystems: ['VietGAP'], sources } },
      { id: 'dn-het-han', data: { name: 'Doanh nghiệp Hết Hạn', legalForm: 'doanh nghiệp', district: 'dai-loc', sources } },
    ],
    products: [
      product('nuoc-mam-5-sao', {
        name: 'Nước mắm đặc biệt',
        producer: 'htx-dai-loc',
        certificates: [{ stars: 5, date: '2025-01-10', level: 'national' }],
        english: { description: 'A special fish sauce, made from anchovies.', translatedOn: '2026-11-01', sourceDigest: '1a2b3c4d' },
      }),
      product('tuong-sap-het-han', { name: 'Tương ớt', producer: 'htx-dai-loc', certificates: [{ stars: 4, date: '2024-01-20' }] }),
      product('ruou-theo-nam', {
        name: 'Rượu cần',
        producer: 'co-so-tien-phuoc',
        productSet: 'ruou',
        district: 'tien-phuoc',
        certificates: [{ stars: 3, year: 2024 }],
      }),
      product('mam-het-han', { name: 'Mắm cũ', producer: 'dn-het-han', certificates: [{ stars: 3, date: '2019-05-10' }] }),
      product('mam-thu-hoi', { name: 'Mắm thu hồi', producer: 'dn-het-han', certificates: [{ stars: 4, date: '2025-02-01', revoked: { date: '2026-01-01' } }] }),
      product('banh-khong-chu-the', { name: 'Bánh tráng', district: 'tien-phuoc', certificates: [{ stars: 3, date: '2026-03-01' }] }),
      product('mam-khong-ngay', { name: 'Mắm không ngày', certificates: [{ stars: 3, dateUnknown: true }] }),
    ],
    salesPoints: [
      {
        id: 'cua-hang-dai-loc',
        data: {
          name: 'Cửa hàng OCOP Đại Lộc',
          kind: 'cửa hàng',
          district: 'dai-loc',
          geo: { lat: 15.88, lon: 108.1 },
          status: 'open',
          description: 'Cửa hàng ở chợ Đại Lộc.',
          descriptionEn: 'A shop in the Đại Lộc market.',
          translation: { translatedOn: '2026-11-01', sourceDigest: '5e6f7a8b' },
          sources,
        },
      },
    ],
    figures: [
      { id: '2024', data: { id: '2024', asOf: '12/2024', sortDate: '2024-12-31', scope: 'province', products: 400, sources } },
      { id: '2022', data: { id: '2022', asOf: '2022', sortDate: '2022-12-31', scope: 'province', products: 250, sources } },
      { id: 'ca-nuoc-2024', data: { id: 'ca-nuoc-2024', asOf: '2024', sortDate: '2024-12-31', scope: 'national', products: 14000, sources } },
    ],
  };
}

export const sampleCatalogue = () => buildCatalogue(sampleInput());
