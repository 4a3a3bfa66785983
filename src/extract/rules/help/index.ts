/**
 * Help claims, kept apart as CAMEO keeps them: a request (appeal for aid), an offer (intent to
 * provide aid: "stand ready", "pledged", "will help", "offered") and help delivered ("sent
 * experts", "are helping", "shared information", "provided", "made X available").
 * A modal or future form is an offer, never delivered help.
 *
 * The rules are grouped by what they read: requests (requests.ts), offers (offers.ts), help
 * delivered (deliveries.ts), teams sent and hired (teams.ts), help received and thanked for
 * (thanks.ts). They share the patterns of patterns.ts, the acting subjects of subjects.ts and the
 * sides and emitting of sides.ts.
 */
export { requestRule, requestAnsweredRule, possessiveRequestRule } from "./requests";
export { offerRule } from "./offers";
export { offerNounRule } from "./offer-nouns";
export { deliverRule } from "./deliveries";
export { teamRule, teamArrivedRule, hireRule } from "./teams";
export { receivedRule, thanksRule, withHelpRule } from "./thanks";
