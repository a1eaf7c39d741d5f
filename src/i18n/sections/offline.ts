// Working without a connection: the installable app, the offline copy kept by the service worker,
// the district "save for offline" action and the offline page. Strings with {placeholders} are
// filled in the browser (src/browser/offline-*.ts), which knows the time a copy was saved ({time} and
// {date}: savedAtParts in src/lib/pages/format.ts).
export const offlineVi = {
  offline: {
    app: {
      /** The installed app's short name under its icon. */
      shortName: 'OCOP',
      description: 'Danh mục sản phẩm OCOP, chủ thể và điểm bán; xem được cả khi không có mạng.',
    },
    status: {
      saving: 'Đang lưu bản ngoại tuyến ({done}/{total} tệp)…',
      saved: 'Bản ngoại tuyến lưu lúc {time} ngày {date}: những trang chính xem được khi không có mạng.',
      failed: 'Chưa lưu được bản ngoại tuyến (mất kết nối?). Trang sẽ thử lại lần sau.',
      offlineLink: 'Xem gì được khi không có mạng',
    },
    district: {
      heading: 'Xem khi không có mạng',
      text: 'Trang từng sản phẩm và chủ thể của {name} chỉ được lưu trên máy này khi bạn bấm nút dưới đây (hoặc đã mở chúng). Nút này lưu cả trang địa phương, các điểm bán và danh sách sản phẩm của nó.',
      save: 'Lưu sản phẩm và chủ thể của địa phương này',
      /** Shown before the button is pressed: what it will store. */
      size: 'Dung lượng: {size} ({n} trang).',
      saving: 'Đang lưu ({done}/{total} trang)…',
      saved: 'Đã lưu {n} trang lúc {time} ngày {date}.',
      failed: 'Chưa lưu được ({done}/{total} trang). Kiểm tra kết nối rồi bấm lại.',
    },
    /** What a visitor saves on request when the automatic copy left it out (too big for its 5 MB). */
    sets: {
      search: {
        heading: 'Tìm kiếm khi không có mạng',
        text: 'Chỉ mục tìm kiếm của danh mục này quá lớn để lưu tự động. Lưu nó trên máy này để tìm sản phẩm, chủ thể và điểm bán cả khi không có mạng.',
        save: 'Lưu tìm kiếm để dùng khi không có mạng',
      },
      lists: {
        heading: 'Danh sách khi không có mạng',
        text: 'Các danh sách sản phẩm, chủ thể và điểm bán không vừa bản ngoại tuyến tự động. Lưu chúng trên máy này để xem cả khi không có mạng.',
        save: 'Lưu các danh sách để dùng khi không có mạng',
      },
      size: 'Dung lượng: {size} ({n} tệp).',
      saving: 'Đang lưu ({done}/{total} tệp)…',
      saved: 'Đã lưu lúc {time} ngày {date}: dùng được cả khi không có mạng.',
      failed: 'Chưa lưu được ({done}/{total} tệp). Kiểm tra kết nối rồi bấm lại.',
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
        search: 'Trang tìm kiếm sản phẩm, chủ thể và điểm bán',
        districts: 'Danh sách địa phương',
      },
      /** Kept automatically in this order while the offline copy stays within 5 MB; the rest can be saved below. */
      moreIntro: 'Rồi, theo thứ tự này, trong giới hạn 5 MB của bản ngoại tuyến tự động (danh mục nhỏ thì đủ cả):',
      moreLinks: {
        salesPoints: 'Mọi điểm bán, với địa chỉ và giờ mở cửa; trang từng địa phương và từng điểm bán',
        search: 'Tìm kiếm khi không có mạng',
        products: 'Danh sách sản phẩm (theo hạng sao và nhóm)',
        producers: 'Danh sách chủ thể',
        glossary: 'Thuật ngữ',
      },
      alsoAvailable: 'Cũng xem được: trang sản phẩm và chủ thể bạn đã mở, mọi trang của địa phương bạn đã bấm “Lưu”, và tìm kiếm hoặc các danh sách nếu bạn đã lưu chúng ở dưới đây.',
      saveMoreHeading: 'Lưu thêm để dùng khi không có mạng',
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
      saved: 'Offline copy saved at {time} on {date}: the main pages work without a connection.',
      failed: 'The offline copy could not be saved (connection lost?). The site will try again next time.',
      offlineLink: 'What works without a connection',
    },
    district: {
      heading: 'Without a connection',
      text: 'The page of each product and producer of {name} is kept on this device only when you press the button below (or have opened it). The button also keeps this district’s page, its sales points and its product list.',
      save: 'Save this district’s products and producers',
      size: 'Size: {size} ({n} pages).',
      saving: 'Saving ({done}/{total} pages)…',
      saved: 'Saved {n} pages at {time} on {date}.',
      failed: 'Could not save everything ({done}/{total} pages). Check the connection and press again.',
    },
    sets: {
      search: {
        heading: 'Search without a connection',
        text: 'This catalogue’s search index is too big to be kept automatically. Save it on this device to find products, producers and sales points without a connection too.',
        save: 'Save search for use offline',
      },
      lists: {
        heading: 'Lists without a connection',
        text: 'The lists of products, producers and sales points that did not fit in the automatic offline copy. Save them on this device to read them without a connection too.',
        save: 'Save the lists for use offline',
      },
      size: 'Size: {size} ({n} files).',
      saving: 'Saving ({done}/{total} files)…',
      saved: 'Saved at {time} on {date}: works without a connection too.',
      failed: 'Could not save everything ({done}/{total} files). Check the connection and press again.',
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
        search: 'The search page for products, producers and sales points',
        districts: 'List of districts',
      },
      moreIntro: 'Then, in this order, as far as the automatic offline copy’s 5 MB allow (a small catalogue fits whole):',
      moreLinks: {
        salesPoints: 'Every sales point, with its address and opening hours; the page of each district and sales point',
        search: 'Search without a connection',
        products: 'Product lists (by stars and by group)',
        producers: 'List of producers',
        glossary: 'Glossary',
      },
      alsoAvailable: 'Also available: the product and producer pages you have opened, every page of a district you saved, and search or the lists if you saved them below.',
      saveMoreHeading: 'Save more for use offline',
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
