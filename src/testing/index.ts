// Test support shared across slices: fixtures and generators for unit tests and the benchmark, never imported
// by production code (the dependency rules forbid it).

export type { FakeChatServer, FakeExchange } from './fakeChat';
export { fakeChatServer } from './fakeChat';
export type { FakeAnswer, FakeGeneration, FakeQueueCall, FakeQueueServer } from './fakeQueue';
export { fakeQueueServer } from './fakeQueue';
export { MemoryStorage, manualScheduler } from './memoryStorage';
export {
  conversationArbitrary,
  hostileFragments,
  hostileString,
  requestArbitrary,
} from './requestArbitraries';
export { collect, everySplit, streamOfPieces } from './sseStreams';
export { makeWideModel, makeWideSchema } from './wideSchema';
