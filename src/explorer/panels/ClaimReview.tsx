/**
 * A claim's review actions: "Confirm", "Reject" (and "Clear verdict"), "Edit". The editor changes
 * type, ends, stance, date and claimants; the type list holds only the types the data model allows
 * between the chosen ends. An edit that changes the key selects the claim under its new key.
 */
import { useState } from "react";
import { edgeKey, STANCES, PartialDateSchema, type Stance } from "../../model";
import { claimRef, entityRef } from "../../graph/review";
import { useExplorer } from "../state/context";
import { useReview, useWorkbench, useWorkbenchState } from "../workspace/context";
import { EntityPicker } from "./EntityPicker";
import { ChoiceField } from "./ChoiceField";
import { ClaimEndsFields } from "./ClaimEndsFields";
import { useClaimEnds } from "./useClaimEnds";

export function ClaimReviewButtons({ claim }: { claim: string }) {
  const { graph } = useExplorer();
  const value = useWorkbench();
  const review = useReview();
  const verdict = graph.getEdgeAttribute(claim, "review");
  if (!value) return null;
  const judge = (state: "confirmed" | "rejected" | "unreviewed") =>
    void review({ op: "review-claim", claim: claimRef(graph, claim), state });
  return (
    <div className="review-actions" role="group" aria-label="Review">
      <button type="button" aria-pressed={verdict?.state === "confirmed"} onClick={() => judge("confirmed")}>
        Confirm
      </button>
      <button type="button" aria-pressed={verdict?.state === "rejected"} onClick={() => judge("rejected")}>
        Reject
      </button>
      <button type="button" onClick={() => value.workbench.edit(claim)}>
        Edit
      </button>
      {verdict && (
        <button type="button" onClick={() => judge("unreviewed")}>
          Clear verdict
        </button>
      )}
    </div>
  );
}

/** The verdict and origin of a claim, as the card shows them. */
export function ReviewMark({ claim }: { claim: string }) {
  const { graph } = useExplorer();
  const a = graph.getEdgeAttributes(claim);
  if (!a.review) return null;
  return (
    <p className={`verdict ${a.review.state}`}>
      {a.review.state}
      {a.review.by ? ` by ${a.review.by}` : ""}
      {a.review.at ? ` on ${a.review.at.slice(0, 10)}` : ""}
    </p>
  );
}

/** The editor of one claim, shown in its card while the workbench's `editing` is this claim. */
export function ClaimEditor({ claim }: { claim: string }) {
  const editing = useWorkbenchState((s) => s.editing);
  if (editing !== claim) return null;
  return <ClaimEditorForm claim={claim} />;
}

function ClaimEditorForm({ claim }: { claim: string }) {
  const { graph, store } = useExplorer();
  const { workbench } = useWorkbench()!;
  const review = useReview();
  const a = graph.getEdgeAttributes(claim);
  const ends = useClaimEnds({ source: graph.source(claim), target: graph.target(claim), type: a.type });
  const { source, target, type: chosenType } = ends;
  const [stance, setStance] = useState<Stance>(a.stance);
  const [date, setDate] = useState(a.date ?? "");
  const [claimants, setClaimants] = useState(a.claimants.filter((c) => graph.hasNode(c)));
  const [adding, setAdding] = useState<string | null>(null);

  const dateValid = date === "" || PartialDateSchema.safeParse(date).success;

  const save = () => {
    if (!source || !target || !chosenType) return;
    const changes: Record<string, unknown> = {};
    if (chosenType !== a.type) changes.type = chosenType;
    if (source !== graph.source(claim)) changes.source = entityRef(graph, source);
    if (target !== graph.target(claim)) changes.target = entityRef(graph, target);
    if (stance !== a.stance) changes.stance = stance;
    if (date !== (a.date ?? "")) changes.date = date === "" ? null : date;
    if (claimants.join("\n") !== a.claimants.join("\n"))
      changes.claimants = claimants.map((c) => entityRef(graph, c));
    if (Object.keys(changes).length === 0) return workbench.edit(null);
    const previous = store.get().selection;
    store.set({ selection: { kind: "edge", key: edgeKey(chosenType, source, target) } });
    void review({ op: "edit-claim", claim: claimRef(graph, claim), changes }).then((ok) => {
      if (!ok) store.set({ selection: previous });
    });
  };

  return (
    <form
      className="claim-editor"
      aria-label="Edit the claim"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <ClaimEndsFields ends={ends} prefix="" none="no claim type joins these two" />
      <ChoiceField label="Stance" value={stance} options={STANCES} onChange={setStance} />
      <label>
        Date{" "}
        <input
          value={date}
          placeholder="YYYY[-MM[-DD]]"
          aria-invalid={!dateValid}
          onChange={(e) => setDate(e.target.value.trim())}
        />
      </label>
      <fieldset>
        <legend>Claimants</legend>
        <ul>
          {claimants.map((c) => (
            <li key={c}>
              {graph.getNodeAttribute(c, "label")}{" "}
              <button
                type="button"
                aria-label={`Remove claimant ${graph.getNodeAttribute(c, "label")}`}
                onClick={() => setClaimants(claimants.filter((x) => x !== c))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <EntityPicker label="Add claimant" value={adding} onChange={setAdding} />
        <button
          type="button"
          disabled={!adding || claimants.includes(adding)}
          onClick={() => {
            if (adding) setClaimants([...claimants, adding]);
            setAdding(null);
          }}
        >
          Add claimant
        </button>
      </fieldset>
      <button type="submit" disabled={!source || !target || !chosenType || !dateValid}>
        Save
      </button>
      <button type="button" onClick={() => workbench.edit(null)}>
        Cancel
      </button>
    </form>
  );
}
