/*
 * Credits for the data the map draws; the licences require them to be visible on the map itself.
 * Kept in step with public/geo/meta.json by a unit test.
 */
export const MAP_ATTRIBUTION = [
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors (ODbL)',
  'Natural Earth (public domain)',
  '<a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)',
];
