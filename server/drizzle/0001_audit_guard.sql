-- The audit trail is append-only, and the database itself enforces it: rows of
-- audit_log cannot be updated, deleted or truncated, and a new row must follow
-- the head (number + 1, carrying the head's hash). Only the table owner can get
-- round this, by turning triggers off (session_replication_role = replica);
-- `tierline audit verify` then finds the broken or missing records.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE FUNCTION audit_log_advance_head() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash
    WHERE id = 1 AND seq = NEW.seq - 1 AND hash = NEW.prev_hash;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_log entry % does not follow the head', NEW.seq
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_advance_head
  AFTER INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_advance_head();
--> statement-breakpoint
CREATE FUNCTION audit_head_forward_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' OR NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1 THEN
    RAISE EXCEPTION 'audit_head only moves forward: % refused', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_head_forward_only
  BEFORE UPDATE OR DELETE ON audit_head
  FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
--> statement-breakpoint
CREATE TRIGGER audit_head_no_truncate
  BEFORE TRUNCATE ON audit_head
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint
-- Where the application connects as a role of its own (see docs/audit.md), it
-- may read and append, nothing more.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_head FROM PUBLIC;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'tierline_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM tierline_app;
    REVOKE DELETE, TRUNCATE ON audit_head FROM tierline_app;
    GRANT SELECT, INSERT ON audit_log TO tierline_app;
    GRANT SELECT, UPDATE ON audit_head TO tierline_app;
  END IF;
END;
$$;
