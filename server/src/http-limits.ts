/** Largest request body accepted on /graphql; a real query is a few KB. */
export const maxBodyBytes = 100 * 1024;

/** The most tokens a GraphQL document may have: graphql-armor refuses longer ones, and the read cache does not parse past it. */
export const maxQueryTokens = 2000;

/** What a client reads when its body is over `maxBodyBytes`, whether it sent content-length or streamed the body in chunks. */
export const bodyTooLargeMessage = `The request body is larger than ${maxBodyBytes / 1024} KB; send a smaller query.`;
