/** Chains incident → group → sponsor: per group, the incidents blamed on it and who is said to run it, each link with its claimants. */
import { ARTICLES_CLAIMANT, type AttributionChain, type ChainLink } from "../../graph/analytics/attribution";
import { EntityButton } from "../panels/EntityButton";
import { useLabel } from "./hooks";
import { FocusButton, Quotes } from "./shared";
import { PagedTable } from "./tables";

export function AttributionChains({
  chains,
  claimantLabel,
}: {
  chains: AttributionChain[];
  claimantLabel: (c: string) => string;
}) {
  const label = useLabel();
  return (
    <div className="kg-scroll">
      <PagedTable
        label="Attribution chains"
        headers={[
          "Incidents attributed to the group (claimants)",
          "Group",
          "Sponsor or operator (claimants)",
        ]}
        items={chains}
        row={(chain) => (
          <tr key={chain.group} data-group={chain.group}>
            <td>
              <Links
                links={chain.incidents}
                end="source"
                describe={(incident) => `${label(incident)} attributed to ${label(chain.group)}`}
                claimantLabel={claimantLabel}
              />
            </td>
            <th scope="row">
              <EntityButton node={chain.group} />
              {" → "}
              <FocusButton
                claims={[...chain.incidents, ...chain.sponsors].map((l) => l.claim.key)}
                label={`Attribution chain of ${label(chain.group)}`}
              >
                whole chain
              </FocusButton>
            </th>
            <td>
              <Links
                links={chain.sponsors}
                end="target"
                describe={(sponsor) => `${label(chain.group)} attributed to ${label(sponsor)}`}
                claimantLabel={claimantLabel}
              />
            </td>
          </tr>
        )}
      />
    </div>
  );
}

/** The links of one side of a chain: the entity at their other end, the claim, its claimants and quotes. */
function Links({
  links,
  end,
  describe,
  claimantLabel,
}: {
  links: ChainLink[];
  end: "source" | "target";
  describe: (other: string) => string;
  claimantLabel: (c: string) => string;
}) {
  if (links.length === 0) return <span className="kg-none">—</span>;
  return (
    <ul className="kg-claimants">
      {links.map((link) => (
        <Link
          key={link.claim.key}
          link={link}
          other={link.claim[end]}
          label={describe(link.claim[end])}
          claimantLabel={claimantLabel}
        />
      ))}
    </ul>
  );
}

function Link({
  link,
  other,
  label,
  claimantLabel,
}: {
  link: ChainLink;
  other: string;
  label: string;
  claimantLabel: (c: string) => string;
}) {
  return (
    <li data-claim={link.claim.key}>
      <EntityButton node={other} />{" "}
      <FocusButton claims={[link.claim.key]} label={label}>
        {link.claim.stance === "suspected" ? "suspected" : "claim"}
      </FocusButton>
      <span>
        {" · said by "}
        {link.claimants.map((claimant, i) => (
          <span key={claimant} data-claimant={claimant}>
            {i > 0 ? ", " : null}
            {claimant === ARTICLES_CLAIMANT ? claimantLabel(claimant) : <EntityButton node={claimant} />}
          </span>
        ))}
      </span>
      <Quotes quotes={link.claim.quotes} />
    </li>
  );
}
