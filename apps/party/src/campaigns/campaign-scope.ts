/** SQL: entity `entity` lies within campaign `campaign`'s scope — its sectors and parks, an empty list meaning all. */
export function inCampaignScopeSql(campaign: string, entity: string): string {
  return `(cardinality(${campaign}.sectors) = 0 OR ${entity}.sector = ANY(${campaign}.sectors)) AND (cardinality(${campaign}.parks) = 0 OR ${entity}.park = ANY(${campaign}.parks))`;
}

/** SQL: survey `survey` is dated within campaign `campaign`'s days (an open campaign has no last day). */
export function surveyedDuringCampaignSql(campaign: string, survey: string): string {
  return `${survey}.surveyed_on >= ${campaign}.starts_on AND (${campaign}.ends_on IS NULL OR ${survey}.surveyed_on <= ${campaign}.ends_on)`;
}
