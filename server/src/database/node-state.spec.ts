import { galeraNodeState } from './node-state.js';

const status = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('galeraNodeState', () => {
  it('is ready only when the node is ready and Synced', () => {
    expect(galeraNodeState(status({ wsrep_ready: 'ON', wsrep_local_state_comment: 'Synced' }))).toEqual({
      ready: true,
    });
  });

  it.each([
    [{ wsrep_ready: 'OFF', wsrep_local_state_comment: 'Synced' }, 'wsrep_ready=OFF'],
    [{ wsrep_ready: 'ON', wsrep_local_state_comment: 'Joining' }, 'Joining'],
    [{ wsrep_ready: 'ON', wsrep_local_state_comment: 'Donor/Desynced' }, 'Donor/Desynced'],
    [{ wsrep_ready: 'ON', wsrep_local_state_comment: 'Joined' }, 'Joined'],
    [{ wsrep_ready: 'OFF', wsrep_local_state_comment: 'Initialized' }, 'wsrep_ready=OFF'],
    [{}, 'wsrep_ready=unknown'],
  ])('is not ready with %j, and says why', (entries, reason) => {
    const state = galeraNodeState(status(entries));
    expect(state.ready).toBe(false);
    expect(state.ready ? '' : state.reason).toContain(reason);
  });
});
