// Command-line options of npm run import, read without a library: a few flags, each with one value.
import { t, TextError, type Lang, type Text } from './text.ts';

export interface ImportArgs {
  file: string;
  dryRun: boolean;
  /** The list is a certification decision's annex: a row without a star level is a certificate whose level is not stated. */
  certified: boolean;
  lang: Lang;
  map?: string;
  sheet?: string;
  district?: string;
  productSet?: string;
  level?: string;
  decision?: string;
  decisionDate?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  sourceDate?: string;
  help: boolean;
}

export class UsageError extends TextError {}

const USAGE_VI = `Cách dùng: npm run import -- TỆP.csv|TỆP.xlsx [--source-url URL --source-title "TÊN NGUỒN"] [tùy chọn]

Nhập một danh sách sản phẩm OCOP (CSV UTF-8, hoặc bảng tính Excel .xlsx) vào thư mục nội dung (CONTENT_DIR hoặc ./content).

Nguồn (mọi bản ghi cần nguồn):
  --source-url URL          nơi công bố danh sách (quyết định, bài báo); dùng cho các dòng không có cột Nguồn
  --source-title TÊN        tên nguồn, ví dụ "Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP năm 2023"
  --source-date NGÀY        ngày công bố nguồn (dd/mm/yyyy hoặc YYYY-MM-DD); chứng nhận không rõ năm được ghi
                            "không muộn hơn" ngày này
  Dòng có cột Nguồn (source_url) dùng nguồn của chính nó; tên nguồn lấy từ cột Tên nguồn, hoặc từ bản ghi
  đã có cùng địa chỉ, hoặc từ --source-title khi là cùng địa chỉ.

Tùy chọn:
  --certified               danh sách là phụ lục của quyết định công nhận: dòng không ghi hạng sao là chứng nhận
                            "chưa rõ hạng sao" (tự bật khi phần tiêu đề có chữ "công nhận"); không có tùy chọn
                            này, danh sách được xem là tổng hợp từ báo chí: dòng không ghi hạng sao chỉ được so
                            khớp với sản phẩm, không thêm chứng nhận
  --district SLUG|TÊN       huyện của mọi dòng không có cột Huyện (danh sách của một huyện)
  --product-set SLUG        bộ sản phẩm cho sản phẩm mới không có cột Bộ sản phẩm (không có thì tạo sản phẩm
                            chưa xếp bộ, npm run check nhắc bổ sung)
  --level CẤP               district, province, national hoặc cơ quan công nhận ("UBND tỉnh") cho cả danh sách
  --decision SỐ             số quyết định cho các dòng không có cột Số quyết định
  --decision-date NGÀY      ngày của quyết định đó
  --sheet TÊN               trang của bảng tính .xlsx cần đọc (khi nhiều trang có danh sách)
  --map TỆP.json            bảng tên cột {"tên cột của họ": "cột của ta"} (null để bỏ qua một cột)
  --dry-run                 chỉ báo sẽ thay đổi gì, không ghi tệp
  --lang en                 báo cáo bằng tiếng Anh (mặc định: tiếng Việt)
  --help                    hiện hướng dẫn này

Những dạng được đọc:
  Tên cột: STT; Tên sản phẩm; Chủ thể; Địa chỉ; Huyện; Xã; Bộ sản phẩm (slug, mã "1.10" hoặc tên); Hạng sao;
    Điểm; Số quyết định; Ngày quyết định; Năm; Cấp công nhận hoặc Cơ quan công nhận; Nguồn; Tên nguồn; Ngày nguồn
    (viết hoa hay không dấu đều được; xem scripts/import/columns.ts). Các bảng tên cột trong scripts/import/maps/
    (ví dụ cho ../shared/data/quang-nam-products.csv) được tự dùng khi khớp với tệp.
  Hạng sao: "4", "4 sao", "3 sao", "4★", "★★★★", "bốn sao"; ô trống: xem --certified.
  Quyết định: "3610/QĐ-UBND", "Quyết định 3610, 29/12/2022", "QĐ số 3610 ngày 29/12/2022",
    "Quyết định ngày 22/12/2023", "3610/QĐ-UBND ngày 29 tháng 12 năm 2022 của UBND tỉnh", hoặc cột số và cột ngày.
  Ngày: dd/mm/yyyy (d/m/yyyy, dấu - hoặc .), "ngày 29 tháng 12 năm 2022", ô kiểu ngày của Excel; không có ngày
    thì Năm; không có cả năm thì chứng nhận "không rõ ngày" (không muộn hơn ngày của nguồn, khi biết).
  Điểm: "78,5" hoặc "78.5".
  Phần tiêu đề: "Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/10/2025 của UBND tỉnh" cho số, ngày và cơ quan
    của mọi dòng không có cột riêng (cột luôn được ưu tiên); dòng đầu "UBND TỈNH…", "UBND HUYỆN…", "BỘ…" là cơ quan.
  Cấp công nhận: từ cột hoặc cơ quan (UBND tỉnh, UBND thành phố trực thuộc trung ương → tỉnh; UBND huyện, thị xã,
    thành phố thuộc tỉnh → huyện, chỉ trước 1/7/2025; Bộ, Thủ tướng → quốc gia), nếu không thì theo hạng sao và ngày.
  Excel: trang có danh sách, tiêu đề gộp hai hàng, ô gộp dọc (một chủ thể cho nhiều dòng), dòng đánh số cột,
    dòng nhóm ghi tên huyện ("II. HUYỆN TIÊN PHƯỚC"), dòng "Tổng cộng"; ô đọc đúng như Excel hiện (1.10 vẫn là 1.10).

Mã thoát: 0 khi mọi dòng đã nhập hoặc đã có, 1 khi có dòng bị từ chối hoặc để lại, 2 khi không chạy được.`;

const USAGE_EN = `Usage: npm run import -- FILE.csv|FILE.xlsx [--source-url URL --source-title TITLE] [options]

Imports a list of OCOP products (CSV in UTF-8, or an Excel workbook .xlsx) into the content folder (CONTENT_DIR or ./content).

Source (every record needs one):
  --source-url URL          where the list comes from (the decision or article); used by rows without a source column
  --source-title TITLE      its title, e.g. "Quyết định 3610/QĐ-UBND công nhận sản phẩm OCOP năm 2023"
  --source-date DATE        its publication date (dd/mm/yyyy or YYYY-MM-DD); a certificate with no year is recorded
                            as "no later than" this date
  A row with a source column (Nguồn, source_url) uses its own source; its title comes from a Tên nguồn column,
  or from a record already citing that address, or from --source-title for the same address.

Options:
  --certified               the list is a certification decision's annex: a row without a star level is a
                            certificate whose star level is not stated (on by itself when the title block says
                            "công nhận"); without it the list is taken as gathered from the news, and a row without
                            a star level only matches its product and adds no certificate
  --district SLUG|NAME      district of every row without a Huyện column (a whole-district list)
  --product-set SLUG        product set of new products without a Bộ sản phẩm cell (without one, the product is
                            created with no set and npm run check asks for one)
  --level LEVEL             district, province, national or the certifying body ("UBND tỉnh") for the whole list
  --decision NUMBER         decision number for rows without a Số quyết định cell
  --decision-date DATE      its date
  --sheet NAME              the sheet of an .xlsx workbook to read (needed when several sheets hold a list)
  --map FILE.json           header mapping {"their header": "our column"} (null to ignore a column)
  --dry-run                 report what would change and write nothing
  --lang en                 report in English (default: Vietnamese)
  --help                    show this text

Forms it reads:
  Headers: STT; Tên sản phẩm; Chủ thể; Địa chỉ; Huyện; Xã; Bộ sản phẩm (slug, code "1.10" or name); Hạng sao;
    Điểm; Số quyết định; Ngày quyết định; Năm; Cấp công nhận or Cơ quan công nhận; Nguồn; Tên nguồn; Ngày nguồn
    (upper case or without tone marks too; see scripts/import/columns.ts). The header maps in scripts/import/maps/
    (e.g. for ../shared/data/quang-nam-products.csv) are used by themselves when they fit the file.
  Stars: "4", "4 sao", "3 sao", "4★", "★★★★", "bốn sao"; an empty cell: see --certified.
  Decisions: "3610/QĐ-UBND", "Quyết định 3610, 29/12/2022", "QĐ số 3610 ngày 29/12/2022",
    "Quyết định ngày 22/12/2023", "3610/QĐ-UBND ngày 29 tháng 12 năm 2022 của UBND tỉnh", or a number and a date column.
  Dates: dd/mm/yyyy (d/m/yyyy, - or . as separators), "ngày 29 tháng 12 năm 2022", Excel date cells; without a date
    the Năm column; without a year the certificate's date is unknown (no later than the source's date, when known).
  Scores: "78,5" or "78.5".
  Title block: "Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/10/2025 của UBND tỉnh" gives the number, date and body
    of every row without its own columns (a column always wins); a letterhead "UBND TỈNH…", "UBND HUYỆN…", "BỘ…" is the body.
  Level: from a column or the body (UBND tỉnh, UBND of a centrally run city → province; UBND huyện, thị xã, a
    district-level city → district, only before 1 July 2025; Bộ, Thủ tướng → national), else from the stars and date.
  Excel: the sheet holding the list, headers over two rows, cells merged down (one producer for several rows), the
    row of column numbers, group rows naming districts ("II. HUYỆN TIÊN PHƯỚC"), "Tổng cộng"; cells read as Excel
    shows them (1.10 stays 1.10).

Exit code: 0 when every row was imported or already present, 1 when a row was rejected or left alone,
2 when the command itself cannot run (bad option, unreadable file, no header row).`;

export const USAGE: Record<Lang, string> = { vi: USAGE_VI, en: USAGE_EN };

const VALUE_FLAGS: Record<string, keyof ImportArgs> = {
  '--map': 'map',
  '--sheet': 'sheet',
  '--district': 'district',
  '--product-set': 'productSet',
  '--level': 'level',
  '--decision': 'decision',
  '--decision-date': 'decisionDate',
  '--source-url': 'sourceUrl',
  '--source-title': 'sourceTitle',
  '--source-date': 'sourceDate',
  '--lang': 'lang',
};

const usage = (text: Text) => new UsageError(text);

export function parseArgs(argv: string[]): ImportArgs {
  const args: Partial<ImportArgs> & { dryRun: boolean; help: boolean; certified: boolean } = { dryRun: false, help: false, certified: false };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag === '--dry-run' && eq < 0) args.dryRun = true;
    else if (flag === '--certified' && eq < 0) args.certified = true;
    else if ((flag === '--help' || flag === '-h') && eq < 0) args.help = true;
    else if (flag in VALUE_FLAGS) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw usage(t(`${flag} cần một giá trị`, `${flag} needs a value`));
      const key = VALUE_FLAGS[flag];
      if (args[key] !== undefined) throw usage(t(`${flag} được ghi hai lần`, `${flag} is given twice`));
      (args as Record<string, unknown>)[key] = value.trim();
    } else if (arg.startsWith('-') && arg !== '-') throw usage(t(`không có tùy chọn ${arg}`, `unknown option ${arg}`));
    else files.push(arg);
  }
  const lang = (args.lang ?? 'vi') as string;
  if (lang !== 'vi' && lang !== 'en') throw usage(t(`--lang ${lang}: cần vi hoặc en`, `--lang ${lang}: expected vi or en`));
  const parsed = { ...args, lang } as ImportArgs;
  if (args.help) return { ...parsed, file: files[0] ?? '' };
  if (files.length !== 1) {
    throw usage(
      files.length === 0
        ? t('chưa có tệp danh sách (.csv hoặc .xlsx)', 'no list file (.csv or .xlsx) given')
        : t(`mỗi lần một tệp danh sách (đã có ${files.join(', ')})`, `one list file at a time (got ${files.join(', ')})`),
    );
  }
  if (!!args.sourceUrl !== !!args.sourceTitle) {
    throw usage(t('--source-url và --source-title đi cùng nhau: nguồn cần cả địa chỉ và tên', '--source-url and --source-title go together: a source needs both its address and its title'));
  }
  return { ...parsed, file: files[0] };
}

/** The language asked for, read before anything else can fail (so even a usage error is in that language). */
export function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const value = argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}
