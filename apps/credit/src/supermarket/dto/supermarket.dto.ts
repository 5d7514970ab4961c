import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import {
  PageDtoOf,
  PageQueryDto,
  IsBusinessDate,
  IsIdNumber,
  BoundedText,
  BoundedInt,
  MatchesPattern,
  UuidString,
  ReportingPeriodDto,
  ReportingPeriodQueryDto,
} from '#platform';
import { CommunityFilterQueryDto, CommunityRowDto } from '../../registry/dto/community-filter.dto.js';
import type { Goods } from '../goods.entity.js';
import type { RedemptionOrder } from '../redemption-order.entity.js';

const GOODS_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

export class CreateGoodsDto {
  @ApiProperty({ example: 'ST-GIFT-01', description: 'Shelf code, unique across supermarkets.' })
  @MatchesPattern(GOODS_CODE, { message: 'code must be upper-case letters and digits in dash-separated groups, e.g. "ST-GIFT-01"' })
  @BoundedText(1, 32)
  code!: string;

  @ApiProperty({ example: 'shengtang' })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({ example: '爱心礼包' })
  @BoundedText(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: '粮油、调味品等组合礼包，价值近200元' })
  @IsOptional()
  @BoundedText(1, 500)
  description?: string;

  @ApiProperty({ type: 'integer', example: 60, description: 'Points per item.' })
  @BoundedInt(1, 10000)
  pointPrice!: number;

  @ApiProperty({ type: 'integer', example: 10 })
  @BoundedInt(0, 100000)
  stock!: number;
}

export class UpdateGoodsDto {
  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'Items added to the stock (restocking); added atomically, never overwritten.' })
  @IsOptional()
  @BoundedInt(1, 10000)
  addStock?: number;

  @ApiPropertyOptional({ type: 'integer', example: 55, description: 'New price for future orders; past orders keep theirs.' })
  @IsOptional()
  @BoundedInt(1, 10000)
  pointPrice?: number;

  @ApiPropertyOptional({ example: true, description: 'Inactive goods stay listed for staff but cannot be ordered.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListGoodsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ type: Boolean, example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class GoodsDto {
  @ApiProperty({ format: 'uuid', example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })
  id!: string;

  @ApiProperty({ example: 'ST-GIFT-01' })
  code!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '爱心礼包' })
  name!: string;

  @ApiPropertyOptional({ example: '粮油、调味品等组合礼包，价值近200元', nullable: true })
  description!: string | null;

  @ApiProperty({ type: 'integer', example: 60 })
  pointPrice!: number;

  @ApiProperty({ type: 'integer', example: 10 })
  stock!: number;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(goods: Goods): GoodsDto {
    return {
      id: goods.id,
      code: goods.code,
      communityCode: goods.communityCode,
      name: goods.name,
      description: goods.description,
      pointPrice: goods.pointPrice,
      stock: goods.stock,
      active: goods.active,
      createdAt: goods.createdAt.toISOString(),
    };
  }
}

export class GoodsPageDto extends PageDtoOf(GoodsDto) {}

export class CreateRedemptionOrderDto {
  @ApiPropertyOptional({ format: 'uuid', example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', description: 'The goods; give this or `goodsCode`.' })
  @IsOptional()
  @UuidString()
  goodsId?: string;

  @ApiPropertyOptional({ example: 'ST-GIFT-01', description: 'The goods by shelf code; give this or `goodsId`.' })
  @IsOptional()
  @BoundedText(1, 32)
  goodsCode?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    description: 'Staff: the resident (or `residentIdNumber`). A resident ordering for themselves gives neither.',
  })
  @IsOptional()
  @UuidString()
  residentId?: string;

  @ApiPropertyOptional({ example: '340800195903150013' })
  @IsOptional()
  @IsIdNumber()
  residentIdNumber?: string;

  @ApiPropertyOptional({ type: 'integer', default: 1, example: 1 })
  @IsOptional()
  @BoundedInt(1, 20)
  quantity?: number;
}

/** An exchange that happened before the platform, entered from the paper record by a records clerk. */
export class RecordHistoricalRedemptionDto extends CreateRedemptionOrderDto {
  @ApiProperty({ example: '2026-03-14', description: 'Business date of the exchange (Asia/Shanghai): before today, not before 2019-01-01.' })
  @IsBusinessDate()
  occurredOn!: string;

  @ApiPropertyOptional({ type: 'integer', example: 5, description: 'Points spent, as the paper record shows; the shelf price × quantity when absent.' })
  @IsOptional()
  @BoundedInt(1, 200000)
  points?: number;

  @ApiProperty({
    example: '补录平台上线前的兑换登记簿（2026年3月第2页）',
    description: 'Why the record is entered late and from which source; kept in the audit log.',
  })
  @BoundedText(5, 500)
  reason!: string;
}

export class CancelRedemptionOrderDto {
  @ApiProperty({ example: '居民申请退还，商品未领取' })
  @BoundedText(1, 500)
  reason!: string;
}

export class ListRedemptionOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  @IsOptional()
  @UuidString()
  residentId?: string;

  @ApiPropertyOptional({ enum: ['completed', 'cancelled'], enumName: 'RedemptionOrderStatus', example: 'completed' })
  @IsOptional()
  @IsIn(['completed', 'cancelled'])
  status?: 'completed' | 'cancelled';
}

export class RedemptionOrderDto {
  @ApiProperty({ format: 'uuid', example: '4f6a8b0c-2d4e-4f60-8a1b-3c5d7e9f0a2b' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })
  goodsId!: string;

  @ApiProperty({ example: '爱心礼包' })
  goodsName!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  residentId!: string;

  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  householdId!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  quantity!: number;

  @ApiProperty({ type: 'integer', example: 60 })
  points!: number;

  @ApiProperty({ enum: ['completed', 'cancelled'], enumName: 'RedemptionOrderStatus', example: 'completed' })
  status!: string;

  @ApiProperty({ format: 'uuid', example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  ledgerEntryId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: null })
  reversalEntryId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-10-08T02:15:00.000Z', description: 'When the platform recorded the order.' })
  createdAt!: string;

  @ApiProperty({ format: 'date', example: '2026-10-08', description: 'Business date of the exchange (Asia/Shanghai); statistics count the order on this day.' })
  occurredOn!: string;

  @ApiProperty({ example: false, description: 'Entered after the fact by a records clerk (history from before the platform); such an order took no stock.' })
  recordedLate!: boolean;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, example: null })
  cancelledAt!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  cancelReason!: string | null;

  static of(order: RedemptionOrder): RedemptionOrderDto {
    return {
      id: order.id,
      goodsId: order.goodsId,
      goodsName: order.goodsName,
      communityCode: order.communityCode,
      residentId: order.residentId,
      householdId: order.householdId,
      quantity: order.quantity,
      points: order.points,
      status: order.status,
      ledgerEntryId: order.ledgerEntryId,
      reversalEntryId: order.reversalEntryId,
      createdAt: order.createdAt.toISOString(),
      occurredOn: order.occurredOn,
      recordedLate: order.recordedLate,
      cancelledAt: order.cancelledAt?.toISOString() ?? null,
      cancelReason: order.cancelReason,
    };
  }
}

export class RedemptionOrderPageDto extends PageDtoOf(RedemptionOrderDto) {}

export class RedemptionStatisticsQueryDto extends IntersectionType(ReportingPeriodQueryDto, CommunityFilterQueryDto) {}

export class CommunityRedemptionStatisticsDto extends CommunityRowDto {
  @ApiProperty({
    type: 'integer',
    example: 49,
    description: 'Distinct residents with at least one exchange in the window that stood on its last day (not cancelled by then).',
  })
  redeemingResidents!: number;

  @ApiProperty({ type: 'integer', example: 49, description: 'Exchanges in the window standing on its last day.' })
  completedOrders!: number;

  @ApiProperty({ type: 'integer', example: 0, description: 'Exchanges in the window cancelled by its last day.' })
  cancelledOrders!: number;

  @ApiProperty({ type: 'integer', example: 48, description: 'Of the standing exchanges, those entered after the fact (history from before the platform).' })
  recordedLateOrders!: number;

  @ApiProperty({ type: 'integer', example: 49, description: 'Items handed out (standing exchanges).' })
  itemsRedeemed!: number;

  @ApiProperty({ type: 'integer', example: 300, description: 'Points spent (standing exchanges).' })
  pointsRedeemed!: number;
}

export class RedemptionStatisticsDto {
  @ApiProperty({ type: ReportingPeriodDto, description: 'Business days counted.' })
  period!: ReportingPeriodDto;

  @ApiProperty({
    type: [CommunityRedemptionStatisticsDto],
    description: 'One row per community (sub-district, then community code), counted from the orders by business date.',
  })
  communities!: CommunityRedemptionStatisticsDto[];
}
