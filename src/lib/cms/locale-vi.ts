// The content editor's (Decap CMS) Vietnamese, completed: Decap ships a 'vi' locale that lacks about
// a third of its English phrases, which then show in English ("Add chứng nhận"), and words a few
// others for blogs ("bài viết"). These phrases are laid over Decap's own 'vi' by the admin page's
// script (CMS.registerLocale); tests/unit/cms/cms-locale.test.ts fails when Decap's English has a phrase
// that neither has. Keys and %{placeholders} are Decap's.

export type Phrases = { [key: string]: string | Phrases };

export const VI_PHRASES: Phrases = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    sidebar: { collections: 'Danh mục', allCollections: 'Tất cả danh mục' },
    collectionTop: {
      viewAs: 'Xem dạng',
      viewAsList: 'Xem dạng danh sách',
      viewAsGrid: 'Xem dạng lưới',
      groupBy: 'Nhóm theo',
      // Decap's "＋" is a character the editors' fonts may not have (it showed as a box).
      newButton: 'Thêm %{collectionLabel}',
      newButtonAriaLabel: 'Thêm %{collectionLabel}',
    },
    entries: { unpublishedHeader: 'Chưa công bố', cachingEntries: 'Đang tải...' },
    groups: { other: 'Khác', negateLabel: 'Không phải %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Ô %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị thay thế.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật/tắt đa ngôn ngữ',
      togglePreview: 'Bật/tắt xem trước',
      toggleScrollSync: 'Cuộn cùng lúc',
      toggleNotes: 'Bật/tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú. Thêm ghi chú đầu tiên ở dưới để trao đổi.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Thêm ghi chú...',
      editPlaceholder: 'Sửa ghi chú...',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editor: {
      onPublishing: 'Công bố mục này?',
      onUnpublishing: 'Ngừng công bố mục này?',
    },
    editorToolbar: {
      status: 'Trạng thái: %{status}',
      backCollection: ' Đang sửa trong mục %{collectionLabel}',
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Khi viết xong, chuyển trạng thái sang "Đang xét duyệt" để gửi duyệt.',
      statusInfoTooltipInReview: 'Mục đang được xét duyệt, bạn không cần làm gì thêm. Trong lúc đó bạn vẫn có thể sửa tiếp.',
    },
    editorWidgets: {
      markdown: {
        bold: 'Đậm',
        italic: 'Nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách dấu chấm',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang soạn thảo định dạng', markdown: 'Chuyển sang Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn hình',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của hình',
        addMore: 'Thêm hình',
        removeAll: 'Gỡ mọi hình',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tập tin',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tập tin',
        addMore: 'Thêm tập tin',
        removeAll: 'Gỡ mọi tập tin',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
      unknownControl: { noControl: "Không có ô nhập cho kiểu '%{widget}'." },
      unknownPreview: { noPreview: "Không có bản xem trước cho kiểu '%{widget}'." },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Sao chép', copyUrl: 'Sao chép địa chỉ', copyPath: 'Sao chép đường dẫn', copyName: 'Sao chép tên', copied: 'Đã sao chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      // Shown whenever a save is refused: each field says what is wrong (src/lib/cms/validation.ts).
      missingRequiredField: 'Chưa lưu: có ô chưa điền hoặc chưa đúng. Xem thông báo màu đỏ dưới tên từng ô, sửa rồi lưu lại.',
      onFailToPersist: 'Không lưu được: %{details}',
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được trạng thái ghi chú: %{details}',
    },
  },
  workflow: {
    workflow: {
      // Decap formats the date with dayjs in English ("7 December"): numbers need no language.
      dateFormat: 'DD/MM/YYYY',
      loading: 'Đang tải các mục',
      newPost: 'Mục mới',
      description:
        '%{smart_count} mục đang chờ duyệt, %{readyCount} mục sẵn sàng để công bố. |||| %{smart_count} mục đang chờ duyệt, %{readyCount} mục sẵn sàng để công bố.',
    },
    workflowCard: { deleteNewEntry: 'Xóa mục mới', publishNewEntry: 'Công bố mục mới' },
    workflowList: {
      onDeleteEntry: 'Xóa mục này?',
      onPublishEntry: 'Công bố mục này?',
      currentEntries: '%{smart_count} mục |||| %{smart_count} mục',
    },
  },
};

/** `base` with every phrase of `extra` laid over it (neither is changed). */
export function mergePhrases(base: Phrases, extra: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const under = out[key];
    out[key] = typeof value === 'object' && typeof under === 'object' ? mergePhrases(under, value) : value;
  }
  return out;
}

/** Every phrase key, dotted ("editor.editorWidgets.list.add"). */
export function phraseKeys(phrases: Phrases, prefix = ''): string[] {
  return Object.entries(phrases).flatMap(([key, value]) => (typeof value === 'object' ? phraseKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
