import { describe, expect, it } from 'vitest';
import { afterScroll, followOnStart, NEAR_END_PX, showJump } from './followStream';

describe('follow the stream', () => {
  it('scrolling up stops following; back at the end resumes it', () => {
    let state = followOnStart({ y: 1000, toEnd: 0 }, false);
    expect(state.following).toBe(true);
    state = afterScroll(state, { y: 1200, toEnd: 0 });
    expect(state.following).toBe(true);
    state = afterScroll(state, { y: 900, toEnd: 300 });
    expect(state.following).toBe(false);
    expect(showJump(true, state)).toBe(true);
    expect(showJump(false, state)).toBe(false);
    state = afterScroll(state, { y: 1000, toEnd: 200 });
    expect(state.following).toBe(false);
    state = afterScroll(state, { y: 1190, toEnd: NEAR_END_PX });
    expect(state.following).toBe(true);
  });

  it('a run started while editing an early turn keeps the user’s place; from the dock it follows', () => {
    expect(followOnStart({ y: 0, toEnd: 3800 }, false).following).toBe(false);
    expect(followOnStart({ y: 0, toEnd: 3800 }, true).following).toBe(true);
  });

  it('scrolling down without reaching the end keeps the current choice', () => {
    const state = afterScroll({ following: true, lastY: 100 }, { y: 150, toEnd: 500 });
    expect(state).toEqual({ following: true, lastY: 150 });
  });
});
