import { LookupSwitch } from '@/components/lookup/LookupSwitch';
import { useLookupSwitch } from '@/components/lookup/use-lookup-status';

/** Look-ups are per browser (the host access is), so they live apart from the synced settings. */
export function LookupSettings() {
  const state = useLookupSwitch();
  return (
    <section aria-labelledby="lookup-heading">
      <h3 id="lookup-heading">Look-ups</h3>
      <LookupSwitch state={state} />
    </section>
  );
}
