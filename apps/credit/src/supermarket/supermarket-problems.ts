import { defineProblem } from '#platform/problems';

/** Problems of the credit supermarket: its goods and residents' redemption orders. */
export const supermarketProblems = {
  goodsCodeTaken: defineProblem({
    slug: 'goods-code-taken',
    status: 409,
    title: 'Goods code taken',
    when: 'The goods code is taken.',
    detail: (code: string) => `Goods ${code} already exist.`,
  }),
  goodsNotFound: defineProblem({
    slug: 'goods-not-found',
    status: 404,
    title: 'Goods not found',
    when: 'No such goods.',
    detail: (id: string) => `No goods ${id}.`,
  }),
  unknownGoods: defineProblem({
    slug: 'goods-not-found',
    status: 422,
    title: 'Goods not found',
    when: 'No such goods in any credit supermarket.',
  }),
  goodsOfAnotherCommunity: defineProblem({
    slug: 'goods-of-another-community',
    status: 422,
    title: 'Goods of another community',
    when: "Residents redeem in their own community's credit supermarket.",
  }),
  outOfStock: defineProblem({
    slug: 'out-of-stock',
    status: 409,
    title: 'Out of stock',
    when: 'Not enough of the goods left in stock, or no longer offered.',
    detail: (goodsName: string) => `${goodsName}: not enough left in stock, or no longer offered.`,
  }),
  orderNotFound: defineProblem({
    slug: 'redemption-order-not-found',
    status: 404,
    title: 'Order not found',
    when: 'No such order.',
    detail: (id: string) => `No redemption order ${id}.`,
  }),
  orderCancelled: defineProblem({
    slug: 'redemption-order-cancelled',
    status: 409,
    title: 'Already cancelled',
    when: 'The order is already cancelled.',
    detail: (id: string) => `Order ${id} was cancelled already.`,
  }),
  orderForbidden: defineProblem({
    slug: 'redemption-order-forbidden',
    status: 403,
    title: 'Not your order',
    when: 'You may not read this order.',
  }),
};
