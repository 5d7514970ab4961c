import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { AMENITIES } from '../amenity.js';
import type { RedStation } from '../red-station.entity.js';

export class RedStationDto {
  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  id!: string;

  @ApiProperty({ example: '新昌大厦红色驿站' })
  name!: string;

  @ApiProperty({ example: '安庆经开区新昌大厦一楼' })
  address!: string;

  @ApiProperty({ example: '30.541230', description: 'Latitude in degrees, exact, 6 decimal places.' })
  latitude!: string;

  @ApiProperty({ example: '116.998760', description: 'Longitude in degrees, exact, 6 decimal places.' })
  longitude!: string;

  @ApiProperty({ example: '08:00-20:00' })
  openingHours!: string;

  @ApiProperty({ enum: AMENITIES, enumName: 'Amenity', isArray: true, example: ['water', 'rest', 'charging', 'cooling'] })
  amenities!: string[];

  @ApiProperty({ format: 'date-time', example: '2026-03-01T00:30:00.000Z' })
  createdAt!: string;

  @ApiPropertyOptional({ example: 850, description: 'Metres from the point asked about; only when the list was asked for a point.' })
  distanceMetres?: number;

  static of(station: RedStation, distanceMetres?: number): RedStationDto {
    return {
      ...(distanceMetres === undefined ? {} : { distanceMetres }),
      id: station.id,
      name: station.name,
      address: station.address,
      latitude: station.latitude,
      longitude: station.longitude,
      openingHours: station.openingHours,
      amenities: station.amenities,
      createdAt: station.createdAt.toISOString(),
    };
  }
}

export class RedStationPageDto extends PageDtoOf(RedStationDto) {}
