import { personalDataAccessQueries, type ServiceDefinition } from '#platform';
import { DeadlineChange, DeadlineChanges1764460800000, WorkingCalendarModule, WorkingCalendarYear, WorkingCalendarYears1764201600002 } from '#working-calendar';
import { CREDIT_DEMO_DATA } from './demo/credit.demo-data.js';
import { IndicatorVersion } from './indicators/indicator-version.entity.js';
import { Indicator } from './indicators/indicator.entity.js';
import { IndicatorsModule } from './indicators/indicators.module.js';
import { Indicators1764288100000 } from './migrations/1764288100000-indicators.migration.js';
import { Registry1764288100001 } from './migrations/1764288100001-registry.migration.js';
import { Ledger1764288100002 } from './migrations/1764288100002-ledger.migration.js';
import { LedgerEntry } from './ledger/ledger-entry.entity.js';
import { LedgerModule } from './ledger/ledger.module.js';
import { VolunteerParticipation } from './ledger/volunteer-participation.entity.js';
import { VolunteerParticipations1764288100003 } from './migrations/1764288100003-volunteer-participations.migration.js';
import { RatingsModule } from './ratings/ratings.module.js';
import { HouseholdRatingChange } from './ratings/household-rating-change.entity.js';
import { RatingThreshold } from './ratings/rating-threshold.entity.js';
import { Community } from './registry/community.entity.js';
import { Household } from './registry/household.entity.js';
import { Resident } from './registry/resident.entity.js';
import { ResidentMove } from './registry/resident-move.entity.js';
import { RegistryModule } from './registry/registry.module.js';
import { Appeal } from './appeals/appeal.entity.js';
import { AppealsModule } from './appeals/appeals.module.js';
import { Appeals1764288100006 } from './migrations/1764288100006-appeals.migration.js';
import { AppealDeadlineBasis1764460800200 } from './migrations/1764460800200-appeal-deadline-basis.migration.js';
import { MerchantSectors1764900000001 } from './migrations/1764900000001-merchant-sectors.migration.js';
import { IndicatorVersions1764900000000 } from './migrations/1764900000000-indicator-versions.migration.js';
import { VolunteerMatching1764860000000 } from './migrations/1764860000000-volunteer-matching.migration.js';
import { AppealDueFieldName1764900000002 } from './migrations/1764900000002-appeal-due-field-name.migration.js';
import { BackDatedHistory1764950400000 } from './migrations/1764950400000-back-dated-history.migration.js';
import { StatisticsTallies1764970000000 } from './migrations/1764970000000-statistics-tallies.migration.js';
import { Merchants1764288100005 } from './migrations/1764288100005-merchants.migration.js';
import { Benefit } from './merchants/benefit.entity.js';
import { BenefitUse } from './merchants/benefit-use.entity.js';
import { Merchant } from './merchants/merchant.entity.js';
import { MerchantsModule } from './merchants/merchants.module.js';
import { Supermarket1764288100004 } from './migrations/1764288100004-supermarket.migration.js';
import { Goods } from './supermarket/goods.entity.js';
import { RedemptionOrder } from './supermarket/redemption-order.entity.js';
import { SupermarketModule } from './supermarket/supermarket.module.js';

export const creditService: ServiceDefinition = {
  name: 'credit',
  title: 'Credit communities (信用社区)',
  description: 'Scoring indicators, the points ledger, household ratings and cards, credit supermarkets and partner merchants.',
  features: [
    IndicatorsModule,
    RegistryModule,
    LedgerModule,
    RatingsModule,
    SupermarketModule,
    MerchantsModule,
    AppealsModule,
    WorkingCalendarModule,
    personalDataAccessQueries('credit'),
  ],
  entities: [
    Indicator,
    IndicatorVersion,
    Community,
    Household,
    Resident,
    ResidentMove,
    LedgerEntry,
    RatingThreshold,
    HouseholdRatingChange,
    VolunteerParticipation,
    Goods,
    RedemptionOrder,
    Merchant,
    Benefit,
    BenefitUse,
    Appeal,
    WorkingCalendarYear,
    DeadlineChange,
  ],
  migrations: [
    Indicators1764288100000,
    Registry1764288100001,
    Ledger1764288100002,
    VolunteerParticipations1764288100003,
    Supermarket1764288100004,
    Merchants1764288100005,
    Appeals1764288100006,
    WorkingCalendarYears1764201600002,
    DeadlineChanges1764460800000,
    AppealDeadlineBasis1764460800200,
    VolunteerMatching1764860000000,
    AppealDueFieldName1764900000002,
    IndicatorVersions1764900000000,
    MerchantSectors1764900000001,
    BackDatedHistory1764950400000,
    StatisticsTallies1764970000000,
  ],
  demoData: CREDIT_DEMO_DATA,
};
