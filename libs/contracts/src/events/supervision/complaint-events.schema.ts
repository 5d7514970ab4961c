import Type from 'typebox';
import { Uuid } from '../../schema-types.js';

/** What every complaint event carries; never the complainant's contact details or the complaint text. */
export const ComplaintReference = {
  complaintId: Uuid('Complaint id; also the record key.'),
  category: Type.Union([Type.Literal('business-environment'), Type.Literal('disclosure'), Type.Literal('village-affairs'), Type.Literal('other')], {
    description: 'business-environment (营商环境), disclosure, village-affairs, other.',
  }),
  unitCode: Type.Union([Type.String({ minLength: 1, maxLength: 64 }), Type.Null()], { description: 'Village/community complained about, if any.' }),
  department: Type.String({ minLength: 1, maxLength: 64, description: 'Handling department code.' }),
};
