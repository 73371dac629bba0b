import { css } from 'lit';

/**
 * The profile's first row, shared by the establishment's and the team's profile: the radar beside
 * its text when there is room, under it otherwise.
 */
export const profileLayoutStyles = css`
  .top > * {
    min-width: 0;
  }
  .top {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20em), 1fr));
    gap: 1em 2em;
    align-items: start;
  }
  perseverance-radar {
    max-width: 30em;
  }
`;
