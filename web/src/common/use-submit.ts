import { useState } from 'react';

/**
 * A form's write: busy while it runs, and the refusal kept for the form to
 * show beside its fields (see RefusalAlert) instead of closing it.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);

  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    setBusy(true);
    setRefusal(null);
    try {
      await action();
      return true;
    } catch (error) {
      setRefusal(error);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { busy, refusal, submit, clear: () => setRefusal(null) };
}
