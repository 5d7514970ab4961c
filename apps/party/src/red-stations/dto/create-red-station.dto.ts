import { ApiProperty } from '@nestjs/swagger';
import { ArrayUnique, IsIn, ValidateBy } from 'class-validator';
import { BoundedText, BoundedArray } from '#platform';
import { AMENITIES, type Amenity } from '../amenity.js';
import { COORDINATE_PATTERN, DEGREE_BOUNDS, isCoordinate, type Axis } from '../coordinates.js';

function IsCoordinate(axis: Axis): PropertyDecorator {
  const bound = DEGREE_BOUNDS[axis];
  return ValidateBy({
    name: `is-${axis}`,
    validator: {
      validate: (value: unknown) => isCoordinate(axis, value),
      defaultMessage: () => `${axis} must be a decimal string from -${bound} to ${bound} with at most 6 decimal places`,
    },
  });
}

export class CreateRedStationDto {
  // Lengths match the RedStationOpened event schema, which carries name and address.
  @ApiProperty({ example: '新昌大厦红色驿站' })
  @BoundedText(1, 120)
  name!: string;

  @ApiProperty({ example: '安庆经开区新昌大厦一楼' })
  @BoundedText(1, 300)
  address!: string;

  @ApiProperty({
    example: '30.541230',
    description: 'WGS-84 latitude in degrees, a decimal string with at most 6 places; never a number.',
    pattern: COORDINATE_PATTERN.source,
  })
  @IsCoordinate('latitude')
  latitude!: string;

  @ApiProperty({
    example: '116.998760',
    description: 'WGS-84 longitude in degrees, a decimal string with at most 6 places; never a number.',
    pattern: COORDINATE_PATTERN.source,
  })
  @IsCoordinate('longitude')
  longitude!: string;

  @ApiProperty({ example: '08:00-20:00', description: 'Opening hours as shown to riders.' })
  @BoundedText(1, 100)
  openingHours!: string;

  @ApiProperty({
    enum: AMENITIES,
    enumName: 'Amenity',
    isArray: true,
    example: ['water', 'rest', 'charging', 'cooling'],
    description: 'What the station offers; each at most once.',
  })
  @BoundedArray(0, AMENITIES.length)
  @ArrayUnique()
  @IsIn(AMENITIES, { each: true })
  amenities!: Amenity[];
}
