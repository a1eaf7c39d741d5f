// Strings of every list of products (src/components/ProductList.astro): certificates in force today
// come first, and a list can show only those. `inForce` and `noneHere` go to the list's script as
// templates ({n}), since the reader's browser counts again for the day the page is read.
export const productListVi = {
  inForce: { one: '{n} trong {total} sản phẩm còn hiệu lực chứng nhận hôm nay', other: '{n} trong {total} sản phẩm còn hiệu lực chứng nhận hôm nay' },
  order: 'Sản phẩm còn hiệu lực đứng trước, rồi theo hạng sao.',
  inForceOnly: 'Chỉ xem sản phẩm còn hiệu lực',
  noneHere: 'Không có sản phẩm nào trong trang này còn hiệu lực hôm nay.',
  firstPage: 'Các sản phẩm còn hiệu lực đứng đầu danh sách, ở trang 1.',
};

export const productListEn: typeof productListVi = {
  inForce: { one: '{n} of {total} products with a certificate in force today', other: '{n} of {total} products with a certificate in force today' },
  order: 'Products in force come first, then by star rating.',
  inForceOnly: 'Show only products in force',
  noneHere: 'No product on this page has a certificate in force today.',
  firstPage: 'Products in force come first in the list, on page 1.',
};
