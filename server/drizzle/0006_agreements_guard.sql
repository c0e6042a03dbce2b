-- Signed documents are never changed or deleted: a new upload is a new row.
CREATE FUNCTION agreement_documents_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agreement_documents is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER agreement_documents_no_update_delete
  BEFORE UPDATE OR DELETE ON agreement_documents
  FOR EACH ROW EXECUTE FUNCTION agreement_documents_refuse_change();
--> statement-breakpoint
-- An agreement moves forward only (draft -> active -> terminated, or draft ->
-- terminated), and once out of draft its contract, period and document stay
-- as they were when it went live; the customer's acceptance may still come.
CREATE FUNCTION agreements_guard_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'agreements are never deleted'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.status = 'terminated' AND NEW IS DISTINCT FROM OLD THEN
    RAISE EXCEPTION 'agreement % is terminated', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status = 'active' AND NEW.status = 'draft' THEN
    RAISE EXCEPTION 'agreement % cannot go back to draft', OLD.id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.status <> 'draft' AND (
       NEW.contract_no IS DISTINCT FROM OLD.contract_no
    OR NEW.signed_on IS DISTINCT FROM OLD.signed_on
    OR NEW.period_start IS DISTINCT FROM OLD.period_start
    OR NEW.period_end IS DISTINCT FROM OLD.period_end
    OR NEW.document_id IS DISTINCT FROM OLD.document_id
    OR NEW.program_code IS DISTINCT FROM OLD.program_code
    OR NEW.customer_id IS DISTINCT FROM OLD.customer_id) THEN
    RAISE EXCEPTION 'agreement % is % and keeps its contract', OLD.id,
      OLD.status USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER agreements_forward_only
  BEFORE UPDATE OR DELETE ON agreements
  FOR EACH ROW EXECUTE FUNCTION agreements_guard_change();
