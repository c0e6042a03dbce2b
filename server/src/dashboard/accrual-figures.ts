// The two journal figures every analytics query shares, as SQL over an
// accrual row `a` (see the OpenAPI descriptions in dashboard-schemas.ts).

/** What the journal holds for the row. */
export const accruedSql = '(a.accrued_amount + a.adjustments_amount)';

/**
 * What the row will cost: the forecast rebate while its period runs and
 * has a forecast, else the rebate; plus the adjustments applied in it.
 */
export const projectedSql = `((case when a.open and a.forecast_rebate is not null
        then a.forecast_rebate else a.rebate end) + a.adjustments_amount)`;
