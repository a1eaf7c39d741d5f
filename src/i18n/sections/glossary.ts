// The glossary: words a visitor meets on certificates and in this catalogue.
export const glossaryVi = {
  glossary: {
    title: 'Thuật ngữ',
    description: 'Giải thích ngắn các từ dùng trong danh mục OCOP: hạng sao, chủ thể, hợp tác xã, hộ kinh doanh, điểm bán, cấp công nhận.',
    intro: 'Những từ thường gặp trên giấy chứng nhận OCOP và trong danh mục này.',
    terms: [
      { term: 'OCOP', vi: undefined as string | undefined, text: 'Chương trình Mỗi xã một sản phẩm (One Commune One Product): chương trình quốc gia đánh giá, phân hạng và quảng bá đặc sản của các địa phương.' },
      { term: 'Hạng sao', text: 'Kết quả đánh giá theo bộ tiêu chí OCOP, từ 3 đến 5 sao. Sản phẩm 3 sao do cấp huyện công nhận, 4 sao do cấp tỉnh, 5 sao do cấp trung ương (theo Quyết định 148/QĐ-TTg năm 2023).' },
      { term: 'Giấy chứng nhận và thời hạn', text: 'Giấy chứng nhận có giá trị 36 tháng kể từ ngày quyết định công nhận. Danh mục tính thời hạn từ ngày quyết định, không ghi tay. Khi nguồn chỉ nêu năm, thời hạn chỉ biết trong khoảng một năm; khi nguồn không nêu năm, tình trạng là “chưa rõ ngày”.' },
      { term: 'Chủ thể', text: 'Đơn vị làm ra và đứng tên sản phẩm OCOP: hợp tác xã, tổ hợp tác, doanh nghiệp, hộ kinh doanh hoặc cơ sở sản xuất.' },
      { term: 'Hợp tác xã (HTX)', text: 'Tổ chức kinh tế tập thể do các thành viên cùng góp vốn, cùng làm và cùng hưởng lợi.' },
      { term: 'Tổ hợp tác (THT)', text: 'Nhóm hộ hoặc cá nhân hợp tác với nhau theo hợp đồng, nhỏ hơn và đơn giản hơn hợp tác xã.' },
      { term: 'Hộ kinh doanh', text: 'Cơ sở kinh doanh của một cá nhân hoặc hộ gia đình, đăng ký kinh doanh nhưng không phải doanh nghiệp.' },
      { term: 'Điểm bán, trung tâm OCOP', text: 'Nơi trưng bày và bán sản phẩm OCOP: điểm bán, cửa hàng, trung tâm OCOP của huyện hoặc tỉnh, và chợ phiên.' },
      { term: 'Cấp công nhận', text: 'Cấp huyện (3 sao), cấp tỉnh (4 sao, và 3 sao trước năm 2023), cấp trung ương (5 sao).' },
    ],
  },
};

export const glossaryEn: typeof glossaryVi = {
  glossary: {
    title: 'Glossary',
    description: 'Short explanations of the words used in the OCOP catalogue: stars, producer (chủ thể), cooperative, household business, sales point, certifying levels.',
    intro: 'Words you will meet on OCOP certificates and in this catalogue, with the Vietnamese term.',
    terms: [
      { term: 'OCOP', vi: 'Mỗi xã một sản phẩm', text: 'One Commune One Product: Vietnam’s national programme that assesses, rates and promotes local specialties.' },
      { term: 'Stars', vi: 'hạng sao', text: 'The rating given under the OCOP criteria, from 3 to 5 stars. 3 stars are certified by the district, 4 stars by the province and 5 stars by the national level (Decision 148/QĐ-TTg, 2023).' },
      { term: 'Certificate and validity', vi: 'giấy chứng nhận', text: 'A certificate is valid for 36 months from the date of its decision. This catalogue computes validity from that date, never types it. When a source gives only the year, the expiry is known only within that year; when it gives no year, the status is “date unknown”.' },
      { term: 'Producer', vi: 'chủ thể', text: 'Whoever makes an OCOP product and holds its certificate: a cooperative, cooperative group, company, household business or production unit.' },
      { term: 'Cooperative', vi: 'hợp tác xã, HTX', text: 'A collective business owned, run and shared by its members.' },
      { term: 'Cooperative group', vi: 'tổ hợp tác, THT', text: 'Households or people working together under a contract; smaller and simpler than a cooperative.' },
      { term: 'Household business', vi: 'hộ kinh doanh', text: 'A registered business of one person or family that is not a company.' },
      { term: 'Sales point, OCOP centre, periodic market', vi: 'điểm bán, trung tâm OCOP, chợ phiên', text: 'Places that display and sell OCOP products: sales points, shops, district or provincial OCOP centres, and periodic markets.' },
      { term: 'Certifying level', vi: 'cấp công nhận', text: 'District level (3 stars), provincial level (4 stars, and 3 stars before 2023), national level (5 stars).' },
    ],
  },
};
