// Working without a connection: the installable app, the offline copy kept by the service worker,
// the district "save for offline" action and the offline page. Strings with {placeholders} are
// filled in the browser (src/browser/offline-*.ts), which knows the time a copy was saved ({time} and
// {date}: savedAtParts in src/lib/format.ts).
export const offlineVi = {
  offline: {
    app: {
      /** The installed app's short name under its icon. */
      shortName: 'OCOP',
      description: 'Danh mục sản phẩm OCOP, chủ thể và điểm bán; xem được cả khi không có mạng.',
    },
    status: {
      saving: 'Đang lưu bản ngoại tuyến ({done}/{total} tệp)…',
      saved: 'Bản ngoại tuyến lưu lúc {time} ngày {date}: trang chủ, địa phương, điểm bán, danh sách và tìm kiếm xem được khi không có mạng.',
      failed: 'Chưa lưu được bản ngoại tuyến (mất kết nối?). Trang sẽ thử lại lần sau.',
      offlineLink: 'Xem gì được khi không có mạng',
    },
    district: {
      heading: 'Xem khi không có mạng',
      text: 'Trang chủ, địa phương và điểm bán đã được lưu trên máy này. Trang từng sản phẩm và chủ thể của {name} chỉ được lưu khi bạn bấm nút dưới đây (hoặc đã mở chúng).',
      save: 'Lưu sản phẩm và chủ thể của địa phương này',
      saving: 'Đang lưu ({done}/{total} trang)…',
      saved: 'Đã lưu {n} trang lúc {time} ngày {date}.',
      failed: 'Chưa lưu được ({done}/{total} trang). Kiểm tra kết nối rồi bấm lại.',
    },
    page: {
      /** Heading and lead for a reader who opened the page with a connection (the footer's link). */
      title: 'Xem gì được khi không có mạng',
      description: 'Những gì xem được khi không có mạng, và những gì cần kết nối.',
      lead: 'Trang này cho biết phần nào của danh mục vẫn xem được khi điện thoại mất mạng, và phần nào cần kết nối.',
      /** Without a connection (the browser changes the heading and lead). */
      offlineTitle: 'Không có kết nối',
      offlineLead: 'Hiện không có kết nối mạng. Những trang dưới đây vẫn xem được trên máy này.',
      /** Served offline in place of a page this device does not hold. */
      fallbackLead: 'Trang bạn mở chưa được lưu trên máy này, và hiện không có kết nối mạng.',
      availableHeading: 'Xem được khi không có mạng',
      availableIntro: 'Sau lần mở đầu tiên, trang lưu sẵn những trang sau bằng ngôn ngữ bạn dùng:',
      links: {
        home: 'Trang chủ',
        districts: 'Mọi địa phương, với sản phẩm và điểm bán của từng nơi',
        salesPoints: 'Mọi điểm bán, với địa chỉ và giờ mở cửa',
        products: 'Danh sách sản phẩm (theo hạng sao và nhóm)',
        producers: 'Danh sách chủ thể',
        search: 'Tìm kiếm sản phẩm, chủ thể và điểm bán',
        glossary: 'Thuật ngữ',
      },
      alsoAvailable: 'Cũng xem được: trang sản phẩm và chủ thể bạn đã mở, và mọi trang sản phẩm, chủ thể của địa phương bạn đã bấm “Lưu”.',
      notAvailableHeading: 'Cần có mạng',
      notAvailable: [
        'Trang sản phẩm và chủ thể bạn chưa mở, của địa phương chưa lưu.',
        'Nền bản đồ (tải từ máy chủ bản đồ).',
        'Thống kê, dữ liệu mở, bản in và danh sách nhà cung cấp, nếu bạn chưa mở.',
        'Ngôn ngữ kia: bản ngoại tuyến chỉ gồm ngôn ngữ bạn đã dùng.',
      ],
      tip: 'Trước khi đến vùng ít sóng, mở trang địa phương sẽ đến khi còn mạng và bấm “Lưu sản phẩm và chủ thể của địa phương này”.',
    },
  },
};

export const offlineEn: typeof offlineVi = {
  offline: {
    app: {
      shortName: 'OCOP',
      description: 'Catalogue of OCOP products, producers and sales points; works without a connection.',
    },
    status: {
      saving: 'Saving the offline copy ({done}/{total} files)…',
      saved: 'Offline copy saved at {time} on {date}: the home page, districts, sales points, lists and search work without a connection.',
      failed: 'The offline copy could not be saved (connection lost?). The site will try again next time.',
      offlineLink: 'What works without a connection',
    },
    district: {
      heading: 'Without a connection',
      text: 'The home page, districts and sales points are saved on this device. The page of each product and producer of {name} is saved only when you press the button below (or have opened it).',
      save: 'Save this district’s products and producers',
      saving: 'Saving ({done}/{total} pages)…',
      saved: 'Saved {n} pages at {time} on {date}.',
      failed: 'Could not save everything ({done}/{total} pages). Check the connection and press again.',
    },
    page: {
      title: 'What works without a connection',
      description: 'What works without a connection, and what needs one.',
      lead: 'This page tells you which parts of the catalogue still work when your phone has no connection, and which need one.',
      offlineTitle: 'No connection',
      offlineLead: 'There is no network connection now. The pages below still work on this device.',
      fallbackLead: 'The page you opened is not saved on this device, and there is no network connection.',
      availableHeading: 'Works without a connection',
      availableIntro: 'After your first visit, the site keeps these pages in the language you use:',
      links: {
        home: 'Home page',
        districts: 'Every district, with its products and sales points',
        salesPoints: 'Every sales point, with its address and opening hours',
        products: 'Product lists (by stars and by group)',
        producers: 'List of producers',
        search: 'Search for products, producers and sales points',
        glossary: 'Glossary',
      },
      alsoAvailable: 'Also available: the product and producer pages you have opened, and every product and producer page of a district you saved.',
      notAvailableHeading: 'Needs a connection',
      notAvailable: [
        'Product and producer pages you have not opened, of districts you have not saved.',
        'The map background (loaded from the map server).',
        'Statistics, open data, the printable catalogue and the supplier lists, unless you opened them.',
        'The other language: the offline copy holds only the language you used.',
      ],
      tip: 'Before you travel to an area with weak signal, open the page of the district you will visit while online and press “Save this district’s products and producers”.',
    },
  },
};
