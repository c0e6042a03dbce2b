import { z } from 'zod';

const isoDate = z.iso.date().describe('YYYY-MM-DD');
const amount = z.string().describe('A decimal string, CNY');

export const simulationRequestSchema = z
  .object({
    period: isoDate
      .optional()
      .describe(
        "The start of the period to replay; default the version's last " +
          'period that has ended by asOf',
      ),
    asOf: isoDate
      .optional()
      .describe('The business date; default today. Sales after it are unseen'),
  })
  .meta({ id: 'SimulationRequest' });

export const simulationSchema = z
  .object({
    programCode: z.string(),
    version: z.number().int(),
    periodStart: isoDate,
    periodEnd: isoDate,
    calculatedAsOf: isoDate.describe(
      'The as-of date of the replay: the period end, or asOf when earlier',
    ),
    customers: z
      .number()
      .int()
      .describe('Customers with a result in the period'),
    total: amount.describe('Σ rebate over every customer'),
    byTier: z
      .array(
        z.object({
          tier: z.number().int().describe('0 = no tier reached'),
          customers: z.number().int(),
          rebate: amount,
        }),
      )
      .describe('By tier, lowest first'),
    rows: z
      .array(
        z.object({
          customerCode: z.string(),
          customerName: z.string(),
          measure: z.string().nullable(),
          tier: z.number().int(),
          rebate: amount,
        }),
      )
      .describe('Highest rebate first, at most 200'),
  })
  .meta({ id: 'Simulation' });

export type SimulationRequest = z.infer<typeof simulationRequestSchema>;
export type Simulation = z.infer<typeof simulationSchema>;
