import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { PageQueryDto, BoundedInt } from '#platform';
import { COORDINATE_PATTERN, isCoordinate } from '../coordinates.js';
import { MAX_RADIUS_METRES } from '../distance.js';

export class RedStationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '30.541230',
    pattern: COORDINATE_PATTERN.source,
    description: "With `longitude`: list nearest first from this point, with each station's distance.",
  })
  @IsOptional()
  @ValidateBy({
    name: 'is-latitude',
    validator: { validate: (value: unknown) => isCoordinate('latitude', value), defaultMessage: () => 'latitude must be a decimal string from -90 to 90' },
  })
  latitude?: string;

  @ApiPropertyOptional({ example: '116.998760', pattern: COORDINATE_PATTERN.source })
  @IsOptional()
  @ValidateBy({
    name: 'is-longitude',
    validator: { validate: (value: unknown) => isCoordinate('longitude', value), defaultMessage: () => 'longitude must be a decimal string from -180 to 180' },
  })
  longitude?: string;

  @ApiPropertyOptional({
    example: 3000,
    minimum: 1,
    maximum: MAX_RADIUS_METRES,
    description: 'Only stations within this many metres of the point (needs latitude and longitude).',
  })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(1, MAX_RADIUS_METRES)
  withinMetres?: number;
}
