/**
 * Where a bulk action's responsible unit is entered: free text today. When units become a managed list this
 * is the one control to replace (with the list's choice); `public/review-round.js` reads it in `unitOf`.
 */
export function ResponsibleUnitInput({ id }: { id: string }) {
  return <input id={id} name="responsibleUnit" placeholder="责任单位" aria-label="责任单位" maxlength={100} />;
}
