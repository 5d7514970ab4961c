/** What a red station offers couriers and riders: water, rest, warmth in cold and shade in heat. */
export const AMENITIES = ['water', 'rest', 'charging', 'heating', 'cooling', 'first-aid', 'restroom', 'microwave'] as const;
export type Amenity = (typeof AMENITIES)[number];
