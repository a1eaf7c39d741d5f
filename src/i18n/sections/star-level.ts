// Strings for an OCOP certificate whose star level no source gives ("OCOP, star level not stated"),
// and for the coverage line of the statistics page (catalogue against the province's own figure).
export const starLevelVi = {
  /** Shown wherever stars would be: cards, product page, lists, filters. */
  unstated: 'OCOP, chưa rõ hạng sao',
  /** For screen readers and the certificate table. */
  unstatedLong: 'Đạt chuẩn OCOP; nguồn không nêu hạng sao',
  /** Filter option and statistics bar. */
  filter: 'OCOP, chưa rõ hạng sao',
  productDescription: (name: string, producer: string, district: string) =>
    `${name}: sản phẩm OCOP (nguồn không nêu hạng sao) của ${producer}, ${district}. Tình trạng chứng nhận, nơi bán và nguồn tin.`,
  listLink: (count: string) => `OCOP, chưa rõ hạng sao (${count})`,
  /** Products with no certificate recorded at all: counted beside the chips so that they add up. */
  noCertificate: (count: string) => `chưa ghi nhận chứng nhận (${count})`,
  coverageTitle: 'Danh mục so với số liệu của tỉnh',
  coverage: (inCatalogue: string, published: string, share: string, asOf: string) =>
    `Danh mục có ${inCatalogue} sản phẩm; số liệu mới nhất tỉnh công bố là ${published} sản phẩm OCOP (${asOf}), tức danh mục mới có khoảng ${share} số sản phẩm đó.`,
  coverageSource: 'Nguồn số liệu:',
  coverageConflict: (others: string) => `Một nguồn khác cho cùng thời điểm ghi ${others} sản phẩm.`,
  unstatedCount: (count: string) => `Trong danh mục, ${count} sản phẩm đạt chuẩn OCOP nhưng nguồn không nêu hạng sao; chúng được ghi là “OCOP, chưa rõ hạng sao”, không tính vào 3, 4 hay 5 sao.`,
};

export const starLevelEn: typeof starLevelVi = {
  unstated: 'OCOP, star level not stated',
  unstatedLong: 'OCOP certified; the source does not state the star level',
  filter: 'OCOP, star level not stated',
  productDescription: (name: string, producer: string, district: string) =>
    `${name}: OCOP product (star level not stated by the source) by ${producer}, ${district}. Certificate status, where to buy and sources.`,
  listLink: (count: string) => `OCOP, star level not stated (${count})`,
  noCertificate: (count: string) => `no certificate recorded (${count})`,
  coverageTitle: 'The catalogue against the province’s figure',
  coverage: (inCatalogue: string, published: string, share: string, asOf: string) =>
    `The catalogue holds ${inCatalogue} products; the latest figure the province published is ${published} OCOP products (${asOf}), so the catalogue covers about ${share} of them.`,
  coverageSource: 'Source of the figure:',
  coverageConflict: (others: string) => `Another source gives ${others} products for the same date.`,
  unstatedCount: (count: string) => `${count} products in the catalogue are OCOP certified but no source gives their star level; they are shown as “OCOP, star level not stated” and counted under none of 3, 4 or 5 stars.`,
};
