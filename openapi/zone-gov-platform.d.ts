/**
 * Types of the Zone Gov Platform API, generated from openapi/zone-gov-platform.json by `npm run openapi:types`.
 * Do not edit: regenerate after `npm run openapi`. Use with openapi-fetch: createClient<paths>(...).
 */

export interface paths {
    "/api/v1/credit/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scoring catalogue by code, optionally by category or active state */
        get: operations["listCreditIndicators"];
        put?: never;
        /** Add a scoring indicator (加分指标) or a deduction to the catalogue */
        post: operations["createCreditIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one indicator of the scoring catalogue */
        get: operations["getCreditIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/indicators/{id}/retirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an indicator: no new awards; past entries and scores stay as they were */
        post: operations["retireCreditIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/communities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the credit communities by code */
        get: operations["listCreditCommunities"];
        put?: never;
        /** Register a pilot community (信用社区) under a sub-district; sub-district or zone staff only */
        post: operations["createCreditCommunity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List households: staff see their communities, a resident their own household */
        get: operations["listCreditHouseholds"];
        put?: never;
        /** Register a household (户) in a community; it gets a credit service level card number */
        post: operations["createCreditHousehold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a household with its score and rating */
        get: operations["getCreditHousehold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List residents: staff see their communities in full, a resident their household masked (`mine=true`: only themselves) */
        get: operations["listCreditResidents"];
        put?: never;
        /** Register a resident (居民) in a household; ID number and phone are validated and stored encrypted */
        post: operations["createCreditResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/residents/lookups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a resident of your communities by ID number (sent in the body, matched by keyed hash) */
        post: operations["lookUpCreditResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a resident: their community's staff, or the resident themselves */
        get: operations["getCreditResident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a resident's name or phone, or link their account */
        patch: operations["updateCreditResident"];
        trace?: never;
    };
    "/api/v1/credit/residents/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a resident to another household or community; their points history moves with them */
        post: operations["moveCreditResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/resident-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bulk-register a community's residents from CSV with a per-row report; the file is imported whole or not at all */
        post: operations["importCreditResidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/ledger-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Points history, newest first, filterable by resident, household, period, category, kind and dates */
        get: operations["listCreditLedgerEntries"];
        put?: never;
        /** Award or deduct points for a catalogue indicator (append-only; limits per period enforced) */
        post: operations["createCreditLedgerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/ledger-entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one ledger entry */
        get: operations["getCreditLedgerEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/ledger-entries/{id}/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an award or deduction by appending its reversal (never an edit) */
        post: operations["reverseCreditLedgerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/volunteer-participations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Participants of party volunteer activities (党建引领志愿服务) and what they were awarded; unmatched ones await registration */
        get: operations["listCreditVolunteerParticipations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/rating-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Household score needed for each rating level (A / AA / AAA) */
        get: operations["getCreditRatingThresholds"];
        /** Set the rating thresholds; every household is re-rated at once (sub-district or zone staff) */
        put: operations["setCreditRatingThresholds"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/households/{id}/rating-explanations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household's rating explained: score, thresholds, gap to the next level and the indicators that moved it */
        get: operations["explainCreditHouseholdRating"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/households/{id}/rating-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When and why a household's level changed, newest first */
        get: operations["listCreditHouseholdRatingChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/households/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's credit service level card (信用服务等级卡) with a signed QR payload that expires in 10 minutes */
        get: operations["getCreditServiceCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/goods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goods of the credit supermarkets with point price and stock, by code */
        get: operations["listCreditGoods"];
        put?: never;
        /** Put goods on the shelf of a community's credit supermarket (信用超市) with a point price and stock */
        post: operations["createCreditGoods"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/goods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one item of a credit supermarket */
        get: operations["getCreditGoods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Restock, reprice or withdraw goods */
        patch: operations["updateCreditGoods"];
        trace?: never;
    };
    "/api/v1/credit/redemption-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemption orders, newest first: staff see their communities, a resident their own */
        get: operations["listCreditRedemptionOrders"];
        put?: never;
        /** Exchange points for goods: points and stock are taken together or not at all */
        post: operations["createCreditRedemptionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/redemption-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one redemption order */
        get: operations["getCreditRedemptionOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/redemption-orders/{id}/cancellations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order: the points return to the resident and the goods to stock */
        post: operations["cancelCreditRedemptionOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/redemption-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-community redemption figures: reported before the platform and recorded on it */
        get: operations["getCreditRedemptionStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner merchants by code */
        get: operations["listCreditMerchants"];
        put?: never;
        /** Sign a partner merchant (信用社区共建商户) with a community or the sub-district */
        post: operations["createCreditMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/benefits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public list of partner merchants' benefits, optionally those a rating level qualifies for */
        get: operations["listCreditBenefits"];
        put?: never;
        /** Add a merchant benefit for households of a minimum rating */
        post: operations["createCreditBenefit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/card-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merchant: does this card qualify for my benefit? Answers yes or no and reveals nothing else */
        post: operations["verifyCreditServiceCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/benefit-uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Benefit uses, newest first: staff of the area with the household, a merchant its own without it */
        get: operations["listCreditBenefitUses"];
        put?: never;
        /** Merchant: record that a qualifying card holder used a benefit */
        post: operations["recordCreditBenefitUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/benefit-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per benefit: uses reported before the platform beside uses recorded on it (at most 100 benefits) */
        get: operations["getCreditBenefitStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appeals, oldest first, filterable by status and overdue */
        get: operations["listCreditAppeals"];
        put?: never;
        /** Appeal a deduction (within 15 working days); staff must decide within 10 working days */
        post: operations["fileCreditAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one appeal */
        get: operations["getCreditAppeal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/appeals/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold (reversing the deduction) or reject an appeal, with a reason */
        post: operations["decideCreditAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/working-calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the years the working calendar has, ascending */
        get: operations["creditListWorkingCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/working-calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one year's public holidays and make-up working days (调休) */
        get: operations["creditGetWorkingCalendarYear"];
        /**
         * Set a year's public holidays and make-up working days, replacing its data in every service
         * @description Takes effect in this service at once and in the others within seconds; the latest write wins.
         */
        put: operations["creditSetWorkingCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/working-calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline a number of working days after a date (Asia/Shanghai) */
        get: operations["creditAddWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/credit/working-calendar/working-days/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days after one date up to and including another */
        get: operations["creditCountWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List participating villages and communities by code */
        get: operations["supervisionListUnits"];
        put?: never;
        /** Register a participating village or community (村 / 社区) with its public QR code */
        post: operations["supervisionCreateUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one unit by its public code */
        get: operations["supervisionGetUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/units/{code}/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is disclosed here: each active item with its published disclosures at this unit (the QR entry page) */
        get: operations["supervisionGetUnitOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/supervision-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List supervision items by code (active ones unless asked) */
        get: operations["listSupervisionItems"];
        put?: never;
        /** Add a supervision item (监督事项) */
        post: operations["createSupervisionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/supervision-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one supervision item */
        get: operations["getSupervisionItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an item's rules or wording, with a reason kept in its public history */
        patch: operations["supervisionUpdateItem"];
        trace?: never;
    };
    "/api/v1/supervision/supervision-items/{id}/retirement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire an item: it stops being due, its disclosures and history stay public */
        post: operations["supervisionRetireItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/supervision-items/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public change history of an item, oldest first */
        get: operations["supervisionListItemHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List disclosures, newest first: published ones to anyone, drafts to supervisors and the unit's clerks */
        get: operations["supervisionListDisclosures"];
        put?: never;
        /** Enter a disclosure (公示信息) for one of your units as a draft */
        post: operations["supervisionCreateDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a disclosure with its current version; recipients' personal data masked for the public */
        get: operations["supervisionGetDisclosure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public history of a disclosure: every published version, corrections included, oldest first */
        get: operations["supervisionListDisclosureVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the content of a draft */
        put: operations["supervisionReplaceDisclosureDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for publication */
        post: operations["supervisionSubmitDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a submitted disclosure back to draft with a note */
        post: operations["supervisionReturnDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a submitted disclosure (emits zone.supervision.disclosure-published.v1) */
        post: operations["supervisionPublishDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/disclosures/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a published disclosure: a new public version, the old one stays in the history (emits disclosure-corrected) */
        post: operations["supervisionCorrectDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/units/{code}/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which periodic items are due, on time, late or missing at a unit, with due dates in working days */
        get: operations["supervisionGetUnitCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/units/{code}/due-date-extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Due-date extensions granted to a unit, newest first */
        get: operations["supervisionListDueDateExtensions"];
        put?: never;
        /** Give a unit more working days for one item and period, with a public reason */
        post: operations["supervisionGrantDueDateExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/working-calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the years the working calendar has, ascending */
        get: operations["supervisionListWorkingCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/working-calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one year's public holidays and make-up working days (调休) */
        get: operations["supervisionGetWorkingCalendarYear"];
        /**
         * Set a year's public holidays and make-up working days, replacing its data in every service
         * @description Takes effect in this service at once and in the others within seconds; the latest write wins.
         */
        put: operations["supervisionSetWorkingCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/working-calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline a number of working days after a date (Asia/Shanghai) */
        get: operations["supervisionAddWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/working-calendar/working-days/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days after one date up to and including another */
        get: operations["supervisionCountWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List complaints, newest first: a department its own, supervisors all */
        get: operations["supervisionListComplaints"];
        put?: never;
        /** File a complaint (投诉), anonymously or with contact; answers with the tracking code */
        post: operations["supervisionFileComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/tracking/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a complaint by its tracking code: status, each step with time and department, the answer */
        get: operations["supervisionTrackComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints received, closed, rejected and open by unit and category; small counts suppressed publicly */
        get: operations["supervisionComplaintStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open complaints past their step deadline (working days), most overdue first */
        get: operations["supervisionListOverdueComplaints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a complaint; contact details in full only for the handling department */
        get: operations["supervisionGetComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a received complaint (受理) */
        post: operations["supervisionAcceptComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/handling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start verifying and handling an accepted complaint (办理中) */
        post: operations["supervisionStartComplaintHandling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the complainant (答复); "not our responsibility" must name the responsible body (emits complaint-answered) */
        post: operations["supervisionAnswerComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an answered complaint (办结; emits complaint-closed) */
        post: operations["supervisionCloseComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a complaint before it is answered, with the reason (emits complaint-closed) */
        post: operations["supervisionRejectComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the open step's deadline by working days, with a reason kept in the public step log */
        post: operations["supervisionExtendComplaintDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaints/{id}/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a complaint to another handling department */
        post: operations["supervisionRouteComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/complaint-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List complaints registered from other channels, newest first */
        get: operations["supervisionListComplaintRecords"];
        put?: never;
        /** Register a complaint received through another channel, open or already closed, with its dates */
        post: operations["supervisionRecordComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/spot-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List spot checks, newest first */
        get: operations["supervisionListSpotChecks"];
        put?: never;
        /** Draw a seeded, reproducible random sample (抽查) of published disclosures */
        post: operations["supervisionDrawSpotCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/spot-checks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a spot check with its sample */
        get: operations["supervisionGetSpotCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/spot-checks/{id}/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redraw the sample from its seed and check it matches */
        get: operations["supervisionVerifySpotCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/spot-checks/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a finding on a sampled disclosure and order rectification (整改) by a working-day deadline (emits finding-raised) */
        post: operations["supervisionRaiseFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List findings and their rectification, newest first (clerks: their own unit) */
        get: operations["supervisionListFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rectifications past their deadline, most overdue first */
        get: operations["supervisionListOverdueRectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a finding with its rectification steps */
        get: operations["supervisionGetFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a rectification deadline by working days, with the reason kept in the step log */
        post: operations["supervisionExtendRectificationDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/{id}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The responsible unit reports its rectification */
        post: operations["supervisionSubmitRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a submitted rectification */
        post: operations["supervisionAcceptRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/findings/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted rectification with a new working-day deadline */
        post: operations["supervisionReturnRectification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/business-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business-environment policies with their payout totals, newest first */
        get: operations["supervisionListBusinessPolicies"];
        put?: never;
        /** Publish a preferential policy (双招双引) with how to apply, in the business-environment column */
        post: operations["supervisionCreateBusinessPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/business-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a policy: eligibility, how to apply, what has been paid */
        get: operations["supervisionGetBusinessPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/business-policies/{id}/payouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payouts under a policy, latest first; individuals' names masked publicly */
        get: operations["supervisionListSubsidyPayouts"];
        put?: never;
        /** Record a subsidy or reward paid under a policy (奖补政策兑现) */
        post: operations["supervisionRecordSubsidyPayout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/land-projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List land-approval projects (用地报批) reported by the land service, newest first */
        get: operations["listSupervisedLandProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List projects, newest first */
        get: operations["listLandProjects"];
        put?: never;
        /** Register a key project needing land approval (用地报批); its six pre-work steps start out pending */
        post: operations["registerLandProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one project with its responsible leader and task force */
        get: operations["getLandProject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the "four ones" (四个一): the responsible leader (包保领导) and the task force (工作专班) with members and roles */
        put: operations["assignLandProject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/working-calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the years the working calendar has, ascending */
        get: operations["landListWorkingCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/working-calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one year's public holidays and make-up working days (调休) */
        get: operations["landGetWorkingCalendarYear"];
        /**
         * Set a year's public holidays and make-up working days, replacing its data in every service
         * @description Takes effect in this service at once and in the others within seconds; the latest write wins.
         */
        put: operations["landSetWorkingCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/working-calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline a number of working days after a date (Asia/Shanghai) */
        get: operations["landAddWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/working-calendar/working-days/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days after one date up to and including another */
        get: operations["landCountWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/pre-work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The six pre-work steps (调查、评估、公告、听证、登记、协议) of a project, with planned and actual dates */
        get: operations["getLandPreWork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/pre-work/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Name the person responsible for a step
         * @description Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).
         */
        patch: operations["updateLandPreWorkStep"];
        trace?: never;
    };
    "/api/v1/land/projects/{id}/pre-work/{step}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a step: after its predecessor started; the announcement with its notice period; the hearing only after the notice period
         * @description Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).
         */
        post: operations["startLandPreWorkStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/pre-work/{step}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a step: its predecessor completed, evidence attached, the notice period over
         * @description Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).
         */
        post: operations["completeLandPreWorkStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/pre-work/{step}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A step's evidence documents, oldest first */
        get: operations["listLandPreWorkDocuments"];
        put?: never;
        /**
         * Attach a document to a step as its evidence
         * @description Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).
         */
        post: operations["attachLandPreWorkDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List batches with parcels, exact total areas and time per stage, newest first */
        get: operations["listLandBatches"];
        put?: never;
        /** Open an approval batch (报批批次) in preparation, optionally with parcels */
        post: operations["createLandBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One batch: parcels, exact total area, decision, time per stage and schedule */
        get: operations["getLandBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a batch's internal target and legal deadline; its schedule counts working days on the shared calendar */
        put: operations["setLandBatchSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/parcels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a parcel to a batch in preparation */
        post: operations["addLandBatchParcel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/parcels/{parcelId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a parcel from a batch in preparation */
        delete: operations["removeLandBatchParcel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/file-assembly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the file assembled (组卷); every project of the batch must have completed its six pre-work steps */
        post: operations["assembleLandBatchFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the submission (报批) to the approving authority; publishes batch-submitted */
        post: operations["submitLandBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/supplement-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the authority asked for supplementary documents (补件) */
        post: operations["requestLandBatchSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/resubmission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the resubmission after a supplement; publishes batch-submitted */
        post: operations["resubmitLandBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the approval (批复) with authority, document number and date; land supply (供地) starts today for each of its projects not yet supplied; publishes batch-approved once */
        post: operations["approveLandBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batches/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a rejection with authority, date and reason; publishes batch-rejected */
        post: operations["rejectLandBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/batch-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the batches entered as history, newest entry first */
        get: operations["listLandRecordedBatches"];
        put?: never;
        /** Enter a batch approved before the platform (历史批次) with its parcels; publishes batch-approved and starts land supply from the approval day */
        post: operations["recordLandApprovedBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/approved-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved batches and their areas, newest approval first (public) */
        get: operations["listLandApprovedBatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/approved-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approved batch and its areas (public) */
        get: operations["getLandApprovedBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Milestones planned vs achieved, working days elapsed and left, on-track / at-risk / overdue */
        get: operations["getLandProjectSchedule"];
        /**
         * Set the start, internal target and legal deadline; milestones are planned backwards from the target (倒排) on the working-day calendar
         * @description Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).
         */
        put: operations["setLandProjectSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leadership dashboard: active projects with stage and risk, and the average approval duration against the 5-month baseline */
        get: operations["getLandDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/statistics/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved batches and exact areas per year and per project (public) */
        get: operations["getLandApprovalStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dispatch meetings, latest first, with their action items */
        get: operations["listLandDispatchMeetings"];
        put?: never;
        /** Record a dispatch meeting (专题调度会): departments, issues raised, decisions and action items */
        post: operations["createLandDispatchMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One dispatch meeting with its action items */
        get: operations["getLandDispatchMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/meetings/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action item to a meeting */
        post: operations["addLandActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/action-items/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an action item done; a task force may close its own project's items */
        post: operations["completeLandActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/land/projects/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's action items, soonest due first; filter open ones with status=open */
        get: operations["listLandProjectActionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List entities under survey by credit code; instructors see their assigned entities */
        get: operations["partyListEntities"];
        put?: never;
        /** Register a non-public enterprise or social organisation under survey */
        post: operations["partyRegisterEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/entity-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk-register entities from CSV, with a per-row report
         * @description Per-row, not all-or-nothing: valid rows are created, invalid rows, repeats within the file and codes already registered are reported with reasons and skipped. Re-sending a corrected file is safe. At most 1000 rows; `dryRun` validates only.
         */
        post: operations["partyImportEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one entity under survey */
        get: operations["partyGetEntity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct an entity: name, sector, park, management status (纳入管理) */
        patch: operations["partyUpdateEntity"];
        trace?: never;
    };
    "/api/v1/party/survey-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List survey campaigns with coverage so far, newest first */
        get: operations["partyListSurveyCampaigns"];
        put?: never;
        /** Start a survey sweep (地毯式摸排) of sectors or a park with assigned surveyors */
        post: operations["partyCreateSurveyCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/survey-campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one survey campaign with its coverage */
        get: operations["partyGetSurveyCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List surveys newest first; by credit code for one entity's history */
        get: operations["partyListSurveys"];
        put?: never;
        /**
         * Record a five-clears survey (五清) of an entity; the ledger colour is recomputed
         * @description Instructors may record surveys only for entities assigned to them. Earlier surveys are kept; the latest by date is current.
         */
        post: operations["partyRecordSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one survey */
        get: operations["partyGetSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The red/yellow/green ledger (红黄绿三色台账), filterable by colour, sector and park */
        get: operations["partyListLedgerEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ledger counts by sector and colour */
        get: operations["partyCountLedgerColours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The settings of the colour rules */
        get: operations["partyGetLedgerRules"];
        /**
         * Change the colour-rule settings; every entry is recomputed
         * @description Rules, in order: ceased → green; covered by a Party organisation → green, or yellow while a required mass organisation is missing; no organisation with at least minMembersToForm members → red; fewer → yellow.
         */
        put: operations["partyUpdateLedgerRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/entries/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity's ledger entry: colour, reason, override */
        get: operations["partyGetLedgerEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/entries/{entityId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History of an entity's colour changes with reasons, newest first */
        get: operations["partyListLedgerColourChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/ledger/entries/{entityId}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a manual colour with a reason and an expiry date
         * @description The override shows until the end of expiresOn (Asia/Shanghai); afterwards reads show the rules' colour and a periodic sweep clears it, recording the change.
         */
        put: operations["partySetLedgerOverride"];
        post?: never;
        /** Clear the manual colour; the rules decide again */
        delete: operations["partyClearLedgerOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Party organisations by name; a secretary sees their own */
        get: operations["partyListOrganisations"];
        put?: never;
        /** Register an established Party organisation with the entities it covers; member entities' ledger colours are recomputed */
        post: operations["partyEstablishOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one Party organisation */
        get: operations["partyGetOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update member count or secretary; a secretary manages their own organisation */
        patch: operations["partyUpdateOrganisation"];
        trace?: never;
    };
    "/api/v1/party/organisations/{id}/member-entities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an entity the organisation covers; its ledger colour is recomputed */
        post: operations["partyAddOrganisationMemberEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/organisations/{id}/member-entities/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an entity from the organisation; its ledger colour is recomputed */
        delete: operations["partyRemoveOrganisationMemberEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/mass-organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List mass organisations, newest first; by entity with creditCode */
        get: operations["partyListMassOrganisations"];
        put?: never;
        /** Register a mass organisation (工会 / 共青团 / 妇联) in an entity; its ledger colour is recomputed */
        post: operations["partyEstablishMassOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List members, newest first; a secretary sees their organisation's */
        get: operations["partyListMembers"];
        put?: never;
        /** Register a Party member; personal data is encrypted and masked */
        post: operations["partyRegisterMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one member (ID number and phone masked) */
        get: operations["partyGetMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's status (normal / floating / out of contact) or phone */
        patch: operations["partyUpdateMember"];
        trace?: never;
    };
    "/api/v1/party/members/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request the transfer of a floating member's organisational relations (组织关系转接)
         * @description The sending side must approve within 5 working days (shared calendar), then the receiving side accept within 5 working days of the approval.
         */
        post: operations["partyRequestMemberTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/member-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List transfers newest first, with due dates and overdue flags; a secretary sees those of their organisation */
        get: operations["partyListMemberTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/member-transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one transfer with its history */
        get: operations["partyGetMemberTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/member-transfers/{id}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sending side approves the transfer (an external sending side is recorded by the committee) */
        post: operations["partyApproveMemberTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/member-transfers/{id}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving side accepts: the transfer completes and member-transferred is published */
        post: operations["partyAcceptMemberTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/member-transfers/{id}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The side whose turn it is rejects the transfer */
        post: operations["partyRejectMemberTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/working-calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the years the working calendar has, ascending */
        get: operations["partyListWorkingCalendarYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/working-calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one year's public holidays and make-up working days (调休) */
        get: operations["partyGetWorkingCalendarYear"];
        /**
         * Set a year's public holidays and make-up working days, replacing its data in every service
         * @description Takes effect in this service at once and in the others within seconds; the latest write wins.
         */
        put: operations["partySetWorkingCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/working-calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline a number of working days after a date (Asia/Shanghai) */
        get: operations["partyAddWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/working-calendar/working-days/between": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working days after one date up to and including another */
        get: operations["partyCountWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List instructors and their entities; an instructor sees their own record */
        get: operations["partyListInstructors"];
        put?: never;
        /** Register a Party-building instructor (党建工作指导员) with assigned entities */
        post: operations["partyRegisterInstructor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/instructors/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one instructor */
        get: operations["partyGetInstructor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/instructors/{userId}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign one more entity to an instructor */
        post: operations["partyAssignInstructorEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/instructor-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List visit records, newest first; an instructor sees their own */
        get: operations["partyListInstructorVisits"];
        put?: never;
        /** An instructor records a visit to an assigned entity */
        post: operations["partyRecordInstructorVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/volunteer-activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List volunteer activities, newest first; a secretary sees their organisation's */
        get: operations["partyListVolunteerActivities"];
        put?: never;
        /**
         * Record a Party-led volunteer activity with its participating residents; credit awards them points
         * @description Publishes zone.party.volunteer-activity-recorded.v1 once per activity. Send an Idempotency-Key so that a retry does not record (and announce) the activity twice.
         */
        post: operations["partyRecordVolunteerActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/volunteer-activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one volunteer activity with masked participants */
        get: operations["partyGetVolunteerActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/red-stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List red stations (红色驿站): newest first, or nearest first from a point
         * @description Public. With latitude and longitude, stations come nearest first with their distance in metres; withinMetres limits the radius.
         */
        get: operations["listRedStations"];
        put?: never;
        /** Open a red station (红色驿站) for couriers and riders */
        post: operations["openRedStation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/red-stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one red station */
        get: operations["getRedStation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/worker-demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List demands newest first, by status */
        get: operations["partyListWorkerDemands"];
        put?: never;
        /** Collect a demand of couriers, riders or drivers (诉求收集) */
        post: operations["partyCollectWorkerDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/worker-demands/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one demand with its history */
        get: operations["partyGetWorkerDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/worker-demands/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record or revise the response plan (对策谋划) */
        post: operations["partyPlanWorkerDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/worker-demands/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up on a planned demand (跟踪落实) */
        post: operations["partyFollowUpWorkerDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/party/worker-demands/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a demand with its outcome */
        post: operations["partyCloseWorkerDemand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateIndicatorDto: {
            /**
             * @description Catalogue code, unique; upper-case letters and digits in dash-separated groups.
             * @example VOL-01
             */
            code: string;
            /**
             * @description `volunteer-activities` 志愿活动; `public-security` 社会治安; `public-welfare` 公益关爱; `law-abiding` 遵纪守法; `environment` 爱护环境; `filial-piety` 孝老爱亲; `customs-reform` 移风易俗; `helping-others` 扶危济困; `misconduct` 失信扣分
             * @example volunteer-activities
             * @enum {string}
             */
            category: "volunteer-activities" | "public-security" | "public-welfare" | "law-abiding" | "environment" | "filial-piety" | "customs-reform" | "helping-others" | "misconduct";
            /** @example 参加核酸检测志愿服务 */
            name: string;
            /**
             * @description Points per award: positive, or negative for `misconduct` deductions; never zero.
             * @example 5
             */
            points: number;
            /**
             * @description How often one resident may receive it per scoring period; unlimited when absent.
             * @example 4
             */
            limitPerPeriod?: number;
            /**
             * @description Inactive indicators stay in the catalogue but are no longer awarded.
             * @default true
             * @example true
             */
            active: boolean;
        };
        IndicatorDto: {
            /**
             * Format: uuid
             * @example 3c9a7d52-1e4b-4f0a-9b6e-2d8c5f7a1b34
             */
            id: string;
            /** @example VOL-01 */
            code: string;
            /**
             * @example volunteer-activities
             * @enum {string}
             */
            category: "volunteer-activities" | "public-security" | "public-welfare" | "law-abiding" | "environment" | "filial-piety" | "customs-reform" | "helping-others" | "misconduct";
            /** @example 参加核酸检测志愿服务 */
            name: string;
            /**
             * @description Negative for deductions.
             * @example 5
             */
            points: number;
            /**
             * @description Per resident and scoring period; null when unlimited.
             * @example 4
             */
            limitPerPeriod?: number | null;
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the indicator was retired; null while it can be awarded.
             * @example null
             */
            retiredAt?: string | null;
        };
        IndicatorPageDto: {
            items: components["schemas"]["IndicatorDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateCommunityDto: {
            /**
             * @description Administrative unit code of the community (as in tokens' `units`).
             * @example shengtang
             */
            code: string;
            /** @example 盛塘社区 */
            name: string;
            /**
             * @description Unit code of the sub-district (办事处) the community belongs to.
             * @example lingbei
             */
            subDistrictCode: string;
            /** @example 菱北办事处 */
            subDistrictName: string;
            /**
             * @description Residents who had redeemed points before the platform recorded redemptions, as the community reported; statistics add it to recorded redemptions.
             * @example 49
             */
            reportedRedeemingResidents?: number;
        };
        CommunityDto: {
            /** @example shengtang */
            code: string;
            /** @example 盛塘社区 */
            name: string;
            /** @example lingbei */
            subDistrictCode: string;
            /** @example 菱北办事处 */
            subDistrictName: string;
            /** @example 49 */
            reportedRedeemingResidents?: number | null;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        CommunityPageDto: {
            items: components["schemas"]["CommunityDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateHouseholdDto: {
            /** @example shengtang */
            communityCode: string;
            /**
             * @description Household number (户号), unique within the community.
             * @example ST-0001
             */
            householdNumber: string;
        };
        HouseholdDto: {
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            id: string;
            /** @example shengtang */
            communityCode: string;
            /** @example ST-0001 */
            householdNumber: string;
            /**
             * @description Number of the credit service level card (信用服务等级卡); carries no personal data.
             * @example XY-4827-1934-5561
             */
            cardNumber: string;
            /**
             * @description Household credit score: the sum of its members' credit scores.
             * @example 72
             */
            score: number;
            /**
             * @description Rating (信用户评级); null below the lowest threshold.
             * @example AA
             * @enum {string|null}
             */
            level?: "A" | "AA" | "AAA" | null;
            /**
             * Format: date-time
             * @example 2026-04-18T09:30:00.000Z
             */
            levelChangedAt?: string | null;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        HouseholdPageDto: {
            items: components["schemas"]["HouseholdDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateResidentDto: {
            /** @example shengtang */
            communityCode: string;
            /**
             * @description Household number (户号) within the community; the household must exist.
             * @example ST-0001
             */
            householdNumber: string;
            /** @example 杨某某 */
            name: string;
            /**
             * @description Mainland resident ID number (GB 11643, check digit verified). Stored encrypted; shown masked to roles that do not need it.
             * @example 340800195903150013
             */
            idNumber: string;
            /**
             * @description Mobile number. Stored encrypted; shown masked.
             * @example 13955612345
             */
            phone?: string;
            /**
             * @description Subject (`sub`) of the resident's own account, so they can read their household.
             * @example resident-7f3a
             */
            accountId?: string;
        };
        ResidentDto: {
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId: string;
            /** @example shengtang */
            communityCode: string;
            /**
             * @description In full for the community's staff; surname only for others.
             * @example 杨**
             */
            name: string;
            /**
             * @description In full for the community's staff; masked for others.
             * @example 340800********0013
             */
            idNumber: string;
            /** @example 139****2345 */
            phone?: string | null;
            /**
             * @description Whether the personal fields above are masked for this caller.
             * @example false
             */
            masked: boolean;
            /**
             * @description Credit score: points earned minus points deducted.
             * @example 72
             */
            creditScore: number;
            /**
             * @description Spendable balance: credit score minus points redeemed.
             * @example 22
             */
            spendableBalance: number;
            /** @example 72 */
            earned: number;
            /** @example 0 */
            deducted: number;
            /** @example 50 */
            redeemed: number;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        ResidentPageDto: {
            items: components["schemas"]["ResidentDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ResidentLookupDto: {
            /**
             * @description Sent in the body, never in a URL, so it stays out of access logs.
             * @example 340800195903150013
             */
            idNumber: string;
        };
        UpdateResidentDto: {
            /** @example 杨某某 */
            name?: string;
            /** @example 13955612345 */
            phone?: string;
            /** @example resident-7f3a */
            accountId?: string;
        };
        MoveResidentDto: {
            /** @example wuling */
            communityCode: string;
            /** @example WL-0002 */
            householdNumber: string;
        };
        ResidentImportDto: {
            /** @example shengtang */
            communityCode: string;
            /**
             * @description CSV text, UTF-8, header `householdNumber,name,idNumber,phone` (phone may be empty); at most 2,000 rows. Missing households are registered.
             * @example householdNumber,name,idNumber,phone
             *     ST-0003,赵某某,340800198203070027,13900000007
             */
            csv: string;
            /**
             * @description Only check the rows; import nothing.
             * @default false
             * @example false
             */
            dryRun: boolean;
        };
        CreditImportRowDto: {
            /**
             * @description Line in the file; the header is line 1.
             * @example 2
             */
            line: number;
            /**
             * @example rejected
             * @enum {string}
             */
            status: "accepted" | "rejected";
            /** @example ID number check digit does not match */
            reason?: string;
            /**
             * Format: uuid
             * @description The new resident, once imported.
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId?: string;
        };
        ResidentImportReportDto: {
            /**
             * @description Whether the rows were imported. The file is imported whole or not at all.
             * @example true
             */
            imported: boolean;
            /** @example 2 */
            accepted: number;
            /** @example 0 */
            rejected: number;
            /** @example 1 */
            householdsCreated: number;
            rows: components["schemas"]["CreditImportRowDto"][];
        };
        CreateLedgerEntryDto: {
            /**
             * Format: uuid
             * @description The resident; give this or `residentIdNumber`.
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId?: string;
            /**
             * @description The resident by ID number (matched by keyed hash); give this or `residentId`.
             * @example 340800195903150013
             */
            residentIdNumber?: string;
            /**
             * @description Catalogue code; the indicator decides award or deduction and the points.
             * @example VOL-01
             */
            indicatorCode: string;
            /**
             * @description Business date the points count for (Asia/Shanghai); today when absent. Its year is the scoring period.
             * @example 2026-04-18
             */
            occurredOn?: string;
            /** @example 参加核酸检测志愿服务 */
            reason: string;
            /**
             * @description Reference to the evidence (sign-in sheet, photo id, case number).
             * @example 签到表 2026-04-18 第3页
             */
            evidence?: string;
        };
        CreditLedgerEntryDto: {
            /**
             * Format: uuid
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId: string;
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId: string;
            /** @example shengtang */
            communityCode: string;
            /**
             * @example award
             * @enum {string}
             */
            kind: "award" | "deduction" | "redemption" | "reversal";
            /**
             * @description Change to the credit score (0 for redemptions).
             * @example 4
             */
            scoreDelta: number;
            /**
             * @description Change to the spendable balance.
             * @example 4
             */
            balanceDelta: number;
            /** @example VOL-01 */
            indicatorCode?: string | null;
            /** @example volunteer-activities */
            category?: string | null;
            /** @example 2026 */
            period: string;
            /** @example 2026-04-18 */
            occurredOn: string;
            /** @example 参加核酸检测志愿服务 */
            reason: string;
            /** @example 签到表 2026-04-18 第3页 */
            evidence?: string | null;
            /**
             * @example staff
             * @enum {string}
             */
            source: "staff" | "event" | "redemption";
            /** @example zone.party.volunteer-activity-recorded.v1:7c9e6679-7425-40de-944b-e07fc1f90ae7 */
            sourceRef?: string | null;
            /** @example staff-shengtang-01 */
            actorId: string;
            /**
             * Format: uuid
             * @description For a reversal: the entry it reverses.
             * @example null
             */
            reversesEntryId?: Record<string, never> | null;
            /** @example 72 */
            scoreAfter: number;
            /** @example 22 */
            balanceAfter: number;
            /**
             * Format: date-time
             * @example 2026-04-18T09:31:02.000Z
             */
            recordedAt: string;
        };
        LedgerEntryPageDto: {
            items: components["schemas"]["PartyLedgerEntryDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateReversalDto: {
            /** @example 录入错误更正：该居民当日未参加活动 */
            reason: string;
            /** @example 更正审批单 2026-015 */
            evidence?: string;
        };
        VolunteerParticipationDto: {
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            activityId: string;
            /**
             * Format: uuid
             * @example 9b2f4f0e-3c1d-4b8e-a6f7-2d5c8e1a4b90
             */
            participantId: string;
            /** @example shengtang */
            communityCode: string;
            /** @example 核酸检测志愿服务 */
            activityTitle: string;
            /** @example 2026-04-18 */
            heldOn: string;
            /** @example 杨** */
            maskedName: string;
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId?: string | null;
            /**
             * @example awarded
             * @enum {string}
             */
            outcome: "awarded" | "already-awarded" | "unmatched" | "limit-reached" | "indicator-unavailable";
            /**
             * Format: uuid
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            ledgerEntryId?: string | null;
            /**
             * Format: date-time
             * @example 2026-04-18T09:31:02.000Z
             */
            recordedAt: string;
        };
        VolunteerParticipationPageDto: {
            items: components["schemas"]["VolunteerParticipationDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        RatingThresholdsDto: {
            /**
             * @description Minimum household score for A.
             * @example 30
             */
            A: number;
            /**
             * @description Minimum household score for AA (信用户 AA级).
             * @example 60
             */
            AA: number;
            /**
             * @description Minimum household score for AAA.
             * @example 90
             */
            AAA: number;
        };
        NextLevelDto: {
            /**
             * @example AAA
             * @enum {string}
             */
            level: "A" | "AA" | "AAA";
            /** @example 18 */
            pointsNeeded: number;
        };
        IndicatorContributionDto: {
            /** @example VOL-01 */
            indicatorCode?: string | null;
            /** @example volunteer-activities */
            category?: string | null;
            /**
             * @description Net change to the household score from this indicator (reversals included).
             * @example 48
             */
            points: number;
            /**
             * @description Entries that made it up.
             * @example 12
             */
            entries: number;
        };
        RatingExplanationDto: {
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId: string;
            /**
             * @description Household credit score: the sum of its current members' scores.
             * @example 72
             */
            score: number;
            /**
             * @example AA
             * @enum {string|null}
             */
            level?: "A" | "AA" | "AAA" | null;
            thresholds: components["schemas"]["RatingThresholdsDto"];
            nextLevel?: components["schemas"]["NextLevelDto"] | null;
            /** @description Which indicators moved the score, largest effect first. */
            contributions: components["schemas"]["IndicatorContributionDto"][];
        };
        RatingChangeDto: {
            /**
             * Format: uuid
             * @example 6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId: string;
            /**
             * @example A
             * @enum {string|null}
             */
            fromLevel?: "A" | "AA" | "AAA" | null;
            /**
             * @example AA
             * @enum {string|null}
             */
            toLevel?: "A" | "AA" | "AAA" | null;
            /** @example 72 */
            score: number;
            /**
             * @example ledger
             * @enum {string}
             */
            cause: "ledger" | "move" | "thresholds";
            /**
             * Format: uuid
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            causeEntryId?: string | null;
            /**
             * Format: date-time
             * @example 2026-04-18T09:31:02.000Z
             */
            changedAt: string;
        };
        RatingChangePageDto: {
            items: components["schemas"]["RatingChangeDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ServiceCardDto: {
            /**
             * @description Credit service level card (信用服务等级卡) number.
             * @example XY-4827-1934-5561
             */
            cardNumber: string;
            /**
             * @example AA
             * @enum {string|null}
             */
            level?: "A" | "AA" | "AAA" | null;
            /**
             * @description Content of the QR code: card number and expiry, signed by the credit service. No personal data, and not the level: merchants get the current level when they verify.
             * @example XYK1.eyJjIjoiWFktNDgyNy0xOTM0LTU1NjEiLCJlIjoxNzc2NTAzODAwfQ.q3Jw0m2c7f0VbW1Zq0a8Y3nKx9tQe5Rr2sLh4uPj6Io
             */
            qrPayload: string;
            /**
             * Format: date-time
             * @example 2026-04-18T09:40:00.000Z
             */
            expiresAt: string;
        };
        CreateGoodsDto: {
            /**
             * @description Shelf code, unique across supermarkets.
             * @example ST-GIFT-01
             */
            code: string;
            /** @example shengtang */
            communityCode: string;
            /** @example 爱心礼包 */
            name: string;
            /** @example 粮油、调味品等组合礼包，价值近200元 */
            description?: string;
            /**
             * @description Points per item.
             * @example 60
             */
            pointPrice: number;
            /** @example 10 */
            stock: number;
        };
        GoodsDto: {
            /**
             * Format: uuid
             * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
             */
            id: string;
            /** @example ST-GIFT-01 */
            code: string;
            /** @example shengtang */
            communityCode: string;
            /** @example 爱心礼包 */
            name: string;
            /** @example 粮油、调味品等组合礼包，价值近200元 */
            description?: string | null;
            /** @example 60 */
            pointPrice: number;
            /** @example 10 */
            stock: number;
            /** @example true */
            active: boolean;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        GoodsPageDto: {
            items: components["schemas"]["GoodsDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        UpdateGoodsDto: {
            /**
             * @description Items added to the stock (restocking); added atomically, never overwritten.
             * @example 3
             */
            addStock?: number;
            /**
             * @description New price for future orders; past orders keep theirs.
             * @example 55
             */
            pointPrice?: number;
            /**
             * @description Inactive goods stay listed for staff but cannot be ordered.
             * @example true
             */
            active?: boolean;
        };
        CreateRedemptionOrderDto: {
            /**
             * Format: uuid
             * @description The goods; give this or `goodsCode`.
             * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
             */
            goodsId?: string;
            /**
             * @description The goods by shelf code; give this or `goodsId`.
             * @example ST-GIFT-01
             */
            goodsCode?: string;
            /**
             * Format: uuid
             * @description Staff: the resident (or `residentIdNumber`). A resident ordering for themselves gives neither.
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId?: string;
            /** @example 340800195903150013 */
            residentIdNumber?: string;
            /**
             * @default 1
             * @example 1
             */
            quantity: number;
        };
        RedemptionOrderDto: {
            /**
             * Format: uuid
             * @example 4f6a8b0c-2d4e-4f60-8a1b-3c5d7e9f0a2b
             */
            id: string;
            /**
             * Format: uuid
             * @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
             */
            goodsId: string;
            /** @example 爱心礼包 */
            goodsName: string;
            /** @example shengtang */
            communityCode: string;
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId: string;
            /**
             * Format: uuid
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId: string;
            /** @example 1 */
            quantity: number;
            /** @example 60 */
            points: number;
            /**
             * @example completed
             * @enum {string}
             */
            status: "completed" | "cancelled";
            /**
             * Format: uuid
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            ledgerEntryId: string;
            /**
             * Format: uuid
             * @example null
             */
            reversalEntryId?: Record<string, never> | null;
            /**
             * Format: date-time
             * @example 2026-10-08T02:15:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example null
             */
            cancelledAt?: string | null;
            /** @example null */
            cancelReason?: Record<string, never> | null;
        };
        RedemptionOrderPageDto: {
            items: components["schemas"]["RedemptionOrderDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CancelRedemptionOrderDto: {
            /** @example 居民申请退还，商品未领取 */
            reason: string;
        };
        CommunityRedemptionStatisticsDto: {
            /** @example shengtang */
            communityCode: string;
            /** @example 盛塘 */
            communityName: string;
            /**
             * @description Residents who had redeemed before the platform recorded orders, as the community reported.
             * @example 49
             */
            reportedRedeemingResidents?: number | null;
            /**
             * @description Distinct residents with at least one completed order on the platform.
             * @example 1
             */
            recordedRedeemingResidents: number;
            /**
             * @description Completed orders on the platform.
             * @example 1
             */
            completedOrders: number;
            /** @example 0 */
            cancelledOrders: number;
            /**
             * @description Items handed out (completed orders).
             * @example 1
             */
            itemsRedeemed: number;
            /**
             * @description Points spent (completed orders).
             * @example 60
             */
            pointsRedeemed: number;
        };
        RedemptionStatisticsDto: {
            communities: components["schemas"]["CommunityRedemptionStatisticsDto"][];
        };
        CreateMerchantDto: {
            /** @example LB-CAR-01 */
            code: string;
            /**
             * @description The community that signed the merchant, or the sub-district code when it signed for all its communities.
             * @example lingbei
             */
            unitCode: string;
            /** @example 共建汽车维修店 */
            name: string;
            /**
             * @example transport
             * @enum {string}
             */
            sector: "transport" | "medical" | "elderly-care" | "property-management" | "catering" | "retail" | "education" | "culture" | "services";
            /**
             * @description Date of signing and plaquing (签约授牌).
             * @example 2026-03-01
             */
            signedOn: string;
            /**
             * @description Token subject of the merchant's account, which may then verify cards and record uses.
             * @example merchant-car-01
             */
            accountId?: string;
        };
        MerchantDto: {
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d
             */
            id: string;
            /** @example LB-CAR-01 */
            code: string;
            /** @example lingbei */
            unitCode: string;
            /** @example 共建汽车维修店 */
            name: string;
            /**
             * @example transport
             * @enum {string}
             */
            sector: "transport" | "medical" | "elderly-care" | "property-management" | "catering" | "retail" | "education" | "culture" | "services";
            /** @example 2026-03-01 */
            signedOn: string;
        };
        MerchantPageDto: {
            items: components["schemas"]["MerchantDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateBenefitDto: {
            /** @example LB-CAR-01-SERVICE */
            code: string;
            /**
             * @description Code of the merchant offering it.
             * @example LB-CAR-01
             */
            merchantCode: string;
            /** @example 汽车保养八折 */
            title: string;
            /** @example AA级及以上信用户凭信用服务等级卡和积分，汽车保养享受八折优惠 */
            description: string;
            /**
             * @description Lowest household rating that qualifies.
             * @example AA
             * @enum {string}
             */
            minimumLevel: "A" | "AA" | "AAA";
            /**
             * @description Uses before the platform recorded them, as reported; statistics show it beside recorded uses.
             * @example 117
             */
            reportedUses?: number;
        };
        BenefitDto: {
            /**
             * Format: uuid
             * @example 3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d
             */
            id: string;
            /** @example LB-CAR-01-SERVICE */
            code: string;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d
             */
            merchantId: string;
            /** @example 共建汽车维修店 */
            merchantName: string;
            /** @example lingbei */
            unitCode: string;
            /** @example 汽车保养八折 */
            title: string;
            /** @example AA级及以上信用户凭信用服务等级卡和积分，汽车保养享受八折优惠 */
            description: string;
            /**
             * @example AA
             * @enum {string}
             */
            minimumLevel: "A" | "AA" | "AAA";
            /** @example true */
            active: boolean;
        };
        BenefitPageDto: {
            items: components["schemas"]["BenefitDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CardPresentationDto: {
            /**
             * Format: uuid
             * @example 3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d
             */
            benefitId: string;
            /**
             * @description The card number; give this or `qrPayload`.
             * @example XY-4827-1934-5561
             */
            cardNumber?: string;
            /**
             * @description The scanned QR code; give this or `cardNumber`.
             * @example XYK1.eyJjIjoiWFktNDgyNy0xOTM0LTU1NjEiLCJlIjoxNzc2NTAzODAwfQ.q3Jw0m2c7f0VbW1Zq0a8Y3nKx9tQe5Rr2sLh4uPj6Io
             */
            qrPayload?: string;
        };
        CardVerificationDto: {
            /**
             * Format: uuid
             * @example 3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d
             */
            benefitId: string;
            /**
             * @description Whether the card's household qualifies for the benefit now. Nothing else about the household is revealed.
             * @example true
             */
            qualifies: boolean;
            /**
             * Format: date-time
             * @example 2026-04-18T09:31:02.000Z
             */
            checkedAt: string;
        };
        BenefitUseDto: {
            /**
             * Format: uuid
             * @example 4d5e6f70-8192-4a0b-9c1d-3e4f5a6b7c8d
             */
            id: string;
            /**
             * Format: uuid
             * @example 3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d
             */
            benefitId: string;
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d
             */
            merchantId: string;
            /**
             * Format: uuid
             * @description Shown to credit staff only, never to merchants.
             * @example 0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4
             */
            householdId?: string;
            /**
             * @description Shown to credit staff only.
             * @example shengtang
             */
            communityCode?: string;
            /**
             * Format: date-time
             * @example 2026-04-18T09:31:02.000Z
             */
            usedAt: string;
        };
        BenefitUsePageDto: {
            items: components["schemas"]["BenefitUseDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        BenefitStatisticsItemDto: {
            /**
             * Format: uuid
             * @example 3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d
             */
            benefitId: string;
            /** @example 物业费减免 */
            title: string;
            /** @example 古树物业 */
            merchantName: string;
            /**
             * @description Uses reported before the platform recorded them.
             * @example 117
             */
            reportedUses?: number | null;
            /**
             * @description Uses recorded on the platform.
             * @example 3
             */
            recordedUses: number;
            /**
             * @description Distinct households among the recorded uses.
             * @example 2
             */
            recordedHouseholds: number;
        };
        BenefitStatisticsDto: {
            benefits: components["schemas"]["BenefitStatisticsItemDto"][];
        };
        CreateAppealDto: {
            /**
             * Format: uuid
             * @description The deduction appealed against.
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            entryId: string;
            /** @example 当日本人不在社区，扣分有误 */
            reason: string;
        };
        AppealDto: {
            /**
             * Format: uuid
             * @example 9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f
             */
            id: string;
            /**
             * Format: uuid
             * @example 8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            entryId: string;
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            residentId: string;
            /** @example shengtang */
            communityCode: string;
            /** @example 当日本人不在社区，扣分有误 */
            reason: string;
            /** @example 2026-06-01 */
            filedOn: string;
            /**
             * @description Decision due by this business date (10 working days after filing, on the official calendar).
             * @example 2026-06-15
             */
            deadline: string;
            /** @example false */
            overdue: boolean;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "upheld" | "rejected";
            /** @example null */
            decisionReason?: Record<string, never> | null;
            /**
             * Format: date-time
             * @example null
             */
            decidedAt?: string | null;
            /**
             * Format: uuid
             * @description The reversal entry of an upheld appeal.
             * @example null
             */
            reversalEntryId?: Record<string, never> | null;
        };
        AppealPageDto: {
            items: components["schemas"]["AppealDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        DecideAppealDto: {
            /**
             * @description `upheld` reverses the deduction.
             * @example upheld
             * @enum {string}
             */
            outcome: "upheld" | "rejected";
            /** @example 经核实，当日记录有误，撤销扣分 */
            reason: string;
        };
        CalendarYearSummaryDto: {
            /** @example 2026 */
            year: number;
            /** @example 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04) */
            source?: string | null;
            /**
             * @description Days off listed.
             * @example 33
             */
            holidayCount: number;
            /**
             * @description Make-up working days listed.
             * @example 6
             */
            makeUpWorkdayCount: number;
            /**
             * Format: date-time
             * @description When the year was last set (for shipped data: when this service first stored it).
             * @example 2025-11-05T01:00:00.000Z
             */
            updatedAt: string;
        };
        CalendarYearListDto: {
            items: components["schemas"]["CalendarYearSummaryDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        FestivalNameDto: {
            /**
             * @description As the State Council notice writes it.
             * @example 国庆节
             */
            zh: string;
            /** @example National Day */
            en: string;
        };
        CalendarDayDto: {
            /**
             * Format: date
             * @description YYYY-MM-DD, in the year it is listed under.
             * @example 2026-10-01
             */
            date: string;
            festival: components["schemas"]["FestivalNameDto"];
        };
        CalendarYearDto: {
            /** @example 2026 */
            year: number;
            /**
             * @description Where the arrangement comes from, e.g. the notice's title and date.
             * @example 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
             */
            source?: string;
            /**
             * @description Days off (放假), weekend days inside a break included; at least one.
             * @example [
             *       {
             *         "date": "2026-10-01",
             *         "festival": {
             *           "zh": "国庆节",
             *           "en": "National Day"
             *         }
             *       }
             *     ]
             */
            holidays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description Saturdays and Sundays that are working days (调休上班).
             * @example [
             *       {
             *         "date": "2026-10-10",
             *         "festival": {
             *           "zh": "国庆节",
             *           "en": "National Day"
             *         }
             *       }
             *     ]
             */
            makeUpWorkdays: components["schemas"]["CalendarDayDto"][];
        };
        SetCalendarYearDto: {
            /**
             * @description Where the arrangement comes from, e.g. the notice's title and date.
             * @example 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)
             */
            source?: string;
            /**
             * @description Days off (放假), weekend days inside a break included; at least one.
             * @example [
             *       {
             *         "date": "2026-10-01",
             *         "festival": {
             *           "zh": "国庆节",
             *           "en": "National Day"
             *         }
             *       }
             *     ]
             */
            holidays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description Saturdays and Sundays that are working days (调休上班).
             * @example [
             *       {
             *         "date": "2026-10-10",
             *         "festival": {
             *           "zh": "国庆节",
             *           "en": "National Day"
             *         }
             *       }
             *     ]
             */
            makeUpWorkdays: components["schemas"]["CalendarDayDto"][];
            /**
             * @description May be omitted; when given it must equal the year in the path.
             * @example 2026
             */
            year?: number;
        };
        WorkingDayDueDto: {
            /**
             * Format: date
             * @example 2026-09-30
             */
            from: string;
            /** @example 1 */
            days: number;
            /**
             * Format: date
             * @description The `days`-th working day after `from`: here past the National Day break of 1–7 October.
             * @example 2026-10-08
             */
            due: string;
        };
        WorkingDaysBetweenDto: {
            /**
             * Format: date
             * @example 2026-09-30
             */
            from: string;
            /**
             * Format: date
             * @example 2026-10-10
             */
            to: string;
            /**
             * @description Working days after `from` up to and including `to` (here 8 and 9 October and the make-up Saturday 10 October); negative when `to` is before `from`.
             * @example 3
             */
            workingDays: number;
        };
        ProblemDetails: {
            /** @example urn:zone-gov:problem:validation-failed */
            type: string;
            /** @example Validation failed */
            title: string;
            /** @example 400 */
            status: number;
            /** @example 1 field failed validation */
            detail?: string;
            /** @example /api/v1/land/projects */
            instance?: string;
            /** @example 6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c */
            requestId?: string;
            /**
             * @example [
             *       {
             *         "field": "requestedAreaMu",
             *         "message": "requestedAreaMu must be a decimal string with at most 4 decimal places, e.g. \"382.54\""
             *       }
             *     ]
             */
            errors?: {
                field: string;
                message: string;
            }[];
        };
        CreateUnitDto: {
            /**
             * @description Stable public code: what the unit's QR code carries and what the `units` claim of its clerks names. Never changes.
             * @example shengtang
             */
            code: string;
            /** @example 盛塘社区 */
            name: string;
            /**
             * @description 村 (village), 社区 (community), or `zone` for zone-level disclosures.
             * @example community
             * @enum {string}
             */
            kind: "village" | "community" | "zone";
            /**
             * @description Town or sub-district (镇 / 办事处).
             * @example 菱北办事处
             */
            township?: string;
            /**
             * @description Marks demonstration records that are not real units.
             * @default false
             * @example false
             */
            demo: boolean;
        };
        UnitDto: {
            /** @example shengtang */
            code: string;
            /** @example 盛塘社区 */
            name: string;
            /**
             * @example community
             * @enum {string}
             */
            kind: "village" | "community" | "zone";
            /** @example 菱北办事处 */
            township: string | null;
            /** @example false */
            demo: boolean;
            /**
             * @description Where a scanned QR code leads: what is disclosed here.
             * @example /api/v1/supervision/units/shengtang/overview
             */
            overviewPath: string;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        UnitPageDto: {
            items: components["schemas"]["UnitDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        OverviewItemDto: {
            /** @example L-02 */
            itemCode: string;
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            itemName: string;
            /** @example monthly */
            disclosureFrequency: string;
            /**
             * @description Published disclosures of this item at this unit.
             * @example 3
             */
            publishedCount: number;
            /**
             * @description Latest published period.
             * @example 2026-04
             */
            latestPeriod: string | null;
            /**
             * Format: date-time
             * @example 2026-05-08T01:00:00.000Z
             */
            latestPublishedAt: string | null;
        };
        UnitOverviewPageDto: {
            items: components["schemas"]["OverviewItemDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
            unit: components["schemas"]["UnitDto"];
        };
        CreateSupervisionItemDto: {
            /**
             * @description Item code, unique; upper-case letters and digits in dash-separated groups.
             * @example L-02
             */
            code: string;
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            name: string;
            /**
             * @description Responsible body (责任主体).
             * @example 经开区社会事业局
             */
            responsibleBody: string;
            /**
             * @description Supervising body (监督机构).
             * @example 经开区纪监工委
             */
            supervisingBody: string;
            /**
             * @description How the power runs, step by step (权力运行流程).
             * @example 监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放
             */
            process: string;
            /**
             * @description Policy basis (政策依据).
             * @example 《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)
             */
            policyBasis: string;
            /**
             * @description `basic-catalogue` (基本监督事项清单) or `local` (the zone's own items).
             * @example local
             * @enum {string}
             */
            origin: "basic-catalogue" | "local";
            /**
             * @example subsidies
             * @enum {string}
             */
            category: "collective-assets" | "social-security-funds" | "land" | "subsidies" | "business-environment" | "other";
            /**
             * @description Required disclosure frequency (公示频次).
             * @example monthly
             * @enum {string}
             */
            disclosureFrequency: "monthly" | "quarterly" | "semiannual" | "annual" | "per-event";
            /**
             * @description Working days after the period ends by which the disclosure is due.
             * @default 10
             * @example 10
             */
            dueWorkingDays: number;
            /**
             * @description For disclosures created from events: `review` makes a draft, `direct` publishes at once.
             * @default review
             * @example review
             * @enum {string}
             */
            publicationRule: "review" | "direct";
            /**
             * @description Event type whose occurrences become disclosures of this item; one active item per event type.
             * @example zone.land.batch-approved.v1
             * @enum {string}
             */
            sourceEvent?: "zone.land.batch-approved.v1";
            /**
             * @description True for a stand-in of an official basic-catalogue entry whose wording is still to be filled in.
             * @default false
             * @example false
             */
            placeholder: boolean;
        };
        SupervisionItemDto: {
            /**
             * Format: uuid
             * @example 8e2b6f1c-7d3a-4c95-b1e4-0a9f5d3c2e71
             */
            id: string;
            /** @example L-02 */
            code: string;
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            name: string;
            /** @example 经开区社会事业局 */
            responsibleBody: string;
            /** @example 经开区纪监工委 */
            supervisingBody: string;
            /** @example 监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放 */
            process: string;
            /** @example 《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号) */
            policyBasis: string;
            /**
             * @example local
             * @enum {string}
             */
            origin: "basic-catalogue" | "local";
            /**
             * @example subsidies
             * @enum {string}
             */
            category: "collective-assets" | "social-security-funds" | "land" | "subsidies" | "business-environment" | "other";
            /**
             * @example monthly
             * @enum {string}
             */
            disclosureFrequency: "monthly" | "quarterly" | "semiannual" | "annual" | "per-event";
            /** @example 10 */
            dueWorkingDays: number;
            /**
             * @example review
             * @enum {string}
             */
            publicationRule: "review" | "direct";
            /** @example null */
            sourceEvent: string | null;
            /** @example false */
            placeholder: boolean;
            /**
             * @description Incremented by every change; see the history.
             * @example 1
             */
            version: number;
            /**
             * Format: date-time
             * @example null
             */
            retiredAt: string | null;
            /** @example null */
            retiredReason: string | null;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        SupervisionItemPageDto: {
            items: components["schemas"]["SupervisionItemDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        UpdateSupervisionItemDto: {
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            name?: string;
            /**
             * @description Responsible body (责任主体).
             * @example 经开区社会事业局
             */
            responsibleBody?: string;
            /**
             * @description Supervising body (监督机构).
             * @example 经开区纪监工委
             */
            supervisingBody?: string;
            /**
             * @description How the power runs, step by step (权力运行流程).
             * @example 监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放
             */
            process?: string;
            /**
             * @description Policy basis (政策依据).
             * @example 《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)
             */
            policyBasis?: string;
            /**
             * @example subsidies
             * @enum {string}
             */
            category?: "collective-assets" | "social-security-funds" | "land" | "subsidies" | "business-environment" | "other";
            /**
             * @description Required disclosure frequency (公示频次).
             * @example monthly
             * @enum {string}
             */
            disclosureFrequency?: "monthly" | "quarterly" | "semiannual" | "annual" | "per-event";
            /**
             * @description Working days after the period ends by which the disclosure is due.
             * @default 10
             * @example 10
             */
            dueWorkingDays: number;
            /**
             * @description For disclosures created from events: `review` makes a draft, `direct` publishes at once.
             * @default review
             * @example review
             * @enum {string}
             */
            publicationRule: "review" | "direct";
            /**
             * @description True for a stand-in of an official basic-catalogue entry whose wording is still to be filled in.
             * @default false
             * @example false
             */
            placeholder: boolean;
            /**
             * @description Why the item changed; kept in its public history.
             * @example 依据2026年修订的基本监督事项清单更新政策依据
             */
            reason: string;
        };
        RetireSupervisionItemDto: {
            /** @example 并入新修订的基本监督事项清单第12项 */
            reason: string;
        };
        SupervisionItemChangeDto: {
            /** @example 2 */
            version: number;
            /**
             * @example updated
             * @enum {string}
             */
            change: "created" | "updated" | "retired";
            /** @example 依据2026年修订的基本监督事项清单更新政策依据 */
            reason: string | null;
            /** @description The item as it stood after this change. */
            snapshot: components["schemas"]["SupervisionItemDto"];
            /**
             * Format: date-time
             * @example 2026-03-02T02:00:00.000Z
             */
            changedAt: string;
        };
        SupervisionItemChangePageDto: {
            items: components["schemas"]["SupervisionItemChangeDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        DisclosureLineDto: {
            /** @example 2026年4月生活补贴发放总额 */
            label: string;
            /**
             * @description Exact decimal string: yuan to 2 places, mu to 4; never a number.
             * @example 3600.00
             */
            quantity: string;
            /**
             * @description `yuan` (元, 2 places) or `mu` (亩, 4 places).
             * @example yuan
             * @enum {string}
             */
            unit: "yuan" | "mu";
        };
        RecipientInputDto: {
            /**
             * @description Personal data: stored encrypted, shown masked (杨**) to the public.
             * @example 杨国华
             */
            name: string;
            /**
             * @description Resident ID number (check character verified); stored encrypted, shown masked (340811********1238) to the public.
             * @example 340811195901011238
             */
            idNumber?: string;
            /**
             * @description Amount paid, yuan, exact decimal string.
             * @example 1200.00
             */
            amount?: string;
            /** @example 事实无人抚养儿童 */
            note?: string;
        };
        AttachmentReferenceDto: {
            /** @example 发放花名册.pdf */
            name: string;
            /**
             * @description Where the document store keeps the file.
             * @example files/shengtang/2026-04/roster-7f3a.pdf
             */
            reference: string;
        };
        CreateDisclosureDto: {
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /** @example 本月共为3名儿童发放生活补贴，经村(社区)初审、办事处审核、社会事业局审批。 */
            summary: string;
            /** @description Amounts and areas; totals are computed exactly per unit of measure. */
            lines: components["schemas"]["DisclosureLineDto"][];
            /** @description Recipient list (花名册); empty when the item has none. */
            recipients: components["schemas"]["RecipientInputDto"][];
            attachments: components["schemas"]["AttachmentReferenceDto"][];
            /**
             * @description Public code of the unit; the clerk must hold it in the `units` claim.
             * @example shengtang
             */
            unitCode: string;
            /**
             * @description Code of an active supervision item.
             * @example L-02
             */
            itemCode: string;
            /**
             * @description Period in the item's frequency: 2026 (annual), 2026-H1, 2026-Q2, 2026-04 (monthly), or a date for per-event items.
             * @example 2026-04
             */
            period: string;
        };
        DisclosureTotalsDto: {
            /**
             * @description Sum of the yuan lines, exact.
             * @example 3600.00
             */
            yuan?: string;
            /**
             * @description Sum of the mu lines, exact.
             * @example 382.5400
             */
            mu?: string;
        };
        RecipientDto: {
            /**
             * @description Masked (surname only) unless the caller is a supervisor or a clerk of the unit.
             * @example 杨**
             */
            name: string;
            /**
             * @description Masked unless the caller is a supervisor or a clerk of the unit.
             * @example 340811********123X
             */
            idNumber: string | null;
            /** @example 1200.00 */
            amount: string | null;
            /** @example 事实无人抚养儿童 */
            note: string | null;
        };
        DisclosureVersionDto: {
            /** @example 1 */
            version: number;
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /** @example 本月共为3名儿童发放生活补贴。 */
            summary: string;
            lines: components["schemas"]["DisclosureLineDto"][];
            totals: components["schemas"]["DisclosureTotalsDto"];
            recipients: components["schemas"]["RecipientDto"][];
            attachments: components["schemas"]["AttachmentReferenceDto"][];
            /**
             * @description Why this version corrected the previous one.
             * @example null
             */
            correctionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-05-08T01:00:00.000Z
             */
            publishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-05-07T08:00:00.000Z
             */
            createdAt: string;
        };
        DisclosureDto: {
            /**
             * Format: uuid
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            id: string;
            /** @example shengtang */
            unitCode: string;
            /** @example L-02 */
            itemCode: string;
            /** @example 2026-04 */
            period: string;
            /**
             * @example published
             * @enum {string}
             */
            status: "draft" | "submitted" | "published";
            /** @example 1 */
            currentVersion: number;
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /**
             * Format: date-time
             * @example 2026-05-08T01:00:00.000Z
             */
            firstPublishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-05-07T08:00:00.000Z
             */
            createdAt: string;
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            itemName: string;
            /**
             * Format: date-time
             * @example 2026-05-08T01:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Whether recipients' personal data is masked in this response.
             * @example true
             */
            personalDataMasked: boolean;
            /** @description The current version. */
            content: components["schemas"]["DisclosureVersionDto"];
        };
        DisclosureListItemDto: {
            /**
             * Format: uuid
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            id: string;
            /** @example shengtang */
            unitCode: string;
            /** @example L-02 */
            itemCode: string;
            /** @example 2026-04 */
            period: string;
            /**
             * @example published
             * @enum {string}
             */
            status: "draft" | "submitted" | "published";
            /** @example 1 */
            currentVersion: number;
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /**
             * Format: date-time
             * @example 2026-05-08T01:00:00.000Z
             */
            firstPublishedAt: string | null;
            /**
             * Format: date-time
             * @example 2026-05-07T08:00:00.000Z
             */
            createdAt: string;
        };
        DisclosureListItemPageDto: {
            items: components["schemas"]["DisclosureListItemDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        DisclosureVersionPageDto: {
            items: components["schemas"]["DisclosureVersionDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        DisclosureContentDto: {
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /** @example 本月共为3名儿童发放生活补贴，经村(社区)初审、办事处审核、社会事业局审批。 */
            summary: string;
            /** @description Amounts and areas; totals are computed exactly per unit of measure. */
            lines: components["schemas"]["DisclosureLineDto"][];
            /** @description Recipient list (花名册); empty when the item has none. */
            recipients: components["schemas"]["RecipientInputDto"][];
            attachments: components["schemas"]["AttachmentReferenceDto"][];
        };
        ReturnDisclosureDto: {
            /** @example 花名册缺少身份证号，请补充后再提交 */
            note: string;
        };
        CorrectDisclosureDto: {
            /** @example 盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示 */
            title: string;
            /** @example 本月共为3名儿童发放生活补贴，经村(社区)初审、办事处审核、社会事业局审批。 */
            summary: string;
            /** @description Amounts and areas; totals are computed exactly per unit of measure. */
            lines: components["schemas"]["DisclosureLineDto"][];
            /** @description Recipient list (花名册); empty when the item has none. */
            recipients: components["schemas"]["RecipientInputDto"][];
            attachments: components["schemas"]["AttachmentReferenceDto"][];
            /**
             * @description Why the published version is corrected; public.
             * @example 补录漏报的一名儿童及其补贴金额
             */
            reason: string;
        };
        PeriodCompletenessDto: {
            /** @example 2026-04 */
            period: string;
            /** @example 2026-04-30 */
            periodEnd: string;
            /**
             * @description Due date in working days after the period end; null while the calendar lacks the year.
             * @example 2026-05-15
             */
            dueOn: string | null;
            /**
             * @description on-time / late (published after the due date) / missing (unpublished past it) / open (period over, not yet due) / not-started / calendar-missing.
             * @example late
             * @enum {string}
             */
            state: "on-time" | "late" | "missing" | "open" | "not-started" | "calendar-missing";
            /**
             * Format: uuid
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            disclosureId: string | null;
            /**
             * @description Day it was first published (Asia/Shanghai).
             * @example 2026-05-18
             */
            publishedOn: string | null;
            /**
             * @description Working days added to the due date by extensions.
             * @example 0
             */
            extendedByWorkingDays: number;
            /**
             * @description Reasons of the extensions granted.
             * @example []
             */
            extensionReasons: string[];
        };
        ItemCompletenessDto: {
            /** @example L-02 */
            itemCode: string;
            /** @example 孤儿和事实无人抚养儿童生活补贴 */
            itemName: string;
            /** @example monthly */
            disclosureFrequency: string;
            periods: components["schemas"]["PeriodCompletenessDto"][];
        };
        CompletenessCountsDto: {
            /** @example 3 */
            onTime: number;
            /** @example 1 */
            late: number;
            /** @example 2 */
            missing: number;
            /** @example 4 */
            open: number;
            /** @example 20 */
            notStarted: number;
            /** @example 0 */
            calendarMissing: number;
        };
        CompletenessPageDto: {
            items: components["schemas"]["ItemCompletenessDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
            /** @example shengtang */
            unitCode: string;
            /** @example 2026 */
            year: number;
            /** @example 2026-06-01 */
            asOf: string;
            /** @description Counts over every periodic item of the year, not just this page. */
            counts: components["schemas"]["CompletenessCountsDto"];
        };
        GrantDueExtensionDto: {
            /** @example L-02 */
            itemCode: string;
            /**
             * @description Period in the item's frequency.
             * @example 2026-04
             */
            period: string;
            /**
             * @description Working days added to the due date.
             * @example 5
             */
            workingDays: number;
            /**
             * @description Public reason.
             * @example 受汛期抢险影响，延期公示
             */
            reason: string;
        };
        DueExtensionDto: {
            /**
             * Format: uuid
             * @example 5e3c1a9b-7d2f-4b6e-8a0c-3f1d5b7e9a21
             */
            id: string;
            /** @example shengtang */
            unitCode: string;
            /** @example L-02 */
            itemCode: string;
            /** @example 2026-04 */
            period: string;
            /** @example 5 */
            workingDays: number;
            /** @example 受汛期抢险影响，延期公示 */
            reason: string;
            /**
             * Format: date-time
             * @example 2026-05-06T02:00:00.000Z
             */
            grantedAt: string;
        };
        DueExtensionPageDto: {
            items: components["schemas"]["DueExtensionDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ComplaintContactDto: {
            /**
             * @description Stored encrypted; only the handling department sees it.
             * @example 王先生
             */
            name: string;
            /**
             * @description Mainland mobile number; stored encrypted, masked for everyone but the handling department.
             * @example 13955612345
             */
            phone: string;
        };
        FileComplaintDto: {
            /**
             * @description business-environment (营商环境), disclosure (about a published record), village-affairs, other.
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
            /**
             * @description Village/community the complaint is about.
             * @example shengtang
             */
            unitCode?: string;
            /**
             * Format: uuid
             * @description Published disclosure the complaint is about.
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            disclosureId?: string;
            /** @example 企业办理用电报装多次往返，希望说明办理时限。 */
            content: string;
            /**
             * @description Anonymous complaints carry no contact; follow them with the tracking code.
             * @example false
             */
            anonymous: boolean;
            /** @description Required unless anonymous; refused when anonymous. */
            contact?: components["schemas"]["ComplaintContactDto"];
        };
        FiledComplaintDto: {
            /**
             * @description Keep it: the only way to follow an anonymous complaint.
             * @example TS-7K3M9Q2XPA4R
             */
            trackingCode: string;
            /**
             * @example received
             * @enum {string}
             */
            status: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            /**
             * Format: date-time
             * @example 2026-04-20T02:15:00.000Z
             */
            filedAt: string;
            /**
             * @description The department must accept it by this day (working days).
             * @example 2026-04-23
             */
            acceptDueOn: string;
            /** @example /api/v1/supervision/complaints/tracking/TS-7K3M9Q2XPA4R */
            trackingPath: string;
        };
        ComplaintStepDto: {
            /**
             * @example status
             * @enum {string}
             */
            kind: "status" | "extension" | "routing";
            /**
             * @description Status after the step.
             * @example accepted
             * @enum {string}
             */
            status: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            /** @example 已受理 */
            note: string | null;
            /**
             * @description Who acted: the department (never a person), or `complainant`.
             * @example business-environment-office
             */
            actor: string;
            /**
             * Format: date-time
             * @example 2026-04-21T01:00:00.000Z
             */
            at: string;
            /**
             * @description Deadline of the step this one opened.
             * @example 2026-04-23
             */
            dueOn: string | null;
        };
        ComplaintTrackingDto: {
            /** @example TS-7K3M9Q2XPA4R */
            trackingCode: string;
            /**
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
            /**
             * @example answered
             * @enum {string}
             */
            status: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            /** @example 2026-05-13 */
            stepDueOn: string | null;
            /** @example true */
            overdue: boolean;
            /** @example 经核实，已协调供电部门完成报装。 */
            answer: string | null;
            /**
             * @example resolved
             * @enum {string|null}
             */
            outcome: "resolved" | "explained" | "not-our-responsibility" | null;
            /** @example null */
            responsibleBody: string | null;
            /** @example null */
            rejectionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-04-20T02:15:00.000Z
             */
            filedAt: string;
            steps: components["schemas"]["ComplaintStepDto"][];
        };
        UnitCategoryStatisticsDto: {
            /**
             * @description null when suppressed (fewer than 3 publicly).
             * @example 8
             */
            received: number | null;
            /** @example 5 */
            closed: number | null;
            /** @example 0 */
            rejected: number | null;
            /**
             * @description Still being handled.
             * @example 3
             */
            open: number | null;
            /**
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
            /**
             * @description null for complaints about no particular unit.
             * @example shengtang
             */
            unitCode: string | null;
        };
        CategoryStatisticsDto: {
            /**
             * @description null when suppressed (fewer than 3 publicly).
             * @example 8
             */
            received: number | null;
            /** @example 5 */
            closed: number | null;
            /** @example 0 */
            rejected: number | null;
            /**
             * @description Still being handled.
             * @example 3
             */
            open: number | null;
            /**
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
        };
        ComplaintStatisticsPageDto: {
            items: components["schemas"]["UnitCategoryStatisticsDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
            /** @example 2026 */
            year: number | null;
            /**
             * @description Whether counts below the threshold are suppressed in this response.
             * @example true
             */
            suppressed: boolean;
            /** @example 3 */
            threshold: number;
            /** @description Zone-wide totals per category (e.g. 营商环境: 8 received, 5 closed). */
            byCategory: components["schemas"]["CategoryStatisticsDto"][];
        };
        ComplaintContactViewDto: {
            /** @example 王** */
            name: string;
            /** @example 139****2345 */
            phone: string;
            /**
             * @description Masked unless the caller handles the complaint for its department.
             * @example true
             */
            masked: boolean;
        };
        ComplaintDto: {
            /** @example TS-7K3M9Q2XPA4R */
            trackingCode: string;
            /**
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
            /**
             * @example answered
             * @enum {string}
             */
            status: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            /** @example 2026-05-13 */
            stepDueOn: string | null;
            /** @example true */
            overdue: boolean;
            /** @example 经核实，已协调供电部门完成报装。 */
            answer: string | null;
            /**
             * @example resolved
             * @enum {string|null}
             */
            outcome: "resolved" | "explained" | "not-our-responsibility" | null;
            /** @example null */
            responsibleBody: string | null;
            /** @example null */
            rejectionReason: string | null;
            /**
             * Format: date-time
             * @example 2026-04-20T02:15:00.000Z
             */
            filedAt: string;
            steps: components["schemas"]["ComplaintStepDto"][];
            /**
             * Format: uuid
             * @example 6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60
             */
            id: string;
            /** @example null */
            unitCode: string | null;
            /**
             * Format: uuid
             * @example null
             */
            disclosureId: string | null;
            /** @example business-environment-office */
            department: string;
            /** @example 企业办理用电报装多次往返，希望说明办理时限。 */
            content: string;
            /** @example false */
            anonymous: boolean;
            /**
             * @example platform
             * @enum {string}
             */
            channel: "platform" | "hotline" | "letter" | "visit" | "other";
            contact: components["schemas"]["ComplaintContactViewDto"] | null;
        };
        ComplaintPageDto: {
            items: components["schemas"]["ComplaintDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        StepNoteDto: {
            /** @example 已受理，转营商环境办核实 */
            note?: string;
        };
        AnswerComplaintDto: {
            /** @example 已受理，转营商环境办核实 */
            note?: string;
            /**
             * @description The answer the complainant reads with the tracking code.
             * @example 经核实，已协调供电部门在3个工作日内完成报装。
             */
            answer: string;
            /**
             * @description `not-our-responsibility` must name the responsible body.
             * @example resolved
             * @enum {string}
             */
            outcome: "resolved" | "explained" | "not-our-responsibility";
            /**
             * @description The body that is responsible; required with outcome `not-our-responsibility`.
             * @example 国网安庆供电公司
             */
            responsibleBody?: string;
        };
        RejectComplaintDto: {
            /** @example 与编号 TS-… 的投诉重复，已合并办理 */
            reason: string;
        };
        ExtendComplaintDto: {
            /**
             * @description Working days added to the open step's deadline.
             * @example 5
             */
            workingDays: number;
            /**
             * @description Recorded in the public step log.
             * @example 需会同区住建局现场核查
             */
            reason: string;
        };
        RouteComplaintDto: {
            /**
             * @description Department code, as in complaint handlers' `units` claim.
             * @example business-environment-office
             */
            department: string;
            /** @example 属营商环境事项，转营商环境办 */
            note: string;
        };
        RecordComplaintDto: {
            /**
             * @example business-environment
             * @enum {string}
             */
            category: "business-environment" | "disclosure" | "village-affairs" | "other";
            /** @example shengtang */
            unitCode?: string;
            /** @example 企业反映用电报装办理时间较长 */
            content: string;
            /**
             * @description Channel it came in through (热线 / 来信 / 来访 / 其他).
             * @example hotline
             * @enum {string}
             */
            channel: "hotline" | "letter" | "visit" | "other";
            /**
             * @description Day it was received (Asia/Shanghai); step deadlines count from it.
             * @example 2026-03-02
             */
            receivedOn: string;
            /**
             * @description Day it was closed (办结), when it already was.
             * @example 2026-03-20
             */
            closedOn?: string;
            /**
             * @description Required with closedOn: the answer that closed it.
             * @example 已协调供电部门完成报装并答复企业。
             */
            answer?: string;
        };
        DrawSpotCheckDto: {
            /**
             * @description Seed of the draw: the same seed over the same published records gives the same sample, so anyone can check it.
             * @example 2026年第二季度抽查-纪监工委
             */
            seed: string;
            /** @example 5 */
            sampleSize: number;
            /**
             * @description Only records of this unit.
             * @example shengtang
             */
            unitCode?: string;
            /**
             * @description Only records of this item.
             * @example L-02
             */
            itemCode?: string;
            /**
             * @description Only records of this period.
             * @example 2026-04
             */
            period?: string;
        };
        SampledDisclosureDto: {
            /** @example 1 */
            position: number;
            /**
             * Format: uuid
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            disclosureId: string;
            /**
             * @description Version checked.
             * @example 1
             */
            disclosureVersion: number;
        };
        SpotCheckDto: {
            /**
             * Format: uuid
             * @example 9c4e1a7b-3d2f-4e8a-b6c1-7f0d2e5a8b93
             */
            id: string;
            /** @example 2026年第二季度抽查-纪监工委 */
            seed: string;
            /** @example shengtang */
            unitCode: string | null;
            /** @example null */
            itemCode: string | null;
            /** @example null */
            period: string | null;
            /** @example 5 */
            requestedSize: number;
            /**
             * @description Published records the sample was drawn from.
             * @example 37
             */
            populationSize: number;
            /**
             * @description SHA-256 over the population ids in id order.
             * @example 5f2b…
             */
            populationDigest: string;
            /**
             * Format: date-time
             * @example 2026-05-08T07:00:00.000Z
             */
            drawnAt: string;
            sample: components["schemas"]["SampledDisclosureDto"][];
        };
        SpotCheckPageDto: {
            items: components["schemas"]["SpotCheckDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        SpotCheckVerificationDto: {
            /**
             * @description Redrawing with the stored seed over the records published by drawing time gives the stored sample.
             * @example true
             */
            reproducible: boolean;
            /** @example true */
            populationMatches: boolean;
            /**
             * @example [
             *       "2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13"
             *     ]
             */
            redrawn: string[];
        };
        RaiseFindingDto: {
            /**
             * Format: uuid
             * @description A disclosure in this spot check's sample.
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            disclosureId: string;
            /**
             * @description omission (遗漏、少报), late, format or content not meeting requirements.
             * @example omission
             * @enum {string}
             */
            kind: "omission" | "late" | "format" | "content";
            /** @example 花名册漏报1名儿童 */
            description: string;
            /**
             * @description Working days the unit has to rectify.
             * @default 5
             * @example 5
             */
            rectificationWorkingDays: number;
        };
        RectificationStepDto: {
            /**
             * @example status
             * @enum {string}
             */
            kind: "status" | "extension";
            /**
             * @example submitted
             * @enum {string}
             */
            status: "ordered" | "submitted" | "accepted" | "returned";
            /** @example 已发布更正版本 */
            note: string | null;
            /**
             * Format: date-time
             * @example 2026-05-12T03:00:00.000Z
             */
            at: string;
            /** @example 2026-05-15 */
            dueOn: string | null;
        };
        FindingDto: {
            /**
             * Format: uuid
             * @example 1e7b2c4d-9f3a-4b6e-8d1c-5a2f7e9b3c40
             */
            id: string;
            /**
             * Format: uuid
             * @example 9c4e1a7b-3d2f-4e8a-b6c1-7f0d2e5a8b93
             */
            spotCheckId: string;
            /**
             * Format: uuid
             * @example 2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13
             */
            disclosureId: string;
            /** @example shengtang */
            unitCode: string;
            /**
             * @example omission
             * @enum {string}
             */
            kind: "omission" | "late" | "format" | "content";
            /** @example 花名册漏报1名儿童 */
            description: string;
            /**
             * @example ordered
             * @enum {string}
             */
            status: "ordered" | "submitted" | "accepted" | "returned";
            /**
             * @description Rectification deadline (working days, Asia/Shanghai).
             * @example 2026-05-15
             */
            dueOn: string;
            /** @example false */
            overdue: boolean;
            /**
             * Format: date-time
             * @example 2026-05-08T07:00:00.000Z
             */
            raisedAt: string;
            steps: components["schemas"]["RectificationStepDto"][];
        };
        FindingPageDto: {
            items: components["schemas"]["FindingDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ExtendRectificationDto: {
            /**
             * @description Working days added to the deadline.
             * @example 5
             */
            workingDays: number;
            /**
             * @description Why; kept in the step log.
             * @example 需等待上级部门复核数据
             */
            reason: string;
        };
        RectificationNoteDto: {
            /** @example 已发布更正版本（第2版），补录漏报儿童 */
            note: string;
        };
        ReturnRectificationDto: {
            /** @example 已发布更正版本（第2版），补录漏报儿童 */
            note: string;
            /**
             * @description Working days for the new attempt.
             * @default 3
             * @example 3
             */
            workingDays: number;
        };
        CreateBusinessPolicyDto: {
            /** @example 经开区双招双引人才安居补贴 */
            title: string;
            /**
             * @description 招商引资 (investment-attraction), 招才引智 (talent-attraction) or other.
             * @example talent-attraction
             * @enum {string}
             */
            kind: "investment-attraction" | "talent-attraction" | "other";
            /** @example 对新引进的高层次人才给予安居补贴。 */
            summary: string;
            /** @example 在经开区企业就业并缴纳社保的新引进人才。 */
            eligibility: string;
            /**
             * @description How to apply (申报指南).
             * @example 企业汇总申报 → 人社部门审核 → 公示 → 拨付
             */
            howToApply: string;
            /**
             * @description Department that takes applications.
             * @example 经开区营商环境办
             */
            department: string;
            /** @example 以正式印发文件为准 */
            policyBasis: string;
            /**
             * @description Marks demonstration entries.
             * @default false
             * @example false
             */
            demo: boolean;
        };
        BusinessPolicyDto: {
            /**
             * Format: uuid
             * @example 4d2e6f8a-1b3c-4e5d-9f7a-2c4e6a8b0d13
             */
            id: string;
            /** @example 经开区双招双引人才安居补贴 */
            title: string;
            /**
             * @example talent-attraction
             * @enum {string}
             */
            kind: "investment-attraction" | "talent-attraction" | "other";
            /** @example 对新引进的高层次人才给予安居补贴。 */
            summary: string;
            /** @example 在经开区企业就业并缴纳社保的新引进人才。 */
            eligibility: string;
            /** @example 企业汇总申报 → 人社部门审核 → 公示 → 拨付 */
            howToApply: string;
            /** @example 经开区营商环境办 */
            department: string;
            /** @example 以正式印发文件为准 */
            policyBasis: string;
            /** @example false */
            demo: boolean;
            /**
             * @description Payouts recorded under the policy.
             * @example 12
             */
            payoutCount: number;
            /**
             * @description Exact total paid, yuan.
             * @example 360000.00
             */
            payoutTotal: string;
            /**
             * Format: date-time
             * @example 2026-03-01T01:00:00.000Z
             */
            publishedAt: string;
        };
        BusinessPolicyPageDto: {
            items: components["schemas"]["BusinessPolicyDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        RecordPayoutDto: {
            /**
             * @example enterprise
             * @enum {string}
             */
            recipientKind: "enterprise" | "individual";
            /**
             * @description Required for enterprises; public.
             * @example 安庆某新能源科技有限公司
             */
            enterpriseName?: string;
            /**
             * @description Required for individuals; stored encrypted, shown masked (李*).
             * @example 李明
             */
            personName?: string;
            /**
             * @description Yuan, exact decimal string.
             * @example 30000.00
             */
            amount: string;
            /**
             * @description Date paid (Asia/Shanghai).
             * @example 2026-04-15
             */
            paidOn: string;
            /**
             * @description Payment reference, unique per policy: a retried record is refused, not doubled.
             * @example 经开财拨〔2026〕15号-03
             */
            reference: string;
            /** @example 首批兑现 */
            note?: string;
        };
        PayoutDto: {
            /**
             * Format: uuid
             * @example 7b1d3f5a-9c2e-4a6b-8d0f-1e3a5c7b9d24
             */
            id: string;
            /**
             * @example enterprise
             * @enum {string}
             */
            recipientKind: "enterprise" | "individual";
            /**
             * @description Enterprise name, or the person's name masked for anyone but the column's administrators.
             * @example 安庆某新能源科技有限公司
             */
            recipient: string;
            /** @example 30000.00 */
            amount: string;
            /** @example 2026-04-15 */
            paidOn: string;
            /** @example 经开财拨〔2026〕15号-03 */
            reference: string;
            /** @example 首批兑现 */
            note: string | null;
        };
        PayoutPageDto: {
            items: components["schemas"]["PayoutDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        LandProjectDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /** @example 安庆长风港二期 */
            name: string;
            /**
             * @description As the land service names it, e.g. provincial-key (省重点项目).
             * @example provincial-key
             */
            category: string;
            /**
             * @description Requested area in mu (亩), exact, 4 decimal places; never a number.
             * @example 382.5400
             */
            requestedAreaMu: string;
            /**
             * Format: date-time
             * @description When the land service registered the project.
             * @example 2026-01-27T01:00:00.000Z
             */
            registeredAt: string;
            /**
             * @description Id of the last event applied, for tracing back to the land service.
             * @example 7c4f0e2a-9b1d-4e6f-8a3c-5d2b1e0f9a87
             */
            lastEventId: string;
            /**
             * Format: date-time
             * @description When this service applied that event.
             * @example 2026-01-27T01:00:02.000Z
             */
            receivedAt: string;
        };
        LandProjectPageDto: {
            items: components["schemas"]["LandProjectDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateProjectDto: {
            /**
             * Format: uuid
             * @description Id chosen by the caller, e.g. when importing projects from another system; generated when absent. An id already in use answers 409.
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            id?: string;
            /**
             * @description Project name.
             * @example 安庆长风港二期
             */
            name: string;
            /**
             * @description e.g. provincial key project (省重点项目).
             * @example provincial-key
             * @enum {string}
             */
            category: "provincial-key" | "municipal-key" | "zone-key" | "ordinary";
            /**
             * @description Requested area in mu (亩), a decimal string with at most 4 places; never a number.
             * @example 382.54
             */
            requestedAreaMu: string;
            /** @example Two 5,000-tonne berths, container yard and customs facilities. */
            purpose?: string;
            /**
             * @description The enterprise or body the land is for (项目业主).
             * @example 安庆港华港口有限公司
             */
            owner?: string;
            /**
             * Format: date
             * @description Day the approval work started (启动); with targetDate, sets the schedule at registration.
             * @example 2026-01-27
             */
            startedOn?: string;
            /**
             * Format: date
             * @description Internal target (内部目标); needs startedOn. Milestones are planned backwards from it.
             * @example 2026-04-27
             */
            targetDate?: string;
            /**
             * Format: date
             * @description Legal deadline, kept apart from the internal target.
             * @example 2026-07-31
             */
            legalDeadline?: string;
        };
        ResponsibleLeaderDto: {
            /**
             * @description The leader's user id (token subject).
             * @example leader-wang
             */
            userId: string;
            /** @example 王主任 */
            name: string;
            /** @example 经开区管委会副主任 */
            position: string;
        };
        TaskForceMemberDto: {
            /**
             * @description The member's user id (token subject); it lets them edit this project.
             * @example tf-li
             */
            userId: string;
            /** @example 李工 */
            name: string;
            /**
             * @description Department the member comes from.
             * @example 自然资源和规划分局
             */
            department: string;
            /**
             * @example lead
             * @enum {string}
             */
            role: "lead" | "deputy" | "member" | "liaison";
        };
        TaskForceDto: {
            /** @example 长风港二期用地报批工作专班 */
            name: string;
            members: components["schemas"]["TaskForceMemberDto"][];
        };
        ProjectDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            id: string;
            /** @example 安庆长风港二期 */
            name: string;
            /**
             * @example provincial-key
             * @enum {string}
             */
            category: "provincial-key" | "municipal-key" | "zone-key" | "ordinary";
            /**
             * @description Requested area in mu, exact, 4 decimal places.
             * @example 382.5400
             */
            requestedAreaMu: string;
            /** @example Two 5,000-tonne berths, container yard and customs facilities. */
            purpose?: string | null;
            /** @example 安庆港华港口有限公司 */
            owner?: string | null;
            /** @description 包保领导; null until assigned. */
            responsibleLeader?: components["schemas"]["ResponsibleLeaderDto"] | null;
            /** @description 工作专班; null until assigned. */
            taskForce?: components["schemas"]["TaskForceDto"] | null;
            /**
             * Format: date-time
             * @example 2026-01-27T01:00:00.000Z
             */
            createdAt: string;
        };
        ProjectPageDto: {
            items: components["schemas"]["ProjectDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        AssignmentDto: {
            /** @description 包保领导 */
            responsibleLeader: components["schemas"]["ResponsibleLeaderDto"];
            /** @description 工作专班 */
            taskForce: components["schemas"]["TaskForceDto"];
        };
        PreWorkStepDto: {
            /**
             * @description 调查 survey, 评估 assessment, 公告 announcement, 听证 hearing, 登记 registration, 协议 agreement.
             * @example announcement
             * @enum {string}
             */
            step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            /** @example 3 */
            position: number;
            /**
             * @example in-progress
             * @enum {string}
             */
            status: "pending" | "in-progress" | "completed";
            /** @example 李工 */
            responsiblePerson?: string | null;
            /**
             * Format: date
             * @description From the schedule planned backwards from the target.
             * @example 2026-02-08
             */
            plannedStart?: string | null;
            /**
             * Format: date
             * @example 2026-03-09
             */
            plannedEnd?: string | null;
            /**
             * Format: date
             * @example 2026-02-09
             */
            startedOn?: string | null;
            /**
             * Format: date
             * @example null
             */
            completedOn?: string | null;
            /**
             * @description Announcement only: notice period in calendar days.
             * @example 30
             */
            noticePeriodDays?: number | null;
            /**
             * Format: date
             * @description Announcement only: last day of the notice period.
             * @example 2026-03-10
             */
            noticeEndsOn?: string | null;
            /**
             * @description Documents attached as evidence.
             * @example 1
             */
            evidenceCount: number;
        };
        PreWorkDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /**
             * @description First step not completed; null once all six are.
             * @example announcement
             * @enum {string|null}
             */
            currentStep?: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement" | null;
            /**
             * @description All six steps completed: the file may be assembled (组卷).
             * @example false
             */
            complete: boolean;
            /**
             * Format: date
             * @description First day the hearing may start (the day after the notice period).
             * @example 2026-03-11
             */
            earliestHearingStart?: string | null;
            steps: components["schemas"]["PreWorkStepDto"][];
        };
        UpdateStepDto: {
            /**
             * @description Person responsible for the step.
             * @example 李工
             */
            responsiblePerson: string;
        };
        StartStepDto: {
            /**
             * Format: date
             * @description Day the step started (Asia/Shanghai); not in the future.
             * @example 2026-02-09
             */
            startedOn: string;
            /**
             * @description Person responsible for the step.
             * @example 李工
             */
            responsiblePerson?: string;
            /**
             * @description Announcement only, and required there: the public notice period (公告期) in calendar days, the publication day counting as day one.
             * @example 30
             */
            noticePeriodDays?: number;
        };
        CompleteStepDto: {
            /**
             * Format: date
             * @description Day the step was completed (Asia/Shanghai); not in the future.
             * @example 2026-03-10
             */
            completedOn: string;
        };
        AttachDocumentDto: {
            /** @example 征收土地预公告 */
            title: string;
            /** @example 宜经开征告〔2026〕3号 */
            documentNumber?: string;
            /**
             * @description Where the document is kept (archive reference or URL).
             * @example dms://land/2026/changfeng-ii/announcement-3.pdf
             */
            reference: string;
        };
        StepDocumentDto: {
            /**
             * Format: uuid
             * @example 5d8f0c1e-8a7b-4f3e-9c1d-2b3a4c5d6e7f
             */
            id: string;
            /**
             * @example announcement
             * @enum {string}
             */
            step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            /** @example 征收土地预公告 */
            title: string;
            /** @example 宜经开征告〔2026〕3号 */
            documentNumber?: string | null;
            /** @example dms://land/2026/changfeng-ii/announcement-3.pdf */
            reference: string;
            /**
             * Format: date-time
             * @example 2026-02-09T02:00:00.000Z
             */
            attachedAt: string;
        };
        StepDocumentPageDto: {
            items: components["schemas"]["StepDocumentDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ParcelInputDto: {
            /**
             * Format: uuid
             * @description The project the parcel serves.
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /**
             * @description Parcel code (地块编号), unique within the batch.
             * @example CFG2-01
             */
            parcelCode: string;
            /**
             * @description Area in mu (亩), a decimal string with at most 4 places; never a number.
             * @example 382.54
             */
            areaMu: string;
            /** @example 港区码头及集装箱堆场用地 */
            description?: string;
        };
        CreateBatchDto: {
            /**
             * @description Batch name, unique.
             * @example 2026年第1批次城镇建设用地（长风港二期）
             */
            name: string;
            /**
             * Format: date
             * @description Day preparation began (Asia/Shanghai); today when absent.
             * @example 2026-02-02
             */
            openedOn?: string;
            /**
             * Format: date
             * @description Internal target for the approval (内部目标).
             * @example 2026-04-27
             */
            targetDate?: string;
            /**
             * Format: date
             * @description Statutory or external deadline, kept apart from the internal target.
             * @example 2026-06-30
             */
            legalDeadline?: string;
            /** @description Parcels to start with; more can be added while preparing. */
            parcels?: components["schemas"]["ParcelInputDto"][];
        };
        ParcelDto: {
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /** @example 安庆长风港二期 */
            projectName: string;
            /** @example CFG2-01 */
            parcelCode: string;
            /**
             * @description Mu (亩), exact, 4 decimal places.
             * @example 382.5400
             */
            areaMu: string;
            /** @example 港区码头及集装箱堆场用地 */
            description?: string | null;
        };
        StageTimeDto: {
            /**
             * @example submitted
             * @enum {string}
             */
            status: "preparing" | "file-assembled" | "submitted" | "supplement-requested" | "resubmitted" | "approved" | "rejected";
            /**
             * Format: date
             * @example 2026-03-27
             */
            enteredOn: string;
            /**
             * Format: date
             * @description Null while the batch is still in this stage.
             * @example 2026-04-02
             */
            leftOn?: string | null;
            /**
             * @description Working days spent (to today while open); null when the calendar lacks a year it spans.
             * @example 4
             */
            workingDays?: number | null;
            /** @example 补充耕地占补平衡指标落实证明 */
            note?: string | null;
        };
        BatchScheduleDto: {
            /**
             * Format: date
             * @example 2026-04-27
             */
            targetDate: string;
            /**
             * Format: date
             * @example 2026-06-30
             */
            legalDeadline?: string | null;
            /**
             * @example on-track
             * @enum {string}
             */
            status: "on-track" | "at-risk" | "overdue" | "completed" | "completed-late";
            /**
             * @description Working days since the batch opened (to its decision once decided).
             * @example 38
             */
            workingDaysElapsed: number;
            /**
             * @description Working days to the target; negative once passed.
             * @example 12
             */
            workingDaysLeft: number;
        };
        BatchDto: {
            /**
             * Format: uuid
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            id: string;
            /** @example 2026年第1批次城镇建设用地（长风港二期） */
            name: string;
            /**
             * @description `recorded`: approved before the platform and entered as history.
             * @example tracked
             * @enum {string}
             */
            origin: "tracked" | "recorded";
            /**
             * @example submitted
             * @enum {string}
             */
            status: "preparing" | "file-assembled" | "submitted" | "supplement-requested" | "resubmitted" | "approved" | "rejected";
            /**
             * Format: date
             * @example 2026-02-02
             */
            openedOn: string;
            /**
             * @description Exact sum of the parcels (SQL numeric), mu.
             * @example 382.5400
             */
            totalAreaMu: string;
            parcels: components["schemas"]["ParcelDto"][];
            /** @example 安徽省人民政府 */
            approvingAuthority?: string | null;
            /** @example 皖政地〔2026〕123号 */
            documentNumber?: string | null;
            /**
             * Format: date
             * @description Day of approval or rejection.
             * @example 2026-04-20
             */
            decidedOn?: string | null;
            /**
             * @description Rejection reason.
             * @example null
             */
            decisionNote?: string | null;
            /** @description Time spent per stage, to show where approvals wait. */
            stages: components["schemas"]["StageTimeDto"][];
            /** @description Null without a target date, or when the calendar lacks a year the schedule spans. */
            schedule?: components["schemas"]["BatchScheduleDto"] | null;
            /**
             * Format: date-time
             * @example 2026-02-02T01:00:00.000Z
             */
            createdAt: string;
        };
        BatchPageDto: {
            items: components["schemas"]["BatchDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        BatchScheduleInputDto: {
            /**
             * Format: date
             * @description Internal target for the approval (内部目标).
             * @example 2026-04-27
             */
            targetDate: string;
            /**
             * Format: date
             * @description Statutory or external deadline, kept apart from the internal target.
             * @example 2026-06-30
             */
            legalDeadline?: string;
        };
        TransitionDateDto: {
            /**
             * Format: date
             * @description Day it happened (Asia/Shanghai): not before the previous step, not in the future.
             * @example 2026-03-24
             */
            on: string;
            /** @example 材料已齐备 */
            note?: string;
        };
        SupplementRequestDto: {
            /**
             * Format: date
             * @example 2026-04-02
             */
            on: string;
            /**
             * @description What the authority asked to supplement (补件).
             * @example 补充耕地占补平衡指标落实证明
             */
            note: string;
        };
        ApproveBatchDto: {
            /** @example 安徽省人民政府 */
            approvingAuthority: string;
            /**
             * @description Approval document number (批复文号).
             * @example 皖政地〔2026〕123号
             */
            documentNumber: string;
            /**
             * Format: date
             * @description Date of the approval (Asia/Shanghai).
             * @example 2026-04-20
             */
            approvedOn: string;
        };
        RejectBatchDto: {
            /** @example 安徽省人民政府 */
            approvingAuthority: string;
            /** @example 皖自然资函〔2026〕45号 */
            documentNumber?: string;
            /**
             * Format: date
             * @example 2026-05-12
             */
            rejectedOn: string;
            /** @example 耕地占补平衡指标未落实 */
            reason: string;
        };
        RecordApprovedBatchDto: {
            /** @example 2023年第2批次城镇建设用地 */
            name: string;
            /** @example 安徽省人民政府 */
            approvingAuthority: string;
            /** @example 皖政地〔2023〕456号 */
            documentNumber: string;
            /**
             * Format: date
             * @description Approval date; land supply for its projects is recorded as starting that day.
             * @example 2023-06-15
             */
            approvedOn: string;
            parcels: components["schemas"]["ParcelInputDto"][];
        };
        PublicParcelDto: {
            /** @example 安庆长风港二期 */
            projectName: string;
            /** @example 382.5400 */
            areaMu: string;
        };
        ApprovedBatchDto: {
            /**
             * Format: uuid
             * @example 3b241101-e2bb-4255-8caf-4136c566a962
             */
            id: string;
            /** @example 2026年第1批次城镇建设用地（长风港二期） */
            name: string;
            /** @example 安徽省人民政府 */
            approvingAuthority: string;
            /** @example 皖政地〔2026〕123号 */
            documentNumber: string;
            /**
             * Format: date
             * @example 2026-04-20
             */
            approvedOn: string;
            /**
             * @description Exact sum of the parcels, mu (亩).
             * @example 382.5400
             */
            totalAreaMu: string;
            parcels: components["schemas"]["PublicParcelDto"][];
        };
        ApprovedBatchPageDto: {
            items: components["schemas"]["ApprovedBatchDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        SetScheduleDto: {
            /**
             * Format: date
             * @description Day the approval work started (启动).
             * @example 2026-01-27
             */
            startedOn: string;
            /**
             * Format: date
             * @description Internal target for the approval (内部目标); milestones are planned backwards from it (倒排).
             * @example 2026-04-27
             */
            targetDate: string;
            /**
             * Format: date
             * @description Statutory or external deadline, tracked apart from the internal target.
             * @example 2026-07-31
             */
            legalDeadline?: string;
        };
        MilestoneDto: {
            /**
             * @example announcement
             * @enum {string}
             */
            milestone: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement" | "file-assembly" | "submission" | "approval";
            /**
             * Format: date
             * @example 2026-02-08
             */
            plannedStart: string;
            /**
             * Format: date
             * @example 2026-03-09
             */
            plannedEnd: string;
            /**
             * Format: date
             * @example 2026-03-10
             */
            achievedOn?: string | null;
            /**
             * @description Planned end passed without the milestone achieved, or achieved after its planned end.
             * @example false
             */
            late: boolean;
            /**
             * @description Working days this stage took, from the previous milestone (or the start) to this one; null until achieved or when the calendar lacks a year. Shows where approvals wait.
             * @example 21
             */
            workingDaysTaken?: number | null;
        };
        ScheduleDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /**
             * Format: date
             * @example 2026-01-27
             */
            startedOn: string;
            /**
             * Format: date
             * @description Internal target (内部目标).
             * @example 2026-04-27
             */
            targetDate: string;
            /**
             * Format: date
             * @description Legal deadline, kept apart.
             * @example 2026-07-31
             */
            legalDeadline?: string | null;
            /**
             * Format: date
             * @description The day (Asia/Shanghai) the figures are for.
             * @example 2026-03-02
             */
            asOf: string;
            /**
             * @example on-track
             * @enum {string}
             */
            status: "on-track" | "at-risk" | "overdue" | "completed" | "completed-late";
            /**
             * @description Working days since the start (to the approval once approved), on the shared calendar.
             * @example 22
             */
            workingDaysElapsed: number;
            /**
             * @description Working days to the internal target; negative once passed.
             * @example 38
             */
            workingDaysLeft: number;
            /**
             * @description Working days to the legal deadline; null without one.
             * @example 105
             */
            legalDeadlineWorkingDaysLeft?: number | null;
            /**
             * @description First milestone not yet achieved; `land-supply` once approved.
             * @example announcement
             * @enum {string}
             */
            stage: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement" | "file-assembly" | "submission" | "approval" | "land-supply";
            /**
             * Format: date
             * @description Day land supply (供地) started.
             * @example null
             */
            landSupplyStartedOn?: string | null;
            milestones: components["schemas"]["MilestoneDto"][];
        };
        DashboardProjectDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /** @example 安庆长风港二期 */
            name: string;
            /** @example provincial-key */
            category: string;
            /**
             * @description 包保领导.
             * @example 王主任
             */
            responsibleLeader?: string | null;
            /**
             * @example submission
             * @enum {string}
             */
            stage: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement" | "file-assembly" | "submission" | "approval" | "land-supply";
            /**
             * Format: date
             * @example 2026-04-27
             */
            targetDate?: string | null;
            /**
             * @example at-risk
             * @enum {string}
             */
            risk?: "on-track" | "at-risk" | "overdue" | "completed" | "completed-late" | "unscheduled";
            /** @example 6 */
            workingDaysLeft?: number | null;
        };
        ApprovalDurationDto: {
            /**
             * @description Approved projects with a recorded start, counted in the average.
             * @example 1
             */
            projectsCounted: number;
            /**
             * @description Average calendar days from start to approval (decimal string).
             * @example 83.0
             */
            averageDays?: string | null;
            /**
             * @description The same in months (days ÷ 30.4375), one decimal.
             * @example 2.7
             */
            averageMonths?: string | null;
            /**
             * @description Previous typical duration of a major project's approval, months (the article's baseline).
             * @example 5
             */
            baselineMonths: string;
            /**
             * @description The zone's target: under three months.
             * @example 3
             */
            targetMonths: string;
        };
        DashboardDto: {
            /**
             * Format: date
             * @example 2026-03-02
             */
            asOf: string;
            /**
             * @description Projects whose land supply has not started.
             * @example 4
             */
            activeProjectCount: number;
            /**
             * @description Active projects by schedule status.
             * @example {
             *       "on-track": 2,
             *       "at-risk": 1,
             *       "overdue": 0,
             *       "unscheduled": 1
             *     }
             */
            byRisk: Record<string, never>;
            /** @description Active projects, most urgent first (overdue, at risk, on track, unscheduled), at most 100. */
            activeProjects: components["schemas"]["DashboardProjectDto"][];
            approvalDuration: components["schemas"]["ApprovalDurationDto"];
        };
        YearStatisticsDto: {
            /** @example 2026 */
            year: number;
            /** @example 2 */
            batches: number;
            /**
             * @description Exact sum in mu (亩), SQL numeric.
             * @example 442.5400
             */
            areaMu: string;
        };
        ProjectStatisticsDto: {
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId: string;
            /** @example 安庆长风港二期 */
            projectName: string;
            /** @example 1 */
            batches: number;
            /** @example 382.5400 */
            areaMu: string;
        };
        ApprovalStatisticsDto: {
            /** @example 2022 */
            sinceYear?: number | null;
            /**
             * @description Approved batches (土地征收报批批次).
             * @example 11
             */
            batches: number;
            /**
             * @description Exact total approved area in mu.
             * @example 1277.2035
             */
            totalAreaMu: string;
            /** @description Per year of approval, ascending. */
            byYear: components["schemas"]["YearStatisticsDto"][];
            /**
             * @description Projects served.
             * @example 5
             */
            projectCount: number;
            /** @description Per project, largest area first; at most 100. */
            byProject: components["schemas"]["ProjectStatisticsDto"][];
        };
        MeetingIssueDto: {
            /**
             * @description funding 资金保障, land-use-quota 用地计划指标, farmland-balance 耕地占补平衡指标, …
             * @example farmland-balance
             * @enum {string}
             */
            category: "funding" | "land-use-quota" | "farmland-balance" | "requisition" | "relocation" | "planning" | "other";
            /** @example 耕地占补平衡指标缺口需市级统筹 */
            description: string;
        };
        ActionItemInputDto: {
            /**
             * Format: uuid
             * @description Project the action serves, if any.
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId?: string;
            /** @example 协调市资规局落实耕地占补平衡指标 */
            description: string;
            /**
             * @description Owner: department or person answerable.
             * @example 国土规划建设局
             */
            owner: string;
            /**
             * Format: date
             * @example 2026-02-20
             */
            dueOn: string;
        };
        CreateMeetingDto: {
            /** @example 长风港二期用地报批专题调度会 */
            title: string;
            /**
             * Format: date
             * @example 2026-02-06
             */
            heldOn: string;
            /**
             * @description Departments present.
             * @example [
             *       "安庆市自然资源和规划局",
             *       "市林业局",
             *       "市交通运输局",
             *       "市司法局",
             *       "市人社局"
             *     ]
             */
            departments: string[];
            issues: components["schemas"]["MeetingIssueDto"][];
            /**
             * @example [
             *       "由市资规局统筹耕地占补平衡指标"
             *     ]
             */
            decisions: string[];
            /**
             * @description Projects discussed.
             * @example [
             *       "0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21"
             *     ]
             */
            projectIds: string[];
            /** @description Action items decided, with owners and due dates. */
            actionItems?: components["schemas"]["ActionItemInputDto"][];
        };
        ActionItemDto: {
            /**
             * Format: uuid
             * @example 9b2e4f1a-3c5d-4e6f-8a7b-1c2d3e4f5a6b
             */
            id: string;
            /**
             * Format: uuid
             * @example 1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
             */
            meetingId: string;
            /**
             * Format: uuid
             * @example 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21
             */
            projectId?: string | null;
            /** @example 协调市资规局落实耕地占补平衡指标 */
            description: string;
            /** @example 国土规划建设局 */
            owner: string;
            /**
             * Format: date
             * @example 2026-02-20
             */
            dueOn: string;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "done";
            /**
             * Format: date
             * @example null
             */
            doneOn?: string | null;
            /**
             * @description Open past its due date (Asia/Shanghai).
             * @example false
             */
            overdue: boolean;
        };
        MeetingDto: {
            /**
             * Format: uuid
             * @example 1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0
             */
            id: string;
            /** @example 长风港二期用地报批专题调度会 */
            title: string;
            /**
             * Format: date
             * @example 2026-02-06
             */
            heldOn: string;
            /**
             * @example [
             *       "安庆市自然资源和规划局",
             *       "市林业局"
             *     ]
             */
            departments: string[];
            issues: components["schemas"]["MeetingIssueDto"][];
            /**
             * @example [
             *       "由市资规局统筹耕地占补平衡指标"
             *     ]
             */
            decisions: string[];
            /**
             * @example [
             *       "0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21"
             *     ]
             */
            projectIds: string[];
            actionItems: components["schemas"]["ActionItemDto"][];
        };
        MeetingPageDto: {
            items: components["schemas"]["MeetingDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CompleteActionItemDto: {
            /**
             * Format: date
             * @example 2026-02-18
             */
            doneOn: string;
        };
        ActionItemPageDto: {
            items: components["schemas"]["ActionItemDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateEntityDto: {
            /**
             * @description Unified social credit code (统一社会信用代码); the GB 32100 check character is verified. Case and spaces are ignored.
             * @example 91340800MA0000001X
             */
            creditCode: string;
            /** @example 示例快递企业01 */
            name: string;
            /**
             * @description Non-public enterprise (非公企业) or social organisation (社会组织).
             * @example enterprise
             * @enum {string}
             */
            kind: "enterprise" | "social-organisation";
            /**
             * @example express-logistics
             * @enum {string}
             */
            sector: "express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other";
            /**
             * @description Industrial park, building or other location.
             * @example 示例产业园一
             */
            park?: string;
            /**
             * @description Taken under management (纳入管理) or not.
             * @default not-under-management
             * @example under-management
             * @enum {string}
             */
            managementStatus: "under-management" | "not-under-management";
        };
        EntityDto: {
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            id: string;
            /**
             * @description Unified social credit code (统一社会信用代码).
             * @example 91340800MA0000001X
             */
            creditCode: string;
            /** @example 示例快递企业01 */
            name: string;
            /**
             * @example enterprise
             * @enum {string}
             */
            kind: "enterprise" | "social-organisation";
            /**
             * @example express-logistics
             * @enum {string}
             */
            sector: "express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other";
            /** @example 示例产业园一 */
            park?: string | null;
            /**
             * @example under-management
             * @enum {string}
             */
            managementStatus: "under-management" | "not-under-management";
            /**
             * Format: date-time
             * @example 2026-03-02T01:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-03-02T01:00:00.000Z
             */
            updatedAt: string;
        };
        ImportEntitiesDto: {
            /**
             * @description CSV text (UTF-8, RFC 4180). The first row names the columns: creditCode, name, kind, sector, and optionally park and managementStatus. At most 1000 data rows.
             * @example creditCode,name,kind,sector,park,managementStatus
             *     91340800MA0000001X,示例快递企业01,enterprise,express-logistics,示例产业园一,under-management
             */
            csv: string;
            /**
             * @description Validate and report without creating anything.
             * @default false
             * @example false
             */
            dryRun: boolean;
        };
        PartyImportRowDto: {
            /**
             * @description Line of the file on which the row starts (the header is line 1).
             * @example 2
             */
            line: number;
            /** @example 91340800MA0000001X */
            creditCode?: string | null;
            /**
             * @example created
             * @enum {string}
             */
            status: "created" | "would-create" | "invalid" | "duplicate-in-file" | "already-registered";
            /**
             * Format: uuid
             * @description The new entity, for created rows.
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId?: string;
            /** @example [] */
            errors: string[];
        };
        ImportReportDto: {
            /** @example false */
            dryRun: boolean;
            /** @example 2 */
            rows: number;
            /**
             * @description Rows created (or that would be, in a dry run).
             * @example 1
             */
            accepted: number;
            /** @example 1 */
            rejected: number;
            report: components["schemas"]["PartyImportRowDto"][];
        };
        EntityPageDto: {
            items: components["schemas"]["EntityDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        UpdateEntityDto: {
            /** @example 示例快递企业01 */
            name?: string;
            /**
             * @example express-logistics
             * @enum {string}
             */
            sector?: "express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other";
            /**
             * @description Industrial park, building or other location.
             * @example 示例产业园一
             */
            park?: string;
            /**
             * @description Taken under management (纳入管理) or not.
             * @default not-under-management
             * @example under-management
             * @enum {string}
             */
            managementStatus: "under-management" | "not-under-management";
        };
        CreateCampaignDto: {
            /** @example 快递物流企业地毯式摸排 */
            name: string;
            /**
             * @description Sectors swept; empty for all.
             * @example [
             *       "express-logistics"
             *     ]
             */
            sectors: ("express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other")[];
            /**
             * @description Only entities in this park or building.
             * @example 示例产业园一
             */
            park?: string;
            /**
             * @description Entities the sweep sets out to visit.
             * @example 51
             */
            targetCount: number;
            /**
             * @description Assigned survey teams or surveyors.
             * @example [
             *       "摸排组一",
             *       "摸排组二"
             *     ]
             */
            surveyors: string[];
            /**
             * Format: date
             * @example 2026-03-01
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            endsOn?: string;
        };
        CampaignDto: {
            /**
             * Format: uuid
             * @example 5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c
             */
            id: string;
            /** @example 快递物流企业地毯式摸排 */
            name: string;
            /**
             * @example [
             *       "express-logistics"
             *     ]
             */
            sectors: string[];
            /** @example null */
            park?: string | null;
            /** @example 51 */
            targetCount: number;
            /**
             * @example [
             *       "摸排组一",
             *       "摸排组二"
             *     ]
             */
            surveyors: string[];
            /**
             * Format: date
             * @example 2026-03-01
             */
            startsOn: string;
            /**
             * Format: date
             * @example 2026-03-31
             */
            endsOn?: string | null;
            /**
             * @description Entities in scope surveyed within the campaign dates so far.
             * @example 51
             */
            surveyedCount: number;
            /**
             * @description surveyedCount / targetCount as a percentage with one decimal (a string, never a float).
             * @example 100.0
             */
            coveragePercent: string;
        };
        CampaignPageDto: {
            items: components["schemas"]["CampaignDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateSurveyDto: {
            /**
             * @description Credit code of the registered entity surveyed.
             * @example 91340800MA00000010
             */
            creditCode: string;
            /**
             * Format: date
             * @description Date of the visit (Asia/Shanghai).
             * @example 2026-03-10
             */
            surveyedOn: string;
            /**
             * @description Owner or legal representative (业主身份); personal data, stored encrypted, masked for instructors.
             * @example 王建国
             */
            ownerName: string;
            /**
             * @example non-member
             * @enum {string}
             */
            ownerPoliticalStatus: "party-member" | "non-member";
            /**
             * @description Operating status (经营状况).
             * @example operating
             * @enum {string}
             */
            operatingStatus: "operating" | "suspended" | "ceased";
            /**
             * @description Number of employees (从业人员数).
             * @example 12
             */
            employeeCount: number;
            /**
             * @description Party organisation found (组织设置).
             * @example none
             * @enum {string}
             */
            partyOrganisation: "none" | "standalone" | "joint" | "platform";
            /**
             * @description Mass organisations found (群团组织).
             * @example [
             *       "trade-union"
             *     ]
             */
            massOrganisations: ("trade-union" | "youth-league" | "womens-federation")[];
            /**
             * @description Number of Party members (党员人数).
             * @example 4
             */
            partyMemberCount: number;
            /**
             * @description Survey team or surveyor.
             * @example 摸排组一
             */
            surveyor: string;
            /** @example 示例数据 */
            notes?: string;
        };
        SurveyDto: {
            /**
             * Format: uuid
             * @example 6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d
             */
            id: string;
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId: string;
            /** @example 91340800MA00000010 */
            creditCode: string;
            /** @example 示例快递企业01 */
            entityName: string;
            /**
             * Format: date
             * @example 2026-03-10
             */
            surveyedOn: string;
            /**
             * @description In full for the Party committee, masked for others.
             * @example 王**
             */
            ownerName: string;
            /**
             * @example non-member
             * @enum {string}
             */
            ownerPoliticalStatus: "party-member" | "non-member";
            /**
             * @example operating
             * @enum {string}
             */
            operatingStatus: "operating" | "suspended" | "ceased";
            /** @example 12 */
            employeeCount: number;
            /**
             * @example none
             * @enum {string}
             */
            partyOrganisation: "none" | "standalone" | "joint" | "platform";
            /**
             * @example [
             *       "trade-union"
             *     ]
             */
            massOrganisations: ("trade-union" | "youth-league" | "womens-federation")[];
            /** @example 4 */
            partyMemberCount: number;
            /** @example 摸排组一 */
            surveyor: string;
            /** @example 示例数据 */
            notes?: string | null;
            /**
             * @description Whether this is the entity's current survey (the latest by date, then by recording time).
             * @example true
             */
            current: boolean;
            /**
             * Format: date-time
             * @example 2026-03-10T07:00:00.000Z
             */
            recordedAt: string;
        };
        SurveyPageDto: {
            items: components["schemas"]["SurveyDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        LedgerOverrideDto: {
            /**
             * @example green
             * @enum {string}
             */
            colour: "red" | "yellow" | "green";
            /** @example 联合党支部已批复成立，待正式登记 */
            reason: string;
            /**
             * Format: date
             * @description Last day (Asia/Shanghai) the override applies; afterwards the rules decide again.
             * @example 2026-06-30
             */
            expiresOn: string;
            /**
             * @description False once the expiry date has passed.
             * @example true
             */
            active: boolean;
        };
        PartyLedgerEntryDto: {
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId: string;
            /** @example 91340800MA00000010 */
            creditCode: string;
            /** @example 示例快递企业01 */
            name: string;
            /** @example express-logistics */
            sector: string;
            /** @example 示例产业园一 */
            park?: string | null;
            /** @example under-management */
            managementStatus: string;
            /**
             * @description The colour shown: an active override, else the rules' verdict.
             * @example red
             * @enum {string}
             */
            colour: "red" | "yellow" | "green";
            /**
             * @description What the rules derive from the current facts.
             * @example red
             * @enum {string}
             */
            derivedColour: "red" | "yellow" | "green";
            /**
             * @example qualifies-without-party-organisation
             * @enum {string}
             */
            reason: "ceased-operating" | "covered" | "mass-organisations-missing" | "qualifies-without-party-organisation" | "too-few-members-to-form-alone";
            /** @example 4 Party members (at least 3 can form an organisation) but no Party organisation. */
            explanation: string;
            override?: components["schemas"]["LedgerOverrideDto"] | null;
            /**
             * Format: date-time
             * @example 2026-04-02T02:00:00.000Z
             */
            updatedAt: string;
        };
        SectorColourCountsDto: {
            /** @example express-logistics */
            sector: string;
            /** @example 12 */
            red: number;
            /** @example 30 */
            yellow: number;
            /** @example 9 */
            green: number;
            /** @example 51 */
            total: number;
        };
        LedgerCountsDto: {
            /**
             * Format: date
             * @description Date (Asia/Shanghai) on which overrides were judged active.
             * @example 2026-04-02
             */
            asOf: string;
            bySector: components["schemas"]["SectorColourCountsDto"][];
            /** @description All sectors together; `sector` is "all". */
            total: components["schemas"]["SectorColourCountsDto"];
        };
        LedgerRulesDto: {
            /**
             * @description Party members needed to form an organisation alone; at or above it without an organisation is red.
             * @example 3
             */
            minMembersToForm: number;
            /**
             * @description Mass organisations a covered entity must also have to be green.
             * @example [
             *       "trade-union"
             *     ]
             */
            requiredMassOrganisations: ("trade-union" | "youth-league" | "womens-federation")[];
            /**
             * Format: date-time
             * @example 2026-03-01T01:00:00.000Z
             */
            updatedAt: string;
            /** @example committee-staff-01 */
            updatedBy: string;
        };
        UpdateLedgerRulesDto: {
            /** @example 3 */
            minMembersToForm: number;
            /**
             * @example [
             *       "trade-union"
             *     ]
             */
            requiredMassOrganisations: ("trade-union" | "youth-league" | "womens-federation")[];
        };
        LedgerChangeDto: {
            /**
             * Format: uuid
             * @example 0e7b8c9d-1a2b-4c3d-8e4f-5a6b7c8d9e0f
             */
            id: string;
            /**
             * @example rules
             * @enum {string}
             */
            source: "rules" | "override" | "override-cleared";
            /**
             * @example red
             * @enum {string|null}
             */
            fromColour?: "red" | "yellow" | "green" | null;
            /**
             * @example yellow
             * @enum {string}
             */
            toColour: "red" | "yellow" | "green";
            /**
             * @description Rule reason code, or the reason given for an override.
             * @example mass-organisations-missing
             */
            reason: string;
            /** @example Covered by a Party organisation but without: trade-union. */
            explanation: string;
            /**
             * Format: date-time
             * @example 2026-04-02T02:00:00.000Z
             */
            changedAt: string;
            /**
             * @description Subject of the user whose change caused it.
             * @example committee-staff-01
             */
            changedBy: string;
        };
        LedgerChangePageDto: {
            items: components["schemas"]["LedgerChangeDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        SetLedgerOverrideDto: {
            /**
             * @example green
             * @enum {string}
             */
            colour: "red" | "yellow" | "green";
            /**
             * @description Why the rules' colour is set aside.
             * @example 联合党支部已批复成立，待正式登记
             */
            reason: string;
            /**
             * Format: date
             * @description Last day (Asia/Shanghai) the override applies; today or later.
             * @example 2026-06-30
             */
            expiresOn: string;
        };
        CreateOrganisationDto: {
            /** @example 快递物流联合党支部 */
            name: string;
            /**
             * @description Committee (党委), general branch (党总支), branch (党支部) or joint branch (联合党支部).
             * @example joint-branch
             * @enum {string}
             */
            type: "committee" | "general-branch" | "branch" | "joint-branch";
            /**
             * @description Functional organisation (功能型), e.g. for an office building.
             * @default false
             * @example false
             */
            functional: boolean;
            /**
             * @description Formed standalone, jointly or on a platform (单独建、联合建、平台建).
             * @example joint
             * @enum {string}
             */
            formationMode: "standalone" | "joint" | "platform";
            /**
             * Format: uuid
             * @description The organisation directly above.
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            parentId?: string;
            /**
             * @description Credit codes of the entities it covers; each entity belongs to one organisation.
             * @example [
             *       "91340800MA00000010",
             *       "91340800MA0000002Y"
             *     ]
             */
            memberEntityCreditCodes: string[];
            /**
             * @description Token subject (`sub`) of the secretary, who may then manage this organisation.
             * @example secretary-express-01
             */
            secretaryUserId?: string;
            /**
             * @description Secretary's name; stored encrypted, masked except to the committee and the secretary.
             * @example 李明
             */
            secretaryName?: string;
            /**
             * @description Party members in the organisation, when known.
             * @example 9
             */
            memberCount?: number;
            /**
             * Format: date
             * @description Date of establishment, when known.
             * @example 2026-03-15
             */
            establishedOn?: string;
        };
        OrganisationMemberEntityDto: {
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId: string;
            /** @example 91340800MA00000010 */
            creditCode: string;
            /** @example 示例快递企业01 */
            name: string;
        };
        OrganisationDto: {
            /**
             * Format: uuid
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            id: string;
            /** @example 快递物流联合党支部 */
            name: string;
            /**
             * @example joint-branch
             * @enum {string}
             */
            type: "committee" | "general-branch" | "branch" | "joint-branch";
            /** @example false */
            functional: boolean;
            /**
             * @example joint
             * @enum {string}
             */
            formationMode: "standalone" | "joint" | "platform";
            /**
             * Format: uuid
             * @example null
             */
            parentId?: string | null;
            memberEntities: components["schemas"]["OrganisationMemberEntityDto"][];
            /** @example secretary-express-01 */
            secretaryUserId?: string | null;
            /**
             * @description In full for the committee and the secretary, masked for others.
             * @example 李*
             */
            secretaryName?: string | null;
            /** @example 9 */
            memberCount?: number | null;
            /**
             * Format: date
             * @example 2026-03-15
             */
            establishedOn?: string | null;
            /**
             * Format: date-time
             * @example 2026-03-15T01:00:00.000Z
             */
            createdAt: string;
        };
        OrganisationPageDto: {
            items: components["schemas"]["OrganisationDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        UpdateOrganisationDto: {
            /** @example 11 */
            memberCount?: number;
            /** @example 李明 */
            secretaryName?: string;
            /**
             * @description Committee only: who the secretary is.
             * @example secretary-express-01
             */
            secretaryUserId?: string;
        };
        MemberEntityDto: {
            /** @example 91340800MA00000010 */
            creditCode: string;
        };
        CreateMassOrganisationDto: {
            /**
             * @description Credit code of the entity the mass organisation is set up in.
             * @example 91340800MA00000010
             */
            creditCode: string;
            /**
             * @description Trade union (工会), youth league (共青团) or women's federation (妇联).
             * @example trade-union
             * @enum {string}
             */
            kind: "trade-union" | "youth-league" | "womens-federation";
            /** @example 示例快递企业01工会 */
            name: string;
            /**
             * Format: date
             * @example 2026-03-20
             */
            establishedOn: string;
        };
        MassOrganisationDto: {
            /**
             * Format: uuid
             * @example 8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a
             */
            id: string;
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId: string;
            /** @example 91340800MA00000010 */
            creditCode: string;
            /**
             * @example trade-union
             * @enum {string}
             */
            kind: "trade-union" | "youth-league" | "womens-federation";
            /** @example 示例快递企业01工会 */
            name: string;
            /**
             * Format: date
             * @example 2026-03-20
             */
            establishedOn: string;
            /**
             * Format: date-time
             * @example 2026-03-20T01:00:00.000Z
             */
            createdAt: string;
        };
        MassOrganisationPageDto: {
            items: components["schemas"]["MassOrganisationDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        RegisterMemberDto: {
            /**
             * Format: uuid
             * @description Organisation in the registry holding the member's relations.
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            organisationId?: string;
            /**
             * @description Where the relations are held when outside the registry (流动党员、"口袋"党员).
             * @example 外地某社区党支部
             */
            externalOrganisation?: string;
            /**
             * @description Stored encrypted; masked except to the committee and the organisation's secretary.
             * @example 张某某
             */
            name: string;
            /**
             * @description Mainland resident ID (GB 11643 check digit verified); stored encrypted with a look-up hash; always masked in responses.
             * @example 11010519491231002X
             */
            idNumber: string;
            /**
             * @description Mobile number; stored encrypted; always masked in responses.
             * @example 13955612345
             */
            phone?: string;
            /**
             * @description Normal, floating (流动) or out of contact (失联).
             * @example floating
             * @enum {string}
             */
            status: "normal" | "floating" | "out-of-contact";
        };
        MemberDto: {
            /**
             * Format: uuid
             * @example 4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d
             */
            id: string;
            /**
             * Format: uuid
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            organisationId?: string | null;
            /** @example null */
            externalOrganisation?: string | null;
            /**
             * @description In full for the committee and the organisation's secretary, masked otherwise.
             * @example 张**
             */
            name: string;
            /** @example 110105********002X */
            maskedIdNumber: string;
            /** @example 139****2345 */
            maskedPhone?: string | null;
            /**
             * @example floating
             * @enum {string}
             */
            status: "normal" | "floating" | "out-of-contact";
            /**
             * Format: date-time
             * @example 2026-04-01T01:00:00.000Z
             */
            createdAt: string;
        };
        MemberPageDto: {
            items: components["schemas"]["MemberDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        UpdateMemberDto: {
            /**
             * @example out-of-contact
             * @enum {string}
             */
            status?: "normal" | "floating" | "out-of-contact";
            /** @example 13955612345 */
            phone?: string;
        };
        RequestTransferDto: {
            /**
             * Format: uuid
             * @description Receiving organisation.
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            toOrganisationId: string;
            /** @example 在经开区快递企业稳定就业，申请转入组织关系 */
            reason: string;
            /**
             * Format: date
             * @description Date of the request (default today, Asia/Shanghai); not in the future.
             * @example 2026-04-01
             */
            on?: string;
        };
        TransferStepDto: {
            /** @example approve */
            action: string;
            /**
             * @example approved
             * @enum {string}
             */
            toStatus: "requested" | "approved" | "completed" | "rejected";
            /**
             * Format: date
             * @example 2026-04-03
             */
            actedOn: string;
            /** @example 材料齐全，同意转出 */
            note?: string | null;
            /** @example secretary-express-01 */
            actor: string;
        };
        TransferDto: {
            /**
             * Format: uuid
             * @example 1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b
             */
            id: string;
            /**
             * Format: uuid
             * @example 4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d
             */
            memberId: string;
            /**
             * Format: uuid
             * @example null
             */
            fromOrganisationId?: string | null;
            /** @example 外地某社区党支部 */
            fromExternalOrganisation?: string | null;
            /**
             * Format: uuid
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            toOrganisationId: string;
            /**
             * @example requested
             * @enum {string}
             */
            status: "requested" | "approved" | "completed" | "rejected";
            /** @example 在经开区快递企业稳定就业，申请转入组织关系 */
            reason: string;
            /**
             * Format: date
             * @description When the current stage started.
             * @example 2026-04-01
             */
            stageStartedOn: string;
            /**
             * Format: date
             * @description The current stage is due by this date: 5 working days on the shared calendar. Null once closed.
             * @example 2026-04-08
             */
            dueOn?: string | null;
            /**
             * @description Still open after the due date.
             * @example false
             */
            overdue: boolean;
            history: components["schemas"]["TransferStepDto"][];
        };
        TransferPageDto: {
            items: components["schemas"]["TransferDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        TransferStepInputDto: {
            /**
             * Format: date
             * @description Date the side acted (default today); not before the stage started, not in the future.
             * @example 2026-04-03
             */
            on?: string;
            /** @example 材料齐全，同意转出 */
            note?: string;
        };
        CreateInstructorDto: {
            /**
             * @description Token subject (`sub`) the instructor signs in with.
             * @example instructor-01
             */
            userId: string;
            /**
             * @description Stored encrypted; masked except to the committee and the instructor.
             * @example 示例指导员甲
             */
            name: string;
            /**
             * @description Entities assigned to the instructor (党建工作指导员).
             * @example [
             *       "91340800MA00000010"
             *     ]
             */
            entityCreditCodes: string[];
        };
        InstructorDto: {
            /** @example instructor-01 */
            userId: string;
            /** @example 示例指导员甲 */
            name: string;
            /**
             * @example [
             *       "91340800MA00000010"
             *     ]
             */
            entityCreditCodes: string[];
            /**
             * Format: date-time
             * @example 2026-03-01T01:00:00.000Z
             */
            createdAt: string;
        };
        InstructorPageDto: {
            items: components["schemas"]["InstructorDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        AssignEntityDto: {
            /** @example 91340800MA00000010 */
            creditCode: string;
        };
        CreateVisitDto: {
            /** @example 91340800MA00000010 */
            creditCode: string;
            /**
             * Format: date
             * @example 2026-03-18
             */
            visitedOn: string;
            /** @example 走访企业，宣讲组建工会流程，约定下月复访。 */
            summary: string;
        };
        VisitDto: {
            /**
             * Format: uuid
             * @example 2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901
             */
            id: string;
            /** @example instructor-01 */
            instructorUserId: string;
            /**
             * Format: uuid
             * @example 3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098
             */
            entityId: string;
            /** @example 91340800MA00000010 */
            creditCode: string;
            /**
             * Format: date
             * @example 2026-03-18
             */
            visitedOn: string;
            /** @example 走访企业，宣讲组建工会流程，约定下月复访。 */
            summary: string;
            /**
             * Format: date-time
             * @example 2026-03-18T08:00:00.000Z
             */
            recordedAt: string;
        };
        VisitPageDto: {
            items: components["schemas"]["VisitDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        ParticipantInputDto: {
            /**
             * @description Resident's name; stored encrypted, only the masked form leaves the service.
             * @example 杨国华
             */
            name: string;
            /**
             * @description Mainland resident ID number (GB 11643 check digit verified); stored encrypted with a keyed look-up hash.
             * @example 11010519491231002X
             */
            idNumber: string;
        };
        RecordVolunteerActivityDto: {
            /**
             * Format: uuid
             * @description The Party organisation that ran the activity.
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            organisationId: string;
            /** @example 核酸检测志愿服务 */
            title: string;
            /**
             * @example volunteer-activities
             * @enum {string}
             */
            category: "volunteer-activities" | "public-security" | "public-welfare";
            /**
             * Format: date
             * @example 2026-04-18
             */
            heldOn: string;
            /**
             * @description Administrative unit code of the community where residents earn credit, e.g. shengtang (盛塘).
             * @example shengtang
             */
            communityCode: string;
            /** @description 1 to 500 residents, each once. */
            participants: components["schemas"]["ParticipantInputDto"][];
        };
        ParticipantDto: {
            /**
             * Format: uuid
             * @example 9b2f4f0e-3c1d-4b8e-a6f7-2d5c8e1a4b90
             */
            id: string;
            /** @example 杨** */
            maskedName: string;
            /** @example 110105********002X */
            maskedIdNumber: string;
        };
        VolunteerActivityDto: {
            /**
             * Format: uuid
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /**
             * Format: uuid
             * @example 16fd2706-8baf-433b-82eb-8c7fada847da
             */
            organisationId: string;
            /** @example 盛塘社区党支部 */
            organisationName: string;
            /** @example 核酸检测志愿服务 */
            title: string;
            /**
             * @example volunteer-activities
             * @enum {string}
             */
            category: "volunteer-activities" | "public-security" | "public-welfare";
            /**
             * Format: date
             * @example 2026-04-18
             */
            heldOn: string;
            /** @example shengtang */
            communityCode: string;
            participants: components["schemas"]["ParticipantDto"][];
            /**
             * Format: date-time
             * @example 2026-04-18T09:30:00.000Z
             */
            recordedAt: string;
        };
        VolunteerActivityPageDto: {
            items: components["schemas"]["VolunteerActivityDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateRedStationDto: {
            /** @example 新昌大厦红色驿站 */
            name: string;
            /** @example 安庆经开区新昌大厦一楼 */
            address: string;
            /**
             * @description WGS-84 latitude in degrees, a decimal string with at most 6 places; never a number.
             * @example 30.541230
             */
            latitude: string;
            /**
             * @description WGS-84 longitude in degrees, a decimal string with at most 6 places; never a number.
             * @example 116.998760
             */
            longitude: string;
            /**
             * @description Opening hours as shown to riders.
             * @example 08:00-20:00
             */
            openingHours: string;
            /**
             * @description What the station offers; each at most once.
             * @example [
             *       "water",
             *       "rest",
             *       "charging",
             *       "cooling"
             *     ]
             */
            amenities: ("water" | "rest" | "charging" | "heating" | "cooling" | "first-aid" | "restroom" | "microwave")[];
        };
        RedStationDto: {
            /**
             * Format: uuid
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            id: string;
            /** @example 新昌大厦红色驿站 */
            name: string;
            /** @example 安庆经开区新昌大厦一楼 */
            address: string;
            /**
             * @description Latitude in degrees, exact, 6 decimal places.
             * @example 30.541230
             */
            latitude: string;
            /**
             * @description Longitude in degrees, exact, 6 decimal places.
             * @example 116.998760
             */
            longitude: string;
            /** @example 08:00-20:00 */
            openingHours: string;
            /**
             * @example [
             *       "water",
             *       "rest",
             *       "charging",
             *       "cooling"
             *     ]
             */
            amenities: ("water" | "rest" | "charging" | "heating" | "cooling" | "first-aid" | "restroom" | "microwave")[];
            /**
             * Format: date-time
             * @example 2026-03-01T00:30:00.000Z
             */
            createdAt: string;
            /**
             * @description Metres from the point asked about; only when the list was asked for a point.
             * @example 850
             */
            distanceMetres?: number;
        };
        RedStationPageDto: {
            items: components["schemas"]["RedStationDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        CreateDemandDto: {
            /**
             * @example delivery-rider
             * @enum {string}
             */
            workerGroup: "courier" | "delivery-rider" | "ride-hailing-driver" | "truck-driver" | "other";
            /** @example 夜间送餐后缺少热水和充电点 */
            title: string;
            /**
             * @description What was asked; no personal data.
             * @example 骑手反映晚上十点后附近无处补充热水、给电瓶充电。
             */
            details: string;
            /**
             * Format: date
             * @example 2026-04-02
             */
            collectedOn: string;
            /**
             * Format: uuid
             * @description Red station where the demand was collected.
             * @example 5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6
             */
            redStationId?: string;
        };
        DemandStepDto: {
            /**
             * @example plan
             * @enum {string}
             */
            action: "collect" | "plan" | "follow-up" | "close";
            /** @example 协调驿站延长开放至23:00，增设充电柜。 */
            note: string;
            /** @example committee-staff-01 */
            actor: string;
            /**
             * Format: date-time
             * @example 2026-04-03T02:00:00.000Z
             */
            recordedAt: string;
        };
        DemandDto: {
            /**
             * Format: uuid
             * @example 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
             */
            id: string;
            /**
             * @example delivery-rider
             * @enum {string}
             */
            workerGroup: "courier" | "delivery-rider" | "ride-hailing-driver" | "truck-driver" | "other";
            /** @example 夜间送餐后缺少热水和充电点 */
            title: string;
            /** @example 骑手反映晚上十点后附近无处补充热水、给电瓶充电。 */
            details: string;
            /**
             * @example planned
             * @enum {string}
             */
            status: "collected" | "planned" | "closed";
            /** @example 协调驿站延长开放至23:00，增设充电柜。 */
            plan?: string | null;
            /** @example null */
            outcome?: string | null;
            /**
             * Format: uuid
             * @example null
             */
            redStationId?: string | null;
            /**
             * Format: date
             * @example 2026-04-02
             */
            collectedOn: string;
            history: components["schemas"]["DemandStepDto"][];
        };
        DemandPageDto: {
            items: components["schemas"]["DemandDto"][];
            /**
             * @description Cursor of the next page; absent on the last page.
             * @example eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMDAwWiIsIjNiMjQxMTAxIl19.Qm9vWk3xv0b7hS2gR1aTtw
             */
            nextCursor?: string;
        };
        DemandNoteDto: {
            /** @example 协调驿站延长开放至23:00，增设充电柜。 */
            note: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listCreditIndicators: {
        parameters: {
            query?: {
                /** @description Only active (`true`) or only inactive (`false`) indicators. */
                active?: boolean;
                /** @description `volunteer-activities` 志愿活动; `public-security` 社会治安; `public-welfare` 公益关爱; `law-abiding` 遵纪守法; `environment` 爱护环境; `filial-piety` 孝老爱亲; `customs-reform` 移风易俗; `helping-others` 扶危济困; `misconduct` 失信扣分 */
                category?: "volunteer-activities" | "public-security" | "public-welfare" | "law-abiding" | "environment" | "filial-piety" | "customs-reform" | "helping-others" | "misconduct";
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditIndicator: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIndicatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An indicator with this code exists (problem `indicator-code-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such indicator (`indicator-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    retireCreditIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such indicator (`indicator-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already retired (`indicator-retired`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditCommunities: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditCommunity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommunityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommunityDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The community code is taken (`community-code-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditHouseholds: {
        parameters: {
            query?: {
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditHousehold: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such community (`community-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The household number is taken in this community (`household-number-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditHousehold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such household. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditResidents: {
        parameters: {
            query?: {
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                householdId?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Only the caller's own resident record (for a resident's app: score and balance). */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditResident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateResidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such community. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description ID number or account already registered (`resident-already-registered`, `account-already-linked`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The household does not exist (`household-not-found`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    lookUpCreditResident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentLookupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No resident with this ID number in your communities. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resident. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateCreditResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateResidentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resident. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The account is linked to another resident. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    moveCreditResident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveResidentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resident or community. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The resident is already in that household.
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The target household does not exist.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    importCreditResidents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentImportDto"];
            };
        };
        responses: {
            /** @description Imported (or, with `dryRun`, checked: `imported: false`). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentImportReportDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such community. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A resident was registered concurrently; nothing imported.
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Bad header (`invalid-csv`) or rejected rows (`import-rejected`, with the per-row report in `rows`); nothing imported.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditLedgerEntries: {
        parameters: {
            query?: {
                category?: "volunteer-activities" | "public-security" | "public-welfare" | "law-abiding" | "environment" | "filial-piety" | "customs-reform" | "helping-others" | "misconduct";
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Entries on or after this business date. */
                from?: string;
                householdId?: string;
                kind?: "award" | "deduction" | "redemption" | "reversal";
                /** @description Items per page. */
                limit?: number;
                /** @description Scoring period (calendar year). */
                period?: string;
                residentId?: string;
                /** @description Entries on or before this business date. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditLedgerEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Kept on the entry itself: a repeat with the same key and body returns the first entry (200, `Idempotent-Replayed: true`) however late it comes; the same key with a different body is refused (422 `idempotency-key-reused`). */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLedgerEntryDto"];
            };
        };
        responses: {
            /** @description Replay of an earlier request with the same Idempotency-Key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerEntryDto"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerEntryDto"];
                };
            };
            /** @description Validation failed, e.g. both or neither of residentId and residentIdNumber. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resident in your communities (`resident-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unknown or retired indicator, its per-period limit reached, or the Idempotency-Key already used for a different entry (`indicator-not-found`, `indicator-retired`, `indicator-limit-reached`, `idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerEntryDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entry. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    reverseCreditLedgerEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReversalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditLedgerEntryDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entry. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Already reversed, a reversal itself, or a redemption (`entry-already-reversed`, `entry-is-reversal`, `redemption-reversed-by-order`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditVolunteerParticipations: {
        parameters: {
            query?: {
                activityId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description `unmatched`: the party service knows a participant the credit registry does not (yet). */
                outcome?: "awarded" | "already-awarded" | "unmatched" | "limit-reached" | "indicator-unavailable";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerParticipationPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditRatingThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingThresholdsDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setCreditRatingThresholds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingThresholdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingThresholdsDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Levels do not rise A < AA < AAA (`invalid-thresholds`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    explainCreditHouseholdRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingExplanationDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such household. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditHouseholdRatingChanges: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingChangePageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such household. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditServiceCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceCardDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such household. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditGoods: {
        parameters: {
            query?: {
                active?: boolean;
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodsPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditGoods: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateGoodsDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodsDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such community. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The goods code is taken (`goods-code-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditGoods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodsDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such goods. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateCreditGoods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateGoodsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoodsDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such goods. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditRedemptionOrders: {
        parameters: {
            query?: {
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                residentId?: string;
                status?: "completed" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOrderPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditRedemptionOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRedemptionOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOrderDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such resident in your communities. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Out of stock or not enough spendable points (`out-of-stock`, `insufficient-balance`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown goods, or goods of another community.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditRedemptionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOrderDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `resident` (Resident: sees own credit score and uses credit-based community services.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such order. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    cancelCreditRedemptionOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRedemptionOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionOrderDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such order. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already cancelled (`redemption-order-cancelled`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditRedemptionStatistics: {
        parameters: {
            query?: {
                communityCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionStatisticsDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `integrator` (District IT system: machine client using the integration APIs.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditMerchants: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                unitCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditMerchant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMerchantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MerchantDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Code or account taken (`merchant-code-taken`, `account-already-linked`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown community or sub-district (`unit-not-found`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditBenefits: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Benefits this level qualifies for. */
                forLevel?: "A" | "AA" | "AAA";
                /** @description Items per page. */
                limit?: number;
                merchantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createCreditBenefit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBenefitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Code taken (`benefit-code-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown merchant (`merchant-not-found`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    verifyCreditServiceCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardPresentationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CardVerificationDto"];
                };
            };
            /** @description Validation failed, e.g. both or neither of cardNumber and qrPayload. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `merchant` (Partner merchant: grants and redeems credit-based benefits.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not one of your active benefits (`benefit-not-found`). An unknown card number answers `qualifies: false`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The QR code is malformed, forged or expired (`card-qr-malformed`, `card-qr-bad-signature`, `card-qr-expired`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditBenefitUses: {
        parameters: {
            query?: {
                benefitId?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitUsePageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `merchant` (Partner merchant: grants and redeems credit-based benefits.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordCreditBenefitUse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CardPresentationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitUseDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `merchant` (Partner merchant: grants and redeems credit-based benefits.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not one of your active benefits (`benefit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The holder does not qualify or the card is unknown (`benefit-not-qualified`). The QR code is malformed, forged or expired (`card-qr-malformed`, `card-qr-bad-signature`, `card-qr-expired`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditBenefitStatistics: {
        parameters: {
            query?: {
                merchantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BenefitStatisticsDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `integrator` (District IT system: machine client using the integration APIs.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listCreditAppeals: {
        parameters: {
            query?: {
                communityCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Only open appeals past their decision deadline. */
                overdue?: boolean;
                status?: "open" | "upheld" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `resident` (Resident: sees own credit score and uses credit-based community services.); `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    fileCreditAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `resident` (Resident: sees own credit score and uses credit-based community services.); `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entry. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Already appealed or already reversed (`appeal-exists`, `entry-already-reversed`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not a deduction, the window has closed, or the calendar lacks a year (`not-a-deduction`, `appeal-window-closed`, `calendar-year-missing`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getCreditAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `resident` (Resident: sees own credit score and uses credit-based community services.); `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such appeal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    decideCreditAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideAppealDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `credit-staff` (Credit-community staff (信用社区): maintain the credit records and scores of residents.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such appeal. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already decided, or the deduction was reversed meanwhile (`appeal-decided`, `entry-already-reversed`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    creditListWorkingCalendarYears: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearListDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    creditGetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No data for that year (problem `calendar-year-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    creditSetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    creditAddWorkingDays: {
        parameters: {
            query: {
                /** @description Working days to add; 0 gives `from` if it is a working day, else the next one. */
                days: number;
                /** @description The day the period starts from (Asia/Shanghai); it never counts itself. */
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayDueDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    creditCountWorkingDays: {
        parameters: {
            query: {
                /** @description Excluded from the count. */
                from: string;
                /** @description Included in the count. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysBetweenDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListUnits: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                kind?: "village" | "community" | "zone";
                /** @description Items per page. */
                limit?: number;
                township?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCreateUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUnitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The code is taken (problem `supervision-unit-code-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public unit code, as carried by the QR code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit (problem `supervision-unit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetUnitOverview: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Only items with at least one published disclosure here. */
                disclosedOnly?: boolean;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Public unit code, as carried by the QR code. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitOverviewPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit (problem `supervision-unit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSupervisionItems: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Include retired items. */
                includeRetired?: boolean;
                /** @description Items per page. */
                limit?: number;
                origin?: "basic-catalogue" | "local";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createSupervisionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupervisionItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An item with this code exists (`supervision-item-code-taken`), or another active item discloses the same event (`supervision-item-source-event-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getSupervisionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such supervision item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionUpdateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupervisionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such supervision item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The item is retired (`supervision-item-retired`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRetireItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireSupervisionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such supervision item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already retired (`supervision-item-retired`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListItemHistory: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupervisionItemChangePageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such supervision item. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListDisclosures: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                itemCode?: string;
                /** @description Items per page. */
                limit?: number;
                period?: string;
                /** @description Anyone may list published records; drafts and submitted ones need a supervisor, or a clerk of the unit named in `unitCode`. */
                status?: "draft" | "submitted" | "published";
                unitCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureListItemPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCreateDisclosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisclosureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The unit already has this item's disclosure for the period (`disclosure-exists`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown unit or item, retired item, or a period that does not fit the item's frequency (`invalid-period`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure, or not published and not yours (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListDisclosureVersions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureVersionPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionReplaceDisclosureDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureContentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The disclosure is not in a state that allows this (`disclosure-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionSubmitDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The disclosure is not in a state that allows this (`disclosure-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionReturnDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnDisclosureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The disclosure is not in a state that allows this (`disclosure-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionPublishDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The disclosure is not in a state that allows this (`disclosure-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCorrectDisclosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectDisclosureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such disclosure (`disclosure-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Only a published disclosure can be corrected (`disclosure-invalid-transition`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetUnitCompleteness: {
        parameters: {
            query?: {
                /** @description Day the view is computed for (Asia/Shanghai); defaults to today. */
                asOf?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Year whose periods are checked; defaults to the current year in Asia/Shanghai. */
                year?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletenessPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit (`supervision-unit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListDueDateExtensions: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueExtensionPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit (`supervision-unit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGrantDueDateExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GrantDueExtensionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueExtensionDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such unit (`supervision-unit-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown item, per-event item or a period that does not fit it.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListWorkingCalendarYears: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearListDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No data for that year (problem `calendar-year-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionSetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionAddWorkingDays: {
        parameters: {
            query: {
                /** @description Working days to add; 0 gives `from` if it is a working day, else the next one. */
                days: number;
                /** @description The day the period starts from (Asia/Shanghai); it never counts itself. */
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayDueDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCountWorkingDays: {
        parameters: {
            query: {
                /** @description Excluded from the count. */
                from: string;
                /** @description Included in the count. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysBetweenDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListComplaints: {
        parameters: {
            query?: {
                category?: "business-environment" | "disclosure" | "village-affairs" | "other";
                channel?: "platform" | "hotline" | "letter" | "visit" | "other";
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                department?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionFileComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FiledComplaintDto"];
                };
            };
            /** @description Validation failed, e.g. contact missing on a named complaint. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown unit or disclosure, or contact on an anonymous complaint.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionTrackComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintTrackingDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No complaint has this tracking code (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionComplaintStatistics: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Year filed (Asia/Shanghai); all years when absent. */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintStatisticsPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListOverdueComplaints: {
        parameters: {
            query?: {
                /** @description Day to judge by (Asia/Shanghai); defaults to today. */
                asOf?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionAcceptComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is not in a state that allows this (`complaint-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionStartComplaintHandling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is not in a state that allows this (`complaint-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionAnswerComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is not in a state that allows this (`complaint-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCloseComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is not in a state that allows this (`complaint-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRejectComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is not in a state that allows this (`complaint-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionExtendComplaintDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint, or not routed to your department (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The complaint is finished (`complaint-finished`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRouteComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RouteComplaintDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such complaint (`complaint-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The complaint is finished (`complaint-finished`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListComplaintRecords: {
        parameters: {
            query?: {
                category?: "business-environment" | "disclosure" | "village-affairs" | "other";
                channel?: "platform" | "hotline" | "letter" | "visit" | "other";
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                department?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "received" | "accepted" | "in-progress" | "answered" | "closed" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.); `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRecordComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordComplaintDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ComplaintDto"];
                };
            };
            /** @description Validation failed, e.g. closedOn without answer. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `complaint-handler` (Complaint-handling department: receives and resolves complaints about disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Dates in the future or out of order (`invalid-date`), or an unknown unit.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListSpotChecks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionDrawSpotCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DrawSpotCheckDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetSpotCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such spot check (`spot-check-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionVerifySpotCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpotCheckVerificationDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such spot check (`spot-check-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRaiseFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseFindingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such spot check (`spot-check-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The disclosure was not in the sample (`disclosure-not-sampled`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListFindings: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "ordered" | "submitted" | "accepted" | "returned";
                /** @description Required for village clerks: a unit in their `units` claim. */
                unitCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.); `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListOverdueRectifications: {
        parameters: {
            query?: {
                /** @description Day to judge by (Asia/Shanghai); defaults to today. */
                asOf?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.); `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such finding (`finding-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionExtendRectificationDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendRectificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such finding (`finding-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The rectification is not open (`rectification-not-open`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionSubmitRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectificationNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `village-clerk` (Village-affairs clerk (村务): publishes village disclosures.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such finding (`finding-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The rectification is not in a state that allows this (`rectification-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionAcceptRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectificationNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such finding (`finding-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The rectification is not in a state that allows this (`rectification-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionReturnRectification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnRectificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such finding (`finding-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The rectification is not in a state that allows this (`rectification-invalid-transition`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListBusinessPolicies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                kind?: "investment-attraction" | "talent-attraction" | "other";
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPolicyPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionCreateBusinessPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBusinessPolicyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPolicyDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionGetBusinessPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessPolicyDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such policy (`business-policy-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionListSubsidyPayouts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutPageDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such policy (`business-policy-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    supervisionRecordSubsidyPayout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordPayoutDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such policy (`business-policy-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The payment reference is already recorded (`payout-reference-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listSupervisedLandProjects: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LandProjectPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `discipline-supervisor` (Discipline-inspection supervisor (纪监工委): reviews disclosures and follows up findings.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandProjects: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    registerLandProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProjectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still being handled.
             *
             *     `project-id-taken`: the caller-chosen id is in use. Or: a request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The Idempotency-Key was already used for a different request.
             *
             *     `schedule-incomplete`, `target-before-start` or `calendar-year-missing`. Or: the Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    assignLandProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `duplicate-task-force-member` or `task-force-lead-required` (exactly one lead). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    landListWorkingCalendarYears: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearListDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    landGetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No data for that year (problem `calendar-year-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    landSetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    landAddWorkingDays: {
        parameters: {
            query: {
                /** @description Working days to add; 0 gives `from` if it is a working day, else the next one. */
                days: number;
                /** @description The day the period starts from (Asia/Shanghai); it never counts itself. */
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayDueDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    landCountWorkingDays: {
        parameters: {
            query: {
                /** @description Excluded from the count. */
                from: string;
                /** @description Included in the count. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysBetweenDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandPreWork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreWorkDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    updateLandPreWorkStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreWorkDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `step-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    startLandPreWorkStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreWorkDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `step-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `step-already-started`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `predecessor-not-started`, `before-predecessor`, `date-in-future`, `notice-period-required`, `notice-period-not-applicable`, `notice-period-running`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    completeLandPreWorkStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteStepDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreWorkDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `step-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `step-not-started` or `step-already-completed`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `predecessor-not-completed`, `before-predecessor`, `evidence-missing`, `notice-period-running`, `completed-before-start`, `date-in-future`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandPreWorkDocuments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
                step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepDocumentPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `step-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    attachLandPreWorkDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                step: "survey" | "assessment" | "announcement" | "hearing" | "registration" | "agreement";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachDocumentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepDocumentDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `step-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still being handled.
             *
             *     `step-already-completed`. Or: a request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandBatches: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "preparing" | "file-assembled" | "submitted" | "supplement-requested" | "resubmitted" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createLandBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`: a parcel names an unknown project. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still being handled.
             *
             *     `batch-name-taken` or `parcel-code-taken`. Or: a request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The Idempotency-Key was already used for a different request.
             *
             *     `date-in-future` or `target-before-start`. Or: the Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setLandBatchSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchScheduleInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `target-before-start`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addLandBatchParcel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParcelInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found` or `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description `batch-parcels-frozen` (file assembled) or `parcel-code-taken`.
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description `too-many-parcels`.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    removeLandBatchParcel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                parcelId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found` or `parcel-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-parcels-frozen`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    assembleLandBatchFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-empty`, `pre-work-incomplete`, `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    submitLandBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    requestLandBatchSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplementRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    resubmitLandBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approveLandBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. Or `document-number-taken`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    rejectLandBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectBatchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `invalid-batch-transition`: the batch is not in a status that allows this. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`, or `date-out-of-order` (before the previous step). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandRecordedBatches: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "preparing" | "file-assembled" | "submitted" | "supplement-requested" | "resubmitted" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    recordLandApprovedBatch: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordApprovedBatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A request with this Idempotency-Key is still being handled.
             *
             *     `batch-name-taken`, `parcel-code-taken` or `document-number-taken`. Or: a request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The Idempotency-Key was already used for a different request.
             *
             *     `date-in-future`. Or: the Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandApprovedBatches: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedBatchPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandApprovedBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovedBatchDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `batch-not-found` (also for batches not approved). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandProjectSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found` or `schedule-not-set`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `calendar-year-missing`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    setLandProjectSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `target-before-start`, `deadline-before-start`, or `calendar-year-missing` (the plan reaches a year without calendar data). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `leadership` (Zone leadership: oversees land-approval progress and escalations.); `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandApprovalStatistics: {
        parameters: {
            query?: {
                /** @description First year counted (by approval date, Asia/Shanghai); all years when absent. */
                sinceYear?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalStatisticsDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandDispatchMeetings: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    createLandDispatchMeeting: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getLandDispatchMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `meeting-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    addLandActionItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionItemInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `meeting-not-found` or `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    completeLandActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteActionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description Validation failed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `action-item-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `action-item-done`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `date-in-future`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listLandProjectActionItems: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "open" | "done";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemPageDto"];
                };
            };
            /** @description Invalid limit, cursor or filter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `land-staff` (Land-bureau staff: register land-approval cases and record their progress.); `leadership` (Zone leadership: oversees land-approval progress and escalations.); `task-force` (Project task force (工作专班): drives assigned land approvals to completion.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description `project-not-found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListEntities: {
        parameters: {
            query?: {
                /** @description Find one entity by its unified social credit code. */
                creditCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                kind?: "enterprise" | "social-organisation";
                /** @description Items per page. */
                limit?: number;
                managementStatus?: "under-management" | "not-under-management";
                park?: string;
                sector?: "express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRegisterEntity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEntityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDto"];
                };
            };
            /** @description Validation failed, e.g. a credit code with a wrong check character (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An entity with this credit code is already registered (`entity-already-registered`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyImportEntities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportEntitiesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The file cannot be read: bad quoting, unknown or missing columns, no rows or too many (`import-file-unreadable`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An instructor asked for an entity not assigned to them (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity (`entity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyUpdateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEntityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity (`entity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListSurveyCampaigns: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyCreateSurveyCampaign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCampaignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Name taken (`campaign-name-taken`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Ends before it starts (`campaign-dates-invalid`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetSurveyCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such campaign (`campaign-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListSurveys: {
        parameters: {
            query?: {
                /** @description Only this entity's surveys (its history). */
                creditCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRecordSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The entity is not assigned to this instructor (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Entity not registered (`entity-not-registered`) or survey date in the future (`survey-date-in-future`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The entity is not assigned to this instructor (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such survey (`survey-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListLedgerEntries: {
        parameters: {
            query?: {
                /** @description The colour shown (overrides included). */
                colour?: "red" | "yellow" | "green";
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                park?: string;
                sector?: "express-logistics" | "construction-installation" | "human-resources" | "manufacturing" | "commerce-services" | "technology" | "social-services" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerEntryPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyCountLedgerColours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCountsDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetLedgerRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerRulesDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyUpdateLedgerRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLedgerRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerRulesDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyLedgerEntryDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An instructor asked for an entity not assigned to them (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity, or not surveyed yet (`ledger-entry-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListLedgerColourChanges: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerChangePageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An instructor asked for an entity not assigned to them (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity (`entity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partySetLedgerOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetLedgerOverrideDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyLedgerEntryDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity (`entity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not surveyed yet (`entity-not-surveyed`) or expiry in the past (`override-expiry-past`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyClearLedgerOverride: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyLedgerEntryDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such entity (`entity-not-found`) or no override (`override-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not surveyed yet (`entity-not-surveyed`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListOrganisations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                /** @description Only organisations directly under this one. */
                parentId?: string;
                type?: "committee" | "general-branch" | "branch" | "joint-branch";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyEstablishOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Name taken (`organisation-name-taken`) or an entity already covered by another organisation (`entity-already-covered`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Inconsistent type/parent/formation (`organisation-shape-invalid`), unknown parent or entity.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A secretary asked for another organisation (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such organisation (`organisation-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyUpdateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not this organisation's secretary (`not-your-organisation`), or a secretary tried to appoint one (`secretary-change-committee-only`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such organisation (`organisation-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyAddOrganisationMemberEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberEntityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such organisation (`organisation-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The entity is covered by another organisation (`entity-already-covered`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Entity not registered, or too many entities for the formation mode (`organisation-shape-invalid`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRemoveOrganisationMemberEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such organisation or member entity. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Too few entities left for the formation mode (`organisation-shape-invalid`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListMassOrganisations: {
        parameters: {
            query?: {
                creditCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassOrganisationPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyEstablishMassOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMassOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MassOrganisationDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The entity is not assigned to this instructor (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The entity already has one of this kind (`mass-organisation-exists`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Entity not registered, or date in the future.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListMembers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                organisationId?: string;
                status?: "normal" | "floating" | "out-of-contact";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRegisterMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Validation failed, e.g. an ID number with a wrong check digit (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description A member with this ID number is already registered (`member-already-registered`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown organisation (`organisation-not-found`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such member (`member-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyUpdateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such member (`member-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRequestMemberTransfer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestTransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such member (`member-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The member already has an open transfer (`transfer-already-open`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Member not floating, same organisation, unknown organisation, a future date, or no calendar for the year (`calendar-year-missing`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListMemberTransfers: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "requested" | "approved" | "completed" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetMemberTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such transfer (`transfer-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyApproveMemberTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferStepInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such transfer (`transfer-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the transfer's state (`transfer-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Date before the stage or in the future, or no calendar for the year. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyAcceptMemberTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferStepInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such transfer (`transfer-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the transfer's state (`transfer-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Date before the stage or in the future. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRejectMemberTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferStepInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not the committee or the secretary of the organisation concerned (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such transfer (`transfer-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the transfer's state (`transfer-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Date before the stage or in the future. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListWorkingCalendarYears: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearListDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No data for that year (problem `calendar-year-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partySetWorkingCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCalendarYearDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarYearDto"];
                };
            };
            /** @description Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `zone-admin` (Platform administrator: maintains shared settings such as the holiday calendar.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyAddWorkingDays: {
        parameters: {
            query: {
                /** @description Working days to add; 0 gives `from` if it is a working day, else the next one. */
                days: number;
                /** @description The day the period starts from (Asia/Shanghai); it never counts itself. */
                from: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayDueDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyCountWorkingDays: {
        parameters: {
            query: {
                /** @description Excluded from the count. */
                from: string;
                /** @description Included in the count. */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDaysBetweenDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListInstructors: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRegisterInstructor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstructorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Already registered (`instructor-exists`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description An assigned entity is not registered (`entity-not-registered`).
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetInstructor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Another instructor's record (`not-your-record`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such instructor (`instructor-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyAssignInstructorEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignEntityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such instructor (`instructor-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Already assigned (`already-assigned`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Entity not registered (`entity-not-registered`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListInstructorVisits: {
        parameters: {
            query?: {
                creditCode?: string;
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unknown credit code (`entity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRecordInstructorVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The entity is not assigned to this instructor (`entity-not-assigned`).
             *
             *     Requires one of the roles: `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Entity not registered, or visit date in the future.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListVolunteerActivities: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerActivityPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unknown organisation (`organisation-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyRecordVolunteerActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVolunteerActivityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerActivityDto"];
                };
            };
            /** @description Validation failed, e.g. an ID number with a wrong check digit (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not this organisation's secretary (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description The organisation already recorded an activity with this title on this date (`activity-already-recorded`).
             *
             *     A request with this Idempotency-Key is still being handled.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown organisation, a resident listed twice (`duplicate-participant`) or a date in the future.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetVolunteerActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VolunteerActivityDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Not this organisation's secretary (`not-your-organisation`).
             *
             *     Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `org-secretary` (Party-organisation secretary: keeps the records of their own organisation up to date.)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such activity (`volunteer-activity-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    listRedStations: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description With `longitude`: list nearest first from this point, with each station's distance. */
                latitude?: string;
                /** @description Items per page. */
                limit?: number;
                longitude?: string;
                /** @description Only stations within this many metres of the point (needs latitude and longitude). */
                withinMetres?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedStationPageDto"];
                };
            };
            /** @description Invalid coordinates, or a radius without a point (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    openRedStation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRedStationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedStationDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description The Idempotency-Key was already used for a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getRedStation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedStationDto"];
                };
            };
            /** @description A bearer token was sent but is invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such red station. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyListWorkerDemands: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor`. */
                cursor?: string;
                /** @description Items per page. */
                limit?: number;
                status?: "collected" | "planned" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandPageDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyCollectWorkerDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the request safe to retry for 24 h: a retry with the same key and body gets the first answer (marked `Idempotent-Replayed: true`) instead of creating again. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDemandDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description Validation failed (problem+json with field errors). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description A request with this Idempotency-Key is still being handled. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /**
             * @description Unknown red station or a future date.
             *
             *     The Idempotency-Key was already used for a different request.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyGetWorkerDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such demand (`worker-demand-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyPlanWorkerDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such demand (`worker-demand-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the demand's state, e.g. closing before a plan (`demand-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyFollowUpWorkerDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.); `party-instructor` (Party-building instructor: guides and reviews assigned Party organisations.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such demand (`worker-demand-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the demand's state, e.g. closing before a plan (`demand-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    partyCloseWorkerDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DemandNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DemandDto"];
                };
            };
            /** @description Bearer token missing or invalid. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Requires one of the roles: `party-committee` (Non-public-sector Party committee: maintains the Party-organisation registry.) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description No such demand (`worker-demand-not-found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Not possible in the demand's state, e.g. closing before a plan (`demand-state-conflict`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            /** @description Unexpected error; logged with the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
}
