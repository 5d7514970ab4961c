import type { ExportDefinition } from '#platform';
import type { OrganisationDto } from './dto/organisation.dto.js';

/** The secretary's name as the JSON list shows it: in full for the committee and the secretary, masked for others. */
export const ORGANISATIONS_EXPORT: ExportDefinition<OrganisationDto> = {
  title: '党组织台账',
  fileName: 'party-organisations',
  columns: [
    { header: '党组织名称', kind: 'text', value: (organisation) => organisation.name },
    { header: '类型', kind: 'text', value: (organisation) => organisation.type },
    { header: '功能型', kind: 'text', value: (organisation) => organisation.functional },
    { header: '组建方式', kind: 'text', value: (organisation) => organisation.formationMode },
    { header: '覆盖单位', kind: 'text', value: (organisation) => organisation.memberEntities.map((entity) => entity.name).join('、') },
    { header: '书记', kind: 'text', value: (organisation) => organisation.secretaryName },
    { header: '党员数', kind: 'integer', value: (organisation) => organisation.memberCount },
    { header: '成立日期', kind: 'date', value: (organisation) => organisation.establishedOn },
    { header: '党组织ID', kind: 'text', value: (organisation) => organisation.id },
  ],
};
