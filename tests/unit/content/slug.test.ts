import { describe, expect, it } from 'vitest';
import { foldVietnamese, isSlug, nameKey, slugify } from '../../../src/lib/content/slug';

describe('slugify', () => {
  it('maps đ and Đ to d', () => {
    expect(slugify('đèn lồng')).toBe('den-long');
    expect(slugify('Đại Lộc')).toBe('dai-loc');
  });
  it('strips tone marks and lowercases', () => {
    expect(slugify('Bánh Tráng LỀ Địch Yên')).toBe('banh-trang-le-dich-yen');
    expect(slugify('Nước mắm Cửa Khe')).toBe('nuoc-mam-cua-khe');
  });
  it('turns spaces and punctuation into single hyphens, trimmed', () => {
    expect(slugify('  Bộ đèn "Thôn nữ"  ')).toBe('bo-den-thon-nu');
    expect(slugify('Đèn lồng Hội An (Đèn lồng Dé Lantana)')).toBe('den-long-hoi-an-den-long-de-lantana');
    expect(slugify('HTX Nông - dược xanh / Trường Sơn')).toBe('htx-nong-duoc-xanh-truong-son');
  });
  it('gives the same slug for NFC and NFD input', () => {
    const nfc = 'Tiên Phước'.normalize('NFC');
    const nfd = 'Tiên Phước'.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('tien-phuoc');
  });
  it('keeps digits', () => {
    expect(slugify('Quế Xuân 2')).toBe('que-xuan-2');
  });
});

describe('foldVietnamese and nameKey', () => {
  it('folds tones and đ but keeps case and spaces', () => {
    expect(foldVietnamese('Đèn lồng Hội An')).toBe('Den long Hoi An');
  });
  it('matches names typed with different case, tones and spacing', () => {
    expect(nameKey('HTX  Nông nghiệp Bình Đào')).toBe(nameKey('htx nong nghiep binh dao'));
    expect(nameKey('Dầu mè đen')).not.toBe(nameKey('Dầu mè'));
  });
});

describe('isSlug', () => {
  it('accepts ASCII slugs only', () => {
    expect(isSlug('tam-ky')).toBe(true);
    expect(isSlug('Tam-Ky')).toBe(false);
    expect(isSlug('tam--ky')).toBe(false);
    expect(isSlug('tâm')).toBe(false);
    expect(isSlug('-tam')).toBe(false);
  });
});
