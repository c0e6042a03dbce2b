-- The journal and the settlement facts are append-only, and the database
-- enforces it: journal vouchers and lines, period closes, settlements and
-- settlement adjustments cannot be updated, deleted or truncated. A
-- correction is a new voucher or a new adjustment.
CREATE FUNCTION journal_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER journal_vouchers_no_update_delete
  BEFORE UPDATE OR DELETE ON journal_vouchers
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_vouchers_no_truncate
  BEFORE TRUNCATE ON journal_vouchers
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_lines_no_update_delete
  BEFORE UPDATE OR DELETE ON journal_lines
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER journal_lines_no_truncate
  BEFORE TRUNCATE ON journal_lines
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER period_closes_no_update_delete
  BEFORE UPDATE OR DELETE ON period_closes
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER period_closes_no_truncate
  BEFORE TRUNCATE ON period_closes
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER settlements_no_update_delete
  BEFORE UPDATE OR DELETE ON settlements
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER settlements_no_truncate
  BEFORE TRUNCATE ON settlements
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER settlement_adjustments_no_update_delete
  BEFORE UPDATE OR DELETE ON settlement_adjustments
  FOR EACH ROW EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
CREATE TRIGGER settlement_adjustments_no_truncate
  BEFORE TRUNCATE ON settlement_adjustments
  FOR EACH STATEMENT EXECUTE FUNCTION journal_refuse_change();
--> statement-breakpoint
-- Every voucher balances: checked at commit, once all its lines are in, so
-- a voucher booked line by line is judged whole.
CREATE FUNCTION journal_voucher_balances() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  difference numeric;
BEGIN
  SELECT coalesce(sum(debit), 0) - coalesce(sum(credit), 0)
    INTO difference
    FROM journal_lines WHERE voucher_id = NEW.voucher_id;
  IF difference <> 0 THEN
    RAISE EXCEPTION 'journal voucher % does not balance (debit - credit = %)',
      NEW.voucher_id, difference
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER journal_lines_balanced
  AFTER INSERT ON journal_lines
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION journal_voucher_balances();
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON journal_vouchers, journal_lines,
  period_closes, settlements, settlement_adjustments FROM PUBLIC;
