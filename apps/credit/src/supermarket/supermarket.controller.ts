import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, ApiPublic, CurrentUser, IdempotentCreate, PageQueryDto, platformProblems, UuidParam, type AuthUser } from '#platform';
import { historyProblems } from '../history/history-problems.js';
import { ledgerProblems } from '../ledger/ledger-problems.js';
import { creditProblems } from '../shared/credit-problems.js';
import { supermarketProblems } from './supermarket-problems.js';
import {
  CancelRedemptionOrderDto,
  CreateGoodsDto,
  CreateRedemptionOrderDto,
  GoodsDto,
  GoodsPageDto,
  ListGoodsQueryDto,
  ListRedemptionOrdersQueryDto,
  RedemptionOrderDto,
  RedemptionOrderPageDto,
  RecordHistoricalRedemptionDto,
  RedemptionStatisticsDto,
  RedemptionStatisticsQueryDto,
  UpdateGoodsDto,
} from './dto/supermarket.dto.js';
import { REDEMPTION_STATISTICS_EXPORT } from './supermarket.export.js';
import { SupermarketService } from './supermarket.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';

@ApiTags('credit')
@Controller()
export class SupermarketController {
  constructor(private readonly supermarket: SupermarketService) {}

  @Post('goods')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.namedCommunity }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditCreateGoods',
    summary: "Put goods on the shelf of a community's credit supermarket (信用超市) with a point price and stock",
  })
  @ApiCreatedResponse({ type: GoodsDto })
  @ApiProblems(creditProblems.communityForbidden, creditProblems.communityNotFound, supermarketProblems.goodsCodeTaken)
  createGoods(@CurrentUser() user: AuthUser, @Body() input: CreateGoodsDto) {
    return this.supermarket.createGoods(user, input);
  }

  @Get('goods')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditListGoods', summary: 'Goods of the credit supermarkets with point price and stock, by code' })
  @ApiOkResponse({ type: GoodsPageDto })
  listGoods(@Query() query: ListGoodsQueryDto) {
    return this.supermarket.listGoods(query);
  }

  @Get('goods/:id')
  @ApiPublic()
  @ApiOperation({ operationId: 'creditGetGoods', summary: 'Get one item of a credit supermarket' })
  @ApiOkResponse({ type: GoodsDto })
  @ApiProblems(supermarketProblems.goodsNotFound)
  getGoods(@UuidParam('id') id: string) {
    return this.supermarket.getGoods(id);
  }

  @Patch('goods/:id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.goods }, 'credit-staff')
  @ApiOperation({ operationId: 'creditUpdateGoods', summary: 'Restock, reprice or withdraw goods' })
  @ApiOkResponse({ type: GoodsDto })
  @ApiProblems(creditProblems.communityForbidden, supermarketProblems.goodsNotFound)
  updateGoods(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: UpdateGoodsDto) {
    return this.supermarket.updateGoods(user, id, input);
  }

  @Post('redemption-orders')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.order }, 'credit-staff', 'resident')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditCreateRedemptionOrder', summary: 'Exchange points for goods: points and stock are taken together or not at all' })
  @ApiCreatedResponse({ type: RedemptionOrderDto })
  @ApiProblems(
    creditProblems.residentNotFound,
    supermarketProblems.outOfStock,
    ledgerProblems.insufficientBalance,
    supermarketProblems.unknownGoods,
    supermarketProblems.goodsOfAnotherCommunity,
  )
  order(@CurrentUser() user: AuthUser, @Body() input: CreateRedemptionOrderDto) {
    return this.supermarket.order(user, input);
  }

  @Post('historical-redemptions')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.history }, 'records-clerk')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditRecordHistoricalRedemption',
    summary:
      'Records clerk: enter an exchange made before the platform under its business date, with the reason; marked `recordedLate`, points taken from the ledger on that date, no stock taken',
  })
  @ApiCreatedResponse({ type: RedemptionOrderDto })
  @ApiBadRequestResponse({ description: 'Validation failed (a reason is required).' })
  @ApiProblems(
    creditProblems.residentNotFound,
    ledgerProblems.insufficientBalance,
    historyProblems.dateOutOfRange,
    supermarketProblems.unknownGoods,
    supermarketProblems.goodsOfAnotherCommunity,
  )
  recordHistory(@CurrentUser() user: AuthUser, @Body() input: RecordHistoricalRedemptionDto) {
    return this.supermarket.recordHistory(user, input);
  }

  @Get('historical-redemptions')
  @ApiAuth({ units: CREDIT_UNIT_RULES.historyList }, 'records-clerk')
  @ApiOperation({
    operationId: 'creditListHistoricalRedemptions',
    summary: "Records clerk: the back-dated exchanges of the clerk's communities, latest entered first",
  })
  @ApiOkResponse({ type: RedemptionOrderPageDto })
  listHistory(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.supermarket.listHistory(user, query);
  }

  @Get('redemption-orders')
  @ApiAuth({ units: CREDIT_UNIT_RULES.orders }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditListRedemptionOrders', summary: 'Redemption orders, newest first: staff see their communities, a resident their own' })
  @ApiOkResponse({ type: RedemptionOrderPageDto })
  listOrders(@CurrentUser() user: AuthUser, @Query() query: ListRedemptionOrdersQueryDto) {
    return this.supermarket.listOrders(user, query);
  }

  @Get('redemption-orders/:id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.orderRead }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditGetRedemptionOrder', summary: 'Get one redemption order' })
  @ApiOkResponse({ type: RedemptionOrderDto })
  @ApiProblems(supermarketProblems.orderForbidden, supermarketProblems.orderNotFound)
  getOrder(@CurrentUser() user: AuthUser, @UuidParam('id') id: string) {
    return this.supermarket.getOrder(user, id);
  }

  @Post('redemption-orders/:id/cancellations')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.orderWrite }, 'credit-staff')
  @ApiOperation({ operationId: 'creditCancelRedemptionOrder', summary: 'Cancel an order: the points return to the resident and the goods to stock' })
  @ApiOkResponse({ type: RedemptionOrderDto })
  @ApiProblems(creditProblems.communityForbidden, supermarketProblems.orderNotFound, supermarketProblems.orderCancelled)
  cancel(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: CancelRedemptionOrderDto) {
    return this.supermarket.cancel(user, id, input);
  }

  @Get('redemption-statistics')
  @ApiAuth('credit-staff', 'leadership', 'integrator')
  @ApiOperation({
    operationId: 'creditGetRedemptionStatistics',
    summary:
      'Redemptions per community (with its sub-district) as of a business date or over a period, counted from the orders by the day they happened, history included',
  })
  @ApiOkResponse({ type: RedemptionStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. `asOf` together with `from`/`to`.' })
  @ApiProblems(platformProblems.dateOrder)
  @ApiExport(REDEMPTION_STATISTICS_EXPORT)
  statistics(@Query() query: RedemptionStatisticsQueryDto) {
    return this.supermarket.statistics(query);
  }
}
