// Strings for what sources reported beyond single records: a district's published total against the
// catalogue (district pages, statistics), what a published figure counts, where a producer's products
// were sold, and the flag on a source read only in an English rendering of a Vietnamese article.
export const reportedVi = {
  district: {
    title: 'Số liệu đã công bố',
    total: (name: string, products: string, asOf: string, inCatalogue: string) =>
      `Theo số liệu đã công bố, ${name} có ${products} sản phẩm OCOP (${asOf}); danh mục này có ${inCatalogue} sản phẩm OCOP của ${name}.`,
    none: (name: string, inCatalogue: string) =>
      `Danh mục chưa ghi nhận tổng số sản phẩm OCOP nào đã công bố của ${name}; danh mục này có ${inCatalogue} sản phẩm OCOP của ${name}.`,
    source: 'Nguồn:',
    allFigures: (n: string) => `Mọi số liệu đã công bố về địa phương (${n})`,
    table: (name: string) => `Số liệu OCOP đã công bố của ${name}`,
  },
  byDistrict: {
    title: 'Danh mục so với số liệu của từng địa phương',
    intro:
      'Tổng số sản phẩm OCOP mới nhất đã công bố của mỗi địa phương, kèm thời điểm và nguồn, và số sản phẩm OCOP (có chứng nhận) của địa phương đó trong danh mục. Các tổng số có thời điểm khác nhau nên không cộng lại thành số của tỉnh.',
    caption: 'Số sản phẩm OCOP đã công bố và số có trong danh mục, theo địa phương',
    district: 'Địa phương',
    published: 'Tổng số đã công bố',
    asOf: 'Thời điểm',
    source: 'Nguồn',
    inCatalogue: 'Trong danh mục',
    none: 'chưa ghi nhận',
  },
  counts: {
    round: 'Chỉ tính một đợt hoặc một năm, không phải tổng số.',
    participants: 'Số sản phẩm tham gia, không phải số sản phẩm được chứng nhận.',
  },
  trend: {
    title: (region: string) => `Tổng số sản phẩm OCOP được chứng nhận của ${region} theo các lần công bố`,
    note: 'Biểu đồ chỉ vẽ tổng số sản phẩm được chứng nhận đến mỗi thời điểm. Số của riêng một đợt và số sản phẩm tham gia (chưa phải đều được chứng nhận) chỉ có trong bảng dưới đây, có ghi chú.',
  },
  englishRendering: 'chỉ đọc được bản tiếng Anh của bài tiếng Việt (bản dịch), chưa đọc bản gốc',
  soldAt: {
    title: 'Nơi bán theo nguồn',
    intro: 'Nơi nguồn cho biết sản phẩm của chủ thể được bán, tại thời điểm của nguồn; chưa được xác nhận lại.',
    asOf: (d: string) => `thời điểm: ${d}`,
    undated: 'nguồn không ghi ngày',
    source: 'nguồn:',
  },
};

export const reportedEn: typeof reportedVi = {
  district: {
    title: 'Published figures',
    total: (name: string, products: string, asOf: string, inCatalogue: string) =>
      `${name} reported ${products} OCOP products (${asOf}); this catalogue holds ${inCatalogue} of ${name}’s OCOP products.`,
    none: (name: string, inCatalogue: string) =>
      `No published total of ${name}’s OCOP products is recorded; this catalogue holds ${inCatalogue} of ${name}’s OCOP products.`,
    source: 'Source:',
    allFigures: (n: string) => `Every published figure for the district (${n})`,
    table: (name: string) => `Published OCOP figures for ${name}`,
  },
  byDistrict: {
    title: 'The catalogue against each district’s figure',
    intro:
      'The latest total of OCOP products published for each district, with its date and source, and how many of the district’s OCOP (certified) products this catalogue holds. The totals are of different dates, so they do not add up to the province’s.',
    caption: 'OCOP products published and held in this catalogue, by district',
    district: 'District',
    published: 'Published total',
    asOf: 'As of',
    source: 'Source',
    inCatalogue: 'In this catalogue',
    none: 'none recorded',
  },
  counts: {
    round: 'One round or one year only, not a total.',
    participants: 'Products taking part, not products certified.',
  },
  trend: {
    title: (region: string) => `Certified OCOP products of ${region}, total at each published date`,
    note: 'The chart plots only totals of certified products up to each date. Counts of a single round and counts of products taking part (not all of them certified) are in the table below, with a note.',
  },
  englishRendering: 'read only in an English rendering of a Vietnamese article (a translation); the original was not read',
  soldAt: {
    title: 'Where sources say it was sold',
    intro: 'Where a source says the producer’s products were sold, as at the source’s date; not confirmed since.',
    asOf: (d: string) => `as of ${d}`,
    undated: 'the source gives no date',
    source: 'source:',
  },
};
