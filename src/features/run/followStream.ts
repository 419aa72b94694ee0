// "Follow the stream": while an answer streams, the page keeps its end in view — until the user scrolls up to
// read; then a "Jump to latest" button brings them back and following resumes. Pure, so the rules are tested
// without a browser; useFollowStream applies them to the page.

/** Within this distance of the end of the page counts as at the end. */
export const NEAR_END_PX = 48;

export interface FollowState {
  following: boolean;
  /** The scroll position last seen, to tell scrolling up from content growing. */
  lastY: number;
}

export interface ScrollPlace {
  y: number;
  /** Pixels between the bottom of the viewport and the end of the page. */
  toEnd: number;
}

/** After a scroll: at the end, follow; moved up, stop following; otherwise as before. Content growing
 * does not scroll the page, so it never stops following by itself. */
export function afterScroll(state: FollowState, place: ScrollPlace): FollowState {
  if (place.toEnd <= NEAR_END_PX) return { following: true, lastY: place.y };
  if (place.y < state.lastY) return { following: false, lastY: place.y };
  return { following: state.following, lastY: place.y };
}

/** When a run starts, follow it if the user is at the end of the page or started it from the docked composer
 * or run bar; not when they are editing an earlier turn (their place is kept, the run bar stays in view). */
export function followOnStart(place: ScrollPlace, startedFromDock: boolean): FollowState {
  return { following: startedFromDock || place.toEnd <= NEAR_END_PX, lastY: place.y };
}

/** Whether to offer "Jump to latest". */
export function showJump(running: boolean, state: FollowState): boolean {
  return running && !state.following;
}
