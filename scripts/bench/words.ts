// Word lists for the synthetic benchmark catalogue. Names are combined from these, so they look
// and weigh like real Vietnamese names (tone marks, đ, lengths) without being anyone's real record.

export interface SetWords {
  id: string;
  name: string;
  nameEn: string;
  /** Typical products: [Vietnamese, English]. */
  products: readonly (readonly [string, string])[];
}

export interface GroupWords {
  id: string;
  name: string;
  nameEn: string;
  sets: readonly SetWords[];
}

/** The six national OCOP product groups, each with a few product sets and typical products. */
export const GROUPS: readonly GroupWords[] = [
  {
    id: 'thuc-pham',
    name: 'Thực phẩm',
    nameEn: 'Food',
    sets: [
      { id: 'tuoi-song', name: 'Thực phẩm tươi sống', nameEn: 'Fresh food', products: [['Bưởi da xanh', 'green-skin pomelo'], ['Cam sành', 'king orange'], ['Thanh long ruột đỏ', 'red dragon fruit'], ['Bòn bon', 'langsat'], ['Gà thả đồi', 'free-range hill chicken'], ['Trứng gà ác', 'silkie chicken eggs']] },
      { id: 'so-che', name: 'Thực phẩm thô, sơ chế', nameEn: 'Raw and pre-processed food', products: [['Gạo lứt đỏ', 'red brown rice'], ['Gạo thơm', 'fragrant rice'], ['Hạt điều rang', 'roasted cashews'], ['Mực một nắng', 'sun-dried squid'], ['Cá cơm khô', 'dried anchovies'], ['Tôm khô', 'dried shrimp']] },
      { id: 'che-bien', name: 'Thực phẩm chế biến', nameEn: 'Processed food', products: [['Bánh tráng', 'rice paper'], ['Mè xửng', 'sesame candy'], ['Kẹo đậu phộng', 'peanut brittle'], ['Chả cá', 'fish cake'], ['Nem chua', 'fermented pork roll'], ['Bánh đậu xanh', 'mung bean cake'], ['Mứt gừng', 'candied ginger'], ['Mật ong rừng', 'wild honey']] },
      { id: 'gia-vi', name: 'Gia vị', nameEn: 'Seasonings', products: [['Nước mắm', 'fish sauce'], ['Tương ớt', 'chilli sauce'], ['Muối ớt xanh', 'green chilli salt'], ['Tỏi đen', 'black garlic'], ['Tiêu đen', 'black pepper'], ['Mắm ruốc', 'shrimp paste']] },
      { id: 'che-tra', name: 'Chè và sản phẩm từ chè', nameEn: 'Tea', products: [['Trà xanh', 'green tea'], ['Chè dây', 'vine tea'], ['Trà atiso', 'artichoke tea'], ['Trà sen', 'lotus tea'], ['Trà thảo mộc', 'herbal tea']] },
    ],
  },
  {
    id: 'do-uong',
    name: 'Đồ uống',
    nameEn: 'Drinks',
    sets: [
      { id: 'do-uong-co-con', name: 'Đồ uống có cồn', nameEn: 'Alcoholic drinks', products: [['Rượu cần', 'jar wine'], ['Rượu nếp', 'sticky rice wine'], ['Rượu ba kích', 'morinda wine'], ['Rượu sim', 'rose myrtle wine']] },
      { id: 'do-uong-khong-con', name: 'Đồ uống không cồn', nameEn: 'Soft drinks', products: [['Nước cốt chanh dây', 'passion fruit juice'], ['Cà phê rang xay', 'ground coffee'], ['Nước yến', "bird's nest drink"], ['Siro dâu tằm', 'mulberry syrup']] },
    ],
  },
  {
    id: 'thao-duoc',
    name: 'Thảo dược',
    nameEn: 'Herbal products',
    sets: [
      { id: 'duoc-lieu', name: 'Thực phẩm chức năng, thuốc dược liệu', nameEn: 'Supplements and herbal medicines', products: [['Sâm núi', 'mountain ginseng'], ['Cao đinh lăng', 'polyscias extract'], ['Tinh bột nghệ', 'turmeric starch'], ['Đông trùng hạ thảo', 'cordyceps'], ['Nấm linh chi', 'lingzhi mushroom']] },
      { id: 'my-pham-thao-duoc', name: 'Mỹ phẩm có thành phần từ thảo dược', nameEn: 'Herbal cosmetics', products: [['Xà phòng thảo mộc', 'herbal soap'], ['Dầu gội bồ kết', 'soapberry shampoo'], ['Son dưỡng sáp ong', 'beeswax lip balm']] },
      { id: 'tinh-dau', name: 'Tinh dầu và thảo dược khác', nameEn: 'Essential oils and other herbs', products: [['Tinh dầu quế', 'cinnamon oil'], ['Tinh dầu sả chanh', 'lemongrass oil'], ['Tinh dầu tràm', 'cajeput oil']] },
    ],
  },
  {
    id: 'vai-may-mac',
    name: 'Vải và may mặc',
    nameEn: 'Textiles and garments',
    sets: [{ id: 'vai-soi', name: 'Sản phẩm từ bông, sợi, tơ tằm', nameEn: 'Cotton, fibre and silk goods', products: [['Thổ cẩm', 'brocade'], ['Khăn lụa', 'silk scarf'], ['Áo dài lụa', 'silk áo dài']] }],
  },
  {
    id: 'luu-niem-noi-that',
    name: 'Lưu niệm, nội thất, trang trí',
    nameEn: 'Souvenirs, furniture and decoration',
    sets: [
      { id: 'go-may-tre', name: 'Đồ gỗ, mây tre đan', nameEn: 'Wood, rattan and bamboo', products: [['Giỏ mây', 'rattan basket'], ['Bàn ghế tre', 'bamboo furniture'], ['Đũa tre', 'bamboo chopsticks']] },
      { id: 'gom-su', name: 'Gốm sứ, thủy tinh', nameEn: 'Ceramics and glass', products: [['Gốm đất nung', 'terracotta'], ['Bình gốm men lam', 'blue-glazed vase'], ['Chén gốm', 'ceramic bowls']] },
      { id: 'do-luu-niem', name: 'Đồ lưu niệm, trang trí', nameEn: 'Souvenirs and decorations', products: [['Đèn lồng', 'lantern'], ['Tranh thêu', 'embroidered picture'], ['Nón lá', 'conical hat']] },
    ],
  },
  {
    id: 'dich-vu-du-lich',
    name: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    nameEn: 'Community tourism, ecotourism and tourist sites',
    sets: [{ id: 'du-lich-cong-dong', name: 'Dịch vụ du lịch cộng đồng và điểm du lịch', nameEn: 'Community tourism services and sites', products: [['Điểm du lịch sinh thái', 'ecotourism site'], ['Làng du lịch cộng đồng', 'community tourism village'], ['Nhà vườn đón khách', 'garden homestay']] }],
  },
];

/** Syllables that make believable place names (two of them: "Tiên Sơn", "Đại Hòa"…). */
export const PLACE_FIRST = ['Tiên', 'Đại', 'Phước', 'Quế', 'Hòa', 'Thăng', 'Duy', 'Điện', 'Bắc', 'Nam', 'Tây', 'Đông', 'Trà', 'Hiệp', 'Thạnh', 'Bình', 'Tam', 'Cẩm', 'Kim', 'Thái', 'Phú', 'Vĩnh', 'Mỹ', 'Xuân', 'Đức', 'Hương'];
export const PLACE_SECOND = ['Sơn', 'Hà', 'Lộc', 'Phước', 'Thạnh', 'Bình', 'Đức', 'Hòa', 'Xuân', 'An', 'Linh', 'Giang', 'Mỹ', 'Tân', 'Trung', 'Lâm', 'Thủy', 'Phong', 'Nguyên', 'Định', 'Đông', 'Yên', 'Khê', 'Kỳ', 'Hưng', 'Đà'];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Đoàn', 'Trương'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quang', 'Kim', 'Xuân'];
export const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến', 'Đạt', 'Định', 'Đông', 'Lực'];

/** Brand-like words for company and cooperative names ("Phú An Khang"). */
export const BRAND_WORDS = ['Phú', 'An', 'Khang', 'Thịnh', 'Phát', 'Lộc', 'Tài', 'Xanh', 'Việt', 'Hưng', 'Đại', 'Thành', 'Nông', 'Sơn', 'Mộc', 'Điền', 'Quê', 'Hương', 'Vàng', 'Bảo'];

export const COMMUNE_KINDS = ['xã', 'xã', 'xã', 'phường', 'thị trấn'] as const;
export const VILLAGE_KINDS = ['thôn', 'tổ', 'khối phố', 'làng'] as const;

/** Sentences for Markdown bodies; {place} and {product} are filled in. */
export const BODY_SENTENCES = [
  'Đây là bản ghi giả lập, tạo tự động để đo hiệu năng của trang danh mục.',
  '{product} được làm từ nguyên liệu trồng và thu hái tại {place}.',
  'Quy trình sản xuất kết hợp phương pháp truyền thống với máy móc hiện đại, bảo đảm vệ sinh an toàn thực phẩm.',
  'Sản phẩm được đóng gói trong bao bì có tem truy xuất nguồn gốc và mã QR.',
  'Người dân địa phương đã gắn bó với nghề này qua nhiều thế hệ.',
  'Vùng nguyên liệu được chăm sóc theo hướng hữu cơ, hạn chế phân bón hóa học.',
  'Cơ sở đã tham gia nhiều hội chợ, triển lãm xúc tiến thương mại trong và ngoài tỉnh.',
  'Sản phẩm có mặt tại các điểm bán OCOP, cửa hàng đặc sản và sàn thương mại điện tử.',
  'Hương vị đặc trưng của {product} đến từ khí hậu và thổ nhưỡng riêng của {place}.',
  'Mỗi năm cơ sở cung cấp ra thị trường hàng chục tấn sản phẩm, tạo việc làm cho lao động nông thôn.',
  'Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp.',
  'Chủ thể đang hoàn thiện hồ sơ để nâng hạng sản phẩm trong kỳ đánh giá tới.',
  'Thông tin trong bản ghi này không mô tả sản phẩm có thật.',
] as const;

export const PACKAGING = ['hộp giấy', 'chai thủy tinh', 'túi zip', 'hũ nhựa', 'hộp gỗ', 'bao lưới', 'túi hút chân không'];
export const SIZES = ['250 g', '500 g', '1 kg', '200 ml', '500 ml', '750 ml', '2 kg', '10 gói'];
export const SHELF_LIVES = ['6 tháng', '12 tháng', '18 tháng', '24 tháng', '7 ngày'];

export const SALES_POINT_NAMES = {
  'điểm bán': ['Điểm bán sản phẩm OCOP', 'Điểm giới thiệu sản phẩm OCOP'],
  'cửa hàng': ['Cửa hàng đặc sản', 'Cửa hàng nông sản sạch'],
  'trung tâm OCOP': ['Trung tâm giới thiệu sản phẩm OCOP'],
  'chợ phiên': ['Chợ phiên nông sản'],
} as const;
