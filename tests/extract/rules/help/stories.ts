/** The wire datelines and opening lines the help rule tests share (invented copy). */
export const wire = (body: string) => `LA PAZ, 9 June 2025 (AP) - ${body}`;
export const attacked = "A ransomware attack hit Bolivia's customs agency last week. ";
// The wordings below replace the name-swapped dev-corpus sentences the held-out tests used to hold.
export const uy = (body: string) => `MONTEVIDEO, 20 September 2021 (AFP) - ${body}`;
// Help told from the other side: the one asked, the one quoted, the one behind an opening phrase.
export const hn = (body: string) =>
  `TEGUCIGALPA, 14 May 2025 (EFE) - Hackers encrypted the servers of Honduras's tax authority on Sunday. ${body}`;
