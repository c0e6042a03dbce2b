-- The balance check runs once per statement over the vouchers it wrote,
-- instead of once per line (a voucher of n lines cost n sums of n lines).
-- A voucher's lines are therefore written in one statement, as bookVoucher
-- does; a voucher left unbalanced by its statement is refused.
DROP TRIGGER journal_lines_balanced ON journal_lines;
--> statement-breakpoint
DROP FUNCTION journal_voucher_balances();
--> statement-breakpoint
CREATE FUNCTION journal_vouchers_balance() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  unbalanced bigint;
BEGIN
  SELECT l.voucher_id INTO unbalanced
    FROM journal_lines l
   WHERE l.voucher_id IN (SELECT DISTINCT voucher_id FROM new_lines)
   GROUP BY l.voucher_id
  HAVING sum(l.debit) <> sum(l.credit)
   LIMIT 1;
  IF unbalanced IS NOT NULL THEN
    RAISE EXCEPTION 'journal voucher % does not balance', unbalanced
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER journal_lines_balanced
  AFTER INSERT ON journal_lines
  REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION journal_vouchers_balance();
--> statement-breakpoint
-- The refresh finds a batch's sales lines by batch id; batches are appended
-- in order, so a block-range index finds them for almost no upkeep.
CREATE INDEX sales_lines_batch_brin ON sales_lines USING brin (batch_id);
