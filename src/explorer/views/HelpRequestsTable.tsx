/** Requests for help, each with its status and the offers and help that answered it. */
import type { HelpAnswer, HelpRequest } from "../../graph/analytics/help";
import { EntityButton } from "../panels/EntityButton";
import { useLabel } from "./hooks";
import { DateText, FocusButton, LagText, Quotes } from "./shared";
import { PagedTable } from "./tables";

export function RequestsTable({ requests }: { requests: HelpRequest[] }) {
  const label = useLabel();
  if (requests.length === 0) return <p>No request for help in the visible claims.</p>;
  return (
    <PagedTable
      label="Requests for help"
      headers={["Requester", "Asked", "Date", "Status", "Answered by", "Quotes"]}
      items={requests}
      row={(r) => (
        <tr
          key={r.claim.key}
          data-claim={r.claim.key}
          data-status={r.status}
          className={r.status === "unanswered" ? "kg-unanswered" : undefined}
        >
          <td>
            <EntityButton node={r.requester} />
          </td>
          <td>
            <EntityButton node={r.asked} />
          </td>
          <td>
            <DateText date={r.claim.date} />
          </td>
          <td>
            <FocusButton
              claims={[r.claim.key, ...r.answers.map((a) => a.claim.key)]}
              label={`${label(r.requester)} asked ${label(r.asked)} for help, and the answers`}
            >
              <span className={`kg-status kg-status-${r.status.split(" ")[0]}`}>{r.status}</span>
            </FocusButton>
          </td>
          <td>
            {r.answers.length === 0 ? (
              <span className="kg-none">no offer or help found</span>
            ) : (
              <ul className="kg-answers">
                {r.answers.map((a) => (
                  <AnswerItem key={a.claim.key} answer={a} request={r} />
                ))}
              </ul>
            )}
          </td>
          <td>
            <Quotes quotes={r.claim.quotes} />
          </td>
        </tr>
      )}
    />
  );
}

function AnswerItem({ answer, request }: { answer: HelpAnswer; request: HelpRequest }) {
  const label = useLabel();
  const what = answer.kind === "offer" ? "offered" : "delivered";
  return (
    <li>
      <EntityButton node={answer.by} />{" "}
      <FocusButton
        claims={[answer.claim.key]}
        label={`${label(answer.by)} ${what} help to ${label(request.requester)}`}
      >
        {what}
      </FocusButton>
      {answer.fromAsked ? "" : " (not the party asked)"}
      {" · "}
      <DateText date={answer.claim.date} />
      {answer.daysLater === null ? null : (
        <>
          {" · "}
          <LagText days={answer.daysLater} /> after the request
        </>
      )}
      <Quotes quotes={answer.claim.quotes} />
    </li>
  );
}
