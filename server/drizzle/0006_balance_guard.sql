-- The rebate balance's facts are append-only: a credit, an order presented
-- against it and a movement (a draw or an expiry) are never changed or
-- removed. What is left of a credit is always its amount less its movements.
CREATE FUNCTION balance_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER balance_credits_no_update_delete
  BEFORE UPDATE OR DELETE ON balance_credits
  FOR EACH ROW EXECUTE FUNCTION balance_refuse_change();
--> statement-breakpoint
CREATE TRIGGER balance_orders_no_update_delete
  BEFORE UPDATE OR DELETE ON balance_orders
  FOR EACH ROW EXECUTE FUNCTION balance_refuse_change();
--> statement-breakpoint
CREATE TRIGGER balance_movements_no_update_delete
  BEFORE UPDATE OR DELETE ON balance_movements
  FOR EACH ROW EXECUTE FUNCTION balance_refuse_change();
--> statement-breakpoint
CREATE TRIGGER payout_periods_no_update_delete
  BEFORE UPDATE OR DELETE ON payout_periods
  FOR EACH ROW EXECUTE FUNCTION balance_refuse_change();
--> statement-breakpoint
-- A credit never gives more than it holds: checked on every movement, under
-- the lock the use cases take on the customer's money.
CREATE FUNCTION balance_movement_within_credit() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  credit_amount numeric;
  moved numeric;
BEGIN
  SELECT amount INTO credit_amount FROM balance_credits WHERE id = NEW.credit_id;
  SELECT coalesce(sum(amount), 0) INTO moved
    FROM balance_movements WHERE credit_id = NEW.credit_id;
  IF moved > credit_amount THEN
    RAISE EXCEPTION 'balance credit % would go negative', NEW.credit_id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER balance_movements_within_credit
  AFTER INSERT ON balance_movements
  FOR EACH ROW EXECUTE FUNCTION balance_movement_within_credit();
